import { Clock } from '../../libs/common/src/time/clock';

/**
 * The app's clock in e2e tests: real time until a test travels, so that rules about the
 * appointment's day can be reached without waiting for it. Shared by every instance of a test app.
 */
export class SettableClock extends Clock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** From now on the clock reads `instant`, and runs on from there. */
  travelTo(instant: Date | string): void {
    this.offsetMs = new Date(instant).getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
