import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ParticipantRegistry } from '@app/common';

/** A half-open period [start, end). */
export interface Period {
  start: Date;
  end: Date;
}

/** A job an engineer is booked for, as a refusal names it. */
export interface CommittedJob {
  /** The booking's id. */
  id: string;
  /** The number of the order the job is for; null if the order cannot be found. */
  orderNumber: string | null;
  start: Date;
}

/**
 * What a module that gives engineers work (Bookings) answers when this module changes an
 * engineer's availability. Engineers comes before it in the module order and cannot import it,
 * so it registers an implementation in `EngineerParticipants`. Every call runs inside the
 * caller's transaction, through its manager; the asserts throw the errors of `engineers.errors.ts`.
 */
export interface EngineerParticipant {
  /**
   * Serialises every change to the engineer's agenda until the transaction ends: the lock
   * that the participant's own writes (bookings) take. Called before any check.
   */
  lockAgenda(engineerId: string, manager: EntityManager): Promise<void>;
  /** Throws `TimeOffOverlapsBookingsError` if the engineer has active work overlapping the period. */
  assertTimeOffFree(engineerId: string, period: Period, manager: EntityManager): Promise<void>;
  /** Throws `EngineerHasBookingsError` if the engineer has active work ending after `now`. */
  assertNoFutureWork(engineerId: string, now: Date, manager: EntityManager): Promise<void>;
}

/** Exported by EngineersModule; the modules that book engineers register in `onModuleInit`. */
@Injectable()
export class EngineerParticipants extends ParticipantRegistry<EngineerParticipant> {}
