import { DateTime } from 'luxon';
import { WEEKDAYS, WorkingHours } from '@app/common';

/** A half-open period [start, end) between two instants. */
export interface Period {
  start: Date;
  end: Date;
}

/** A local date of the business time zone with the instants it starts and ends at (23 or 25 hours apart on a clock change). */
export interface LocalDay extends Period {
  date: string;
  local: DateTime;
}

const MINUTE_MS = 60_000;

/** `days` consecutive local dates from `firstDate`, in the zone. */
export function localDaysFrom(firstDate: string, days: number, timezone: string): LocalDay[] {
  const first = DateTime.fromISO(firstDate, { zone: timezone }).startOf('day');
  return Array.from({ length: days }, (_, index) => {
    const local = first.plus({ days: index });
    return { date: local.toISODate()!, local, start: local.toJSDate(), end: local.plus({ days: 1 }).toJSDate() };
  });
}

/**
 * Zone conversions for one board. Each costs Luxon tens of microseconds, and a board of 200
 * engineers asks for thousands of them; but they fall on few distinct instants (the team's
 * hours, the slot grid), so each is worked out once.
 */
export class LocalClock {
  private readonly formatted = new Map<number, string>();
  private readonly clockTimes = new Map<string, Date>();

  constructor(readonly timezone: string) {}

  /** The local date and time with the offset in force: `2030-04-01T09:00+01:00`. */
  format(instant: Date): string {
    const key = instant.getTime();
    let text = this.formatted.get(key);
    if (text === undefined) {
      text = DateTime.fromJSDate(instant, { zone: this.timezone }).toISO({ suppressMilliseconds: true, suppressSeconds: true })!;
      this.formatted.set(key, text);
    }
    return text;
  }

  /** `hh:mm` on the day's clock; a clock time a spring-forward change skips is moved on by the hour, as availability reads it. */
  at(day: LocalDay, hhmm: string): Date {
    const key = `${day.date} ${hhmm}`;
    let instant = this.clockTimes.get(key);
    if (instant === undefined) {
      const [hour, minute] = hhmm.split(':').map(Number);
      instant = day.local.set({ hour: hour!, minute: minute!, second: 0, millisecond: 0 }).toJSDate();
      this.clockTimes.set(key, instant);
    }
    return instant;
  }
}

/** The day's working spans as instants, earliest first; a span a clock change swallows is left out. */
export function workingSpansOn(day: LocalDay, hours: WorkingHours, clock: LocalClock): Period[] {
  // Luxon numbers weekdays 1 (Monday) to 7 (Sunday), the order of WEEKDAYS.
  const spans = hours[WEEKDAYS[day.local.weekday - 1]!] ?? [];
  return spans.map((span) => ({ start: clock.at(day, span.start), end: clock.at(day, span.end) })).filter((span) => span.start < span.end);
}

/** The parts of `periods` that no cut overlaps; `periods` sorted and disjoint, as is the answer. */
export function subtractPeriods(periods: readonly Period[], cuts: readonly Period[]): Period[] {
  const sortedCuts = [...cuts].sort((a, b) => a.start.getTime() - b.start.getTime());
  const left: Period[] = [];
  for (const period of periods) {
    let start = period.start.getTime();
    const end = period.end.getTime();
    for (const cut of sortedCuts) {
      if (cut.end.getTime() <= start || cut.start.getTime() >= end) continue;
      if (cut.start.getTime() > start) left.push({ start: new Date(start), end: cut.start });
      start = Math.max(start, cut.end.getTime());
      if (start >= end) break;
    }
    if (start < end) left.push({ start: new Date(start), end: new Date(end) });
  }
  return left;
}

/** Whole minutes of `periods` that fall inside `within` (both lists disjoint). */
export function minutesWithin(periods: readonly Period[], within: readonly Period[]): number {
  let total = 0;
  for (const period of periods) {
    for (const part of within) {
      const overlap = Math.min(period.end.getTime(), part.end.getTime()) - Math.max(period.start.getTime(), part.start.getTime());
      if (overlap > 0) total += overlap;
    }
  }
  return Math.round(total / MINUTE_MS);
}

export function minutesOf(periods: readonly Period[]): number {
  return Math.round(periods.reduce((total, period) => total + period.end.getTime() - period.start.getTime(), 0) / MINUTE_MS);
}

/** One engineer's day on the board: the time they could work, what is booked or held of it and what is left free. */
export interface DayPlan {
  freeGaps: Period[];
  /** Working time not on time off. */
  availableMinutes: number;
  /** Visit time inside the working spans. */
  bookedMinutes: number;
  /** Time live holds keep inside the working spans. */
  heldMinutes: number;
}

/**
 * The free gaps are the working spans less time off, visits and live holds, as availability
 * leaves them (travel between jobs is left to the dispatcher's judgement: availability applies
 * it when a slot is booked).
 */
export function planDay(spans: readonly Period[], timeOff: readonly Period[], visits: readonly Period[], holds: readonly Period[]): DayPlan {
  const available = subtractPeriods(spans, timeOff);
  return {
    freeGaps: subtractPeriods(available, [...visits, ...holds]),
    availableMinutes: minutesOf(available),
    bookedMinutes: minutesWithin(visits, spans),
    heldMinutes: minutesWithin(holds, spans),
  };
}
