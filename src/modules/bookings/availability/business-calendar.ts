import { DateTime } from 'luxon';
import { TimeSpan, WEEKDAYS, WorkingHours } from '@app/common';
import { Interval, MINUTE_MS } from './interval';

function minuteOfDay(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** Luxon moves a time skipped by a spring-forward change to the same clock time an hour later. */
function atMinuteOfDay(day: DateTime, minute: number): DateTime {
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 });
}

function isAtMinute(local: DateTime, minute: number): boolean {
  return local.hour * 60 + local.minute === minute;
}

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

  /** The local dates that any part of the window falls on, each as its start of day. */
  daysOverlapping(window: Interval): DateTime[] {
    const days: DateTime[] = [];
    const last = this.dayOf(new Date(window.end.getTime() - 1));
    for (let day = this.dayOf(window.start); day <= last; day = day.plus({ days: 1 })) days.push(day);
    return days;
  }

  /** A local date as the instants it starts and ends at: 23 or 25 hours long on change days. */
  dayBounds(isoDate: string): Interval {
    const start = DateTime.fromISO(isoDate, { zone: this.timezone }).startOf('day');
    return { start: start.toJSDate(), end: start.plus({ days: 1 }).toJSDate() };
  }

  spansOfWeekday(day: DateTime, hours: WorkingHours): readonly TimeSpan[] {
    // Luxon numbers weekdays 1 (Monday) to 7 (Sunday), the order of WEEKDAYS.
    return hours[WEEKDAYS[day.weekday - 1]!] ?? [];
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
    const first = Math.ceil(minuteOfDay(span.start) / slotMinutes) * slotMinutes;
    const minutes: number[] = [];
    for (let minute = first; minute < minuteOfDay(span.end); minute += slotMinutes) minutes.push(minute);
    if (minutes.length === 0) return [];
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
