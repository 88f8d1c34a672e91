import { LRUCache } from 'lru-cache';
import { DateTime } from 'luxon';
import { TimeSpan, WEEKDAYS, Weekday, WorkingHours } from '@app/common';
import { Interval, MINUTE_MS } from './interval';

const DAY_MS = 24 * 60 * MINUTE_MS;

const ZERO = '0'.charCodeAt(0);

/**
 * Minutes after midnight of a validated "HH:mm". Read digit by digit: a search asks it for
 * every span of every engineer's day, and splitting made two arrays each time.
 */
export function minuteOfDay(hhmm: string): number {
  const digit = (index: number) => hhmm.charCodeAt(index) - ZERO;
  return (digit(0) * 10 + digit(1)) * 60 + digit(3) * 10 + digit(4);
}

/** Each span's grid, worked out once for all the days a search asks it for (the span objects live as long as the engineer read). */
const gridsOfSpans = new WeakMap<TimeSpan, { slotMinutes: number; minutes: readonly number[] }>();

/** Clock minutes after local midnight that are a whole number of `slotMinutes` and fall inside the span. */
function gridMinutes(span: TimeSpan, slotMinutes: number): readonly number[] {
  const known = gridsOfSpans.get(span);
  if (known?.slotMinutes === slotMinutes) return known.minutes;
  const minutes: number[] = [];
  const end = minuteOfDay(span.end);
  for (let minute = Math.ceil(minuteOfDay(span.start) / slotMinutes) * slotMinutes; minute < end; minute += slotMinutes) minutes.push(minute);
  gridsOfSpans.set(span, { slotMinutes, minutes });
  return minutes;
}

/** Luxon moves a time skipped by a spring-forward change to the same clock time an hour later. */
function atMinuteOfDay(day: DateTime, minute: number): DateTime {
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 });
}

// Luxon numbers weekdays 1 (Monday) to 7 (Sunday), the order of WEEKDAYS.
function weekdayOf(day: DateTime): Weekday {
  return WEEKDAYS[day.weekday - 1]!;
}

function isAtMinute(local: DateTime, minute: number): boolean {
  return local.hour * 60 + local.minute === minute;
}

/** A local date, with the instants it starts and ends at in epoch milliseconds. */
export interface LocalDay {
  readonly date: string;
  readonly weekday: Weekday;
  readonly start: number;
  readonly end: number;
  readonly local: DateTime;
}

/** A working span on one local date: the grid times inside it and the instant it ends, in epoch milliseconds. */
export interface SpanGrid {
  /** Where the span begins, on the grid or not: a day's first span starts the engineer's day. */
  readonly start: number;
  readonly starts: readonly number[];
  readonly end: number;
}

/**
 * Local days already worked out, by zone and first instant. Searches ask for the same
 * fortnights all day, and each day's zone conversions cost about 30 µs; a day's bounds never
 * change, and a few years of days per zone fit in the bound.
 */
const KNOWN_DAYS = new LRUCache<string, LocalDay>({ max: 5_000 });

/**
 * Working hours, the slot grid and "which day" questions, answered in the business time
 * zone. Instants going in and out are UTC; only the reasoning is local, so a 09:00 start is
 * 09:00 on the shop's clock on both sides of a daylight-saving change.
 */
export class BusinessCalendar {
  constructor(readonly timezone: string) {}

  /** Start of the local date an instant falls on. */
  dayOf(instant: Date): DateTime {
    return DateTime.fromJSDate(instant, { zone: this.timezone }).startOf('day');
  }

  /** `YYYY-MM-DD` of the local date an instant falls on. */
  dateOf(instant: Date): string {
    return this.dayOf(instant).toISODate()!;
  }

  /** The local dates that any part of the window falls on, earliest first. */
  localDaysOverlapping(window: Interval): LocalDay[] {
    const days: LocalDay[] = [];
    const end = window.end.getTime();
    let day = this.knownDayStartingAt(window.start.getTime()) ?? this.localDay(this.dayOf(window.start));
    while (day.start < end) {
      days.push(day);
      day = this.knownDayStartingAt(day.end) ?? this.localDay(day.local.plus({ days: 1 }));
    }
    return days;
  }

  private knownDayStartingAt(instant: number): LocalDay | undefined {
    return KNOWN_DAYS.get(`${this.timezone} ${instant}`);
  }

