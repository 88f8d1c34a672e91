import { DateTime } from 'luxon';

/** `YYYY-MM-DD` of the local date an instant falls on in the zone. */
export function localDateOf(instant: Date, timezone: string): string {
  return DateTime.fromJSDate(instant, { zone: timezone }).toISODate()!;
}

/**
 * The date `count` working days (Monday to Friday) after a local date: from a Friday, one
 * working day is the Monday; from a Saturday or Sunday, the Monday is the first. Bank holidays
 * are not modelled. Dates carry no zone: the caller reads `from` in the business time zone.
 */
export function addWorkingDays(from: string, count: number): string {
  let day = DateTime.fromISO(from, { zone: 'utc' });
  for (let left = count; left > 0; ) {
    day = day.plus({ days: 1 });
    // Luxon numbers weekdays 1 (Monday) to 7 (Sunday).
    if (day.weekday <= 5) left -= 1;
  }
  return day.toISODate()!;
}
