import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The current instant for business rules that depend on it (may work start yet? has the
 * appointment begun?). Injected, so that tests can move to an appointment's day instead of
 * waiting for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
