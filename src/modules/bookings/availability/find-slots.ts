import { BusinessCalendar } from './business-calendar';
import { EpochInterval, Interval, MINUTE_MS } from './interval';
import { SlotGrid } from './slot-grid';
import { EngineerAgenda, SchedulingRules } from './slot-rules';
import { MAX_VISITS, planOnGrid } from './visit-plan';

export interface SlotSearch {
  /** Slots starting in [start, end) are offered. */
  window: Interval;
  durationMinutes: number;
  now: Date;
}

/**
 * The engineer's time off and bookings as disjoint periods, by start, each booking widened by
 * the travel buffer on both sides. A slot keeps the buffer from a booking exactly when it does
 * not overlap the widened booking, so "free" is a single test: the slot overlaps none of them.
 */
export function blockedPeriods(agenda: EngineerAgenda, travelBufferMinutes: number): EpochInterval[] {
  const buffer = travelBufferMinutes * MINUTE_MS;
  const periods: { start: number; end: number }[] = [];
  for (const period of agenda.timeOff) periods.push({ start: period.start.getTime(), end: period.end.getTime() });
  for (const booking of agenda.bookings) periods.push({ start: booking.start.getTime() - buffer, end: booking.end.getTime() + buffer });
  periods.sort((a, b) => a.start - b.start);
  // Merged in place: this runs for every engineer of every search.
  let last = -1;
  for (const period of periods) {
    if (last >= 0 && period.start < periods[last]!.end) periods[last]!.end = Math.max(periods[last]!.end, period.end);
    else periods[++last] = period;
  }
  periods.length = last + 1;
  return periods;
}

/** The index of the first of the disjoint, sorted periods that ends after `instant`. */
function firstEndingAfter(periods: readonly EpochInterval[], instant: number): number {
  let low = 0;
  let high = periods.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (periods[middle]!.end <= instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The start of every slot, earliest first, in which the engineer could do `durationMinutes`
 * of work, in epoch milliseconds (a slot is as long as the work; starts alone spare a team's
 * search thousands of objects). Candidates are the grid times inside each working span at
 * which the work ends within the span, so they meet the grid and working-hours rules by
 * construction; the remaining rules are those `checkSlot` applies when a booking is written.
 * The calendar work is in `grid`, which a search over a team builds once for the same rules
 * and window; what is left per candidate is arithmetic, with one pointer moving along the
 * blocked periods.
 */
export function findSlots(
  agenda: EngineerAgenda,
  rules: SchedulingRules,
  search: SlotSearch,
  grid = new SlotGrid(new BusinessCalendar(rules.timezone), search.window, rules.slotMinutes),
): number[] {
  const durationMs = search.durationMinutes * MINUTE_MS;
  const earliestStart = Math.max(search.window.start.getTime(), search.now.getTime() + rules.minLeadHours * 60 * MINUTE_MS);
  const windowEnd = search.window.end.getTime();
  const blocked = blockedPeriods(agenda, rules.travelBufferMinutes);
  const jobs = grid.totalsPerDay(agenda.bookings, () => 1);
  const starts: number[] = [];
  // Indexed loops: iterating the numbers with for...of allocated for every candidate.
  for (let dayIndex = 0; dayIndex < grid.days.length; dayIndex += 1) {
    if (agenda.maxJobsPerDay !== null && jobs[dayIndex]! >= agenda.maxJobsPerDay) continue;
    for (const span of grid.spansOn(dayIndex, agenda.workingHours)) {
      let next = firstEndingAfter(blocked, span.starts[0] ?? span.end);
      for (let index = 0; index < span.starts.length; index += 1) {
        const start = span.starts[index]!;
        const end = start + durationMs;
        if (end > span.end || start >= windowEnd) break;
        if (start < earliestStart) continue;
        while (next < blocked.length && blocked[next]!.end <= start) next += 1;
        if (next < blocked.length && blocked[next]!.start < end) continue;
        starts.push(start);
      }
    }
  }
  return starts;
}

/** True when none of the disjoint, sorted periods overlaps [start, end). */
function isFree(periods: readonly EpochInterval[], start: number, end: number): boolean {
  const index = firstEndingAfter(periods, start);
  return index >= periods.length || periods[index]!.start >= end;
}

/**
 * As `findSlots`, for work that needs several visits (`needsSeveralVisits`): every start in
 * the window whose run of visits (`planOnGrid`) is clear, earliest first, each as its visits.
 * A run is clear when each visit overlaps no time off and no other booking widened by the
 * travel buffer, and no visit falls on a day already at the engineer's job limit. `grid` must
 * reach `runHorizonDays` past the window's end, so that every run it offers is one that
 * `checkVisits` accepts when it is booked.
 */
export function findRuns(
  agenda: EngineerAgenda,
  rules: SchedulingRules,
  search: SlotSearch,
  grid: SlotGrid,
  maxVisits = MAX_VISITS,
): EpochInterval[][] {
  const durationMs = search.durationMinutes * MINUTE_MS;
  const earliestStart = Math.max(search.window.start.getTime(), search.now.getTime() + rules.minLeadHours * 60 * MINUTE_MS);
  const windowEnd = search.window.end.getTime();
  const blocked = blockedPeriods(agenda, rules.travelBufferMinutes);
  const jobs = grid.totalsPerDay(agenda.bookings, () => 1);
  const dayFull = (dayIndex: number) => agenda.maxJobsPerDay !== null && jobs[dayIndex]! >= agenda.maxJobsPerDay;
  const runs: EpochInterval[][] = [];
  for (let dayIndex = 0; dayIndex < grid.days.length && grid.days[dayIndex]!.start < windowEnd; dayIndex += 1) {
    if (dayFull(dayIndex)) continue;
    for (const span of grid.spansOn(dayIndex, agenda.workingHours)) {
      for (let index = 0; index < span.starts.length; index += 1) {
        const start = span.starts[index]!;
        if (start >= windowEnd) break;
        if (start < earliestStart) continue;
        const plan = planOnGrid(grid, agenda.workingHours, start, durationMs, maxVisits);
        if (!('visits' in plan)) continue;
        if (plan.visits.every((visit, position) => isFree(blocked, visit.start, visit.end) && (position === 0 || !dayFull(grid.dayIndexOf(visit.start))))) {
          runs.push(plan.visits);
        }
      }
    }
  }
  return runs;
}
