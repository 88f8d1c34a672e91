import { DateTime } from 'luxon';
import type { Booking } from '../bookings/booking.model';

const HOUR_MS = 3_600_000;

/** The last instant a customer may change their appointment: the cut-off before its first visit. */
export function changeableUntil(firstVisitStart: Date, cutoffHours: number): Date {
  return new Date(firstVisitStart.getTime() - cutoffHours * HOUR_MS);
}

/** Why a customer may not change the booking now, if anything stops them: closed first, then the cut-off. */
export type ChangeBlocker = 'closed' | 'started' | 'too_late';

export function changeBlocker(booking: Pick<Booking, 'status' | 'startedAt'>, until: Date, now: Date): ChangeBlocker | null {
  if (booking.status !== 'scheduled') return 'closed';
  if (booking.startedAt) return 'started';
  return now < until ? null : 'too_late';
}

/** The instant as the wall clock of the zone reads it, with its offset (`2030-03-31T10:00:00+01:00`). */
export function localDateTime(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;
}
