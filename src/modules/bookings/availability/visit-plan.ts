import { WEEKDAYS, WorkingHours } from '@app/common';
import { BusinessCalendar, longestSpanMinutes, minuteOfDay } from './business-calendar';
import { EpochInterval, MINUTE_MS } from './interval';
import { SlotGrid } from './slot-grid';

/**
 * The most visits one booking may take. Work that needs more is refused: at the chosen start
 * (`TOO_MANY_VISITS`), or at any start when it is longer than this many of the engineer's
 * longest spans (`WORK_LONGER_THAN_WORKING_SPAN`).
 */
export const MAX_VISITS = 10;

const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * A day's clock changes shorten a span by at most this much (an hour in every zone the
 * business could be in, 30 minutes on Lord Howe Island): the bound on a visit's elapsed length.
 */
const LONGEST_CLOCK_CHANGE_MINUTES = 60;

/**
 * Work longer than every span of the engineer's week cannot be done in one visit: only then
 * is a booking split. Work that fits some span is booked in one visit inside one span, as it
 * always was, so a job that fits a day is never spread over two.
 */
export function needsSeveralVisits(durationMinutes: number, hours: WorkingHours): boolean {
  return durationMinutes > longestSpanMinutes(hours);
}

/** Work longer than `MAX_VISITS` of the engineer's longest spans has no run of visits at any start. */
export function fitsSomeRun(durationMinutes: number, hours: WorkingHours, maxVisits = MAX_VISITS): boolean {
  return durationMinutes <= maxVisits * longestSpanMinutes(hours);
}

/** The span a later visit of a run uses on a day: the day's first span with a slot-grid time in it. */
export function firstUsableSpan<Span extends { readonly starts: readonly number[] }>(spans: readonly Span[]): Span | undefined {
  for (const span of spans) if (span.starts.length > 0) return span;
  return undefined;
}

/**
 * How many days after a run's start its last visit may fall on, at most: enough working days
 * for the most visits the work could need, with the longest gap between two working weekdays
 * between each. Search and booking both read the engineer's agenda this far, so they see the
 * same run.
 */
export function runHorizonDays(durationMinutes: number, hours: WorkingHours, slotMinutes: number, maxVisits = MAX_VISITS): number {
  const usable = WEEKDAYS.map((weekday) => {
    for (const span of hours[weekday] ?? []) {
      const first = Math.ceil(minuteOfDay(span.start) / slotMinutes) * slotMinutes;
      if (first < minuteOfDay(span.end)) return minuteOfDay(span.end) - first;
    }
    return 0;
  });
  const working = usable.flatMap((minutes, index) => (minutes > 0 ? [index] : []));
  if (working.length === 0) return 0;
  const shortest = Math.min(...working.map((index) => usable[index]!)) - LONGEST_CLOCK_CHANGE_MINUTES;
  const visits = shortest > 0 ? Math.min(maxVisits, 1 + Math.ceil(durationMinutes / shortest)) : maxVisits;
  let longestGap = 1;
  working.forEach((index, position) => {
    const next = working[(position + 1) % working.length]!;
    longestGap = Math.max(longestGap, next > index ? next - index : next + 7 - index);
  });
  return visits * longestGap + 1;
}

export type VisitPlan = { visits: EpochInterval[] } | { problem: 'WORKING_HOURS' } | { problem: 'VISIT_LIMIT' };

/**
 * The splitting rule. Work of `durationMs` starting at `start` (a grid time inside one of the
 * day's working spans) is done in visits on consecutive working days of one engineer:
 * - the first visit runs from `start` to the end of the span it starts in, or until the work is done;
 * - each later visit is on the next day on which the engineer has a working span (days without
 *   one, such as a weekend, are skipped and do not break the run), inside that day's first span
 *   that has a grid time: from that first grid time (the span's start, when it starts on the
 *   grid) to the span's end, or until the work is done;
 * - one visit per day, so a day's other spans (after a lunch break) stay free for other work;
 * - at most `maxVisits` visits, else `VISIT_LIMIT`; a start outside every span is `WORKING_HOURS`.
 * Time off and other bookings are not this rule's business: a run they get in the way of is
 * refused, never moved (see checkVisits / findRuns).
 */
export function planOnGrid(grid: SlotGrid, hours: WorkingHours, start: number, durationMs: number, maxVisits = MAX_VISITS): VisitPlan {
  const firstDay = grid.dayIndexOf(start);
  if (firstDay < 0) return { problem: 'WORKING_HOURS' };
  const span = grid.spansOn(firstDay, hours).find((candidate) => candidate.starts.length > 0 && candidate.starts[0]! <= start && start < candidate.end);
  if (!span) return { problem: 'WORKING_HOURS' };
  const visits: EpochInterval[] = [{ start, end: Math.min(start + durationMs, span.end) }];
  let remaining = durationMs - (visits[0]!.end - start);
  for (let day = firstDay + 1; remaining > 0; day += 1) {
    if (visits.length >= maxVisits || day >= grid.days.length) return { problem: 'VISIT_LIMIT' };
    const next = firstUsableSpan(grid.spansOn(day, hours));
    if (!next) continue;
    const visitStart = next.starts[0]!;
    const visitEnd = Math.min(visitStart + remaining, next.end);
    visits.push({ start: visitStart, end: visitEnd });
    remaining -= visitEnd - visitStart;
  }
  return { visits };
}

/** As `planOnGrid`, for one start: the grid covers the run's horizon from the start's day. */
export function planVisits(
  calendar: BusinessCalendar,
  hours: WorkingHours,
  slotMinutes: number,
  start: Date,
  durationMinutes: number,
  maxVisits = MAX_VISITS,
): VisitPlan {
  const horizon = runHorizonDays(durationMinutes, hours, slotMinutes, maxVisits);
  const window = { start, end: new Date(start.getTime() + (horizon + 1) * DAY_MS) };
  return planOnGrid(new SlotGrid(calendar, window, slotMinutes), hours, start.getTime(), durationMinutes * MINUTE_MS, maxVisits);
}