  private localDay(local: DateTime): LocalDay {
    const day = { date: local.toISODate()!, weekday: weekdayOf(local), start: local.toMillis(), end: local.plus({ days: 1 }).toMillis(), local };
    KNOWN_DAYS.set(`${this.timezone} ${day.start}`, day);
    return day;
  }

  /** A local date as the instants it starts and ends at: 23 or 25 hours long on change days. */
  dayBounds(isoDate: string): Interval {
    const start = DateTime.fromISO(isoDate, { zone: this.timezone }).startOf('day');
    return { start: start.toJSDate(), end: start.plus({ days: 1 }).toJSDate() };
  }

  private spansOfWeekday(day: DateTime, hours: WorkingHours): readonly TimeSpan[] {
    return hours[weekdayOf(day)] ?? [];
  }

  /** A local span of the day as instants; empty when a clock change swallows it. */
  spanOn(day: DateTime, span: TimeSpan): Interval {
    return {
      start: atMinuteOfDay(day, minuteOfDay(span.start)).toJSDate(),
      end: atMinuteOfDay(day, minuteOfDay(span.end)).toJSDate(),
    };
  }

  /** The day's working spans as instants, earliest first. */
  workingSpansOn(day: DateTime, hours: WorkingHours): Interval[] {
    return this.spansOfWeekday(day, hours)
      .map((span) => this.spanOn(day, span))
      .filter((span) => span.start < span.end);
  }

  /**
   * The grid times inside a local span: clock times a whole number of `slotMinutes` after
   * local midnight. The grid follows the clock, not elapsed time, so after a change slots
   * still start at :00 and :30. A clock time the change skipped is no slot at all.
   */
  gridTimesInSpan(day: DateTime, span: TimeSpan, slotMinutes: number): Date[] {
    const minutes = gridMinutes(span, slotMinutes);
    if (minutes.length === 0) return [];
    const first = minutes[0]!;
    // Converting each time in the zone is slow; without a change inside the span, the clock
    // and elapsed time run together, so one conversion serves the whole span.
    const firstLocal = atMinuteOfDay(day, first);
    const lastLocal = atMinuteOfDay(day, minutes[minutes.length - 1]!);
    if (firstLocal.offset === lastLocal.offset && isAtMinute(firstLocal, first)) {
      return minutes.map((minute) => new Date(firstLocal.toMillis() + (minute - first) * MINUTE_MS));
    }
    return minutes.flatMap((minute) => {
      const local = atMinuteOfDay(day, minute);
      return isAtMinute(local, minute) ? [local.toJSDate()] : [];
    });
  }

  /** As `gridTimesInSpan` and `spanOn(...).end`, in epoch milliseconds. */
  spanGrid(day: LocalDay, span: TimeSpan, slotMinutes: number): SpanGrid {
    // A 24-hour day has no clock change, so a clock time is plain arithmetic from midnight.
    // Luxon's zone conversions take about 12 µs each: per span and engineer, they were most
    // of a team's search.
    if (day.end - day.start === DAY_MS) {
      return {
        start: day.start + minuteOfDay(span.start) * MINUTE_MS,
        starts: gridMinutes(span, slotMinutes).map((minute) => day.start + minute * MINUTE_MS),
        end: day.start + minuteOfDay(span.end) * MINUTE_MS,
      };
    }
    const bounds = this.spanOn(day.local, span);
    return {
      start: bounds.start.getTime(),
      starts: this.gridTimesInSpan(day.local, span, slotMinutes).map((start) => start.getTime()),
      end: bounds.end.getTime(),
    };
  }

  isOnSlotGrid(instant: Date, slotMinutes: number): boolean {
    const local = DateTime.fromJSDate(instant, { zone: this.timezone });
    return local.second === 0 && local.millisecond === 0 && (local.hour * 60 + local.minute) % slotMinutes === 0;
  }
}

/** Clock length of the longest span in a week of working hours; 0 when nobody works. */
export function longestSpanMinutes(hours: WorkingHours): number {
  const lengths = WEEKDAYS.flatMap((day) => (hours[day] ?? []).map((span) => minuteOfDay(span.end) - minuteOfDay(span.start)));
  return Math.max(0, ...lengths);
}
