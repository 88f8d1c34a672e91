import type { GeoPoint } from '@app/common';
import { blockedPeriods, firstEndingAfter } from './blocked-periods';
import { BusinessCalendar } from './business-calendar';
import { EpochInterval, Interval, MINUTE_MS } from './interval';
import { SlotGrid } from './slot-grid';
import { EngineerAgenda, SchedulingRules } from './slot-rules';
import { MAX_VISITS, firstUsableSpan } from './visit-plan';

export interface SlotSearch {
  /** Slots starting in [start, end) are offered. */
  window: Interval;
  durationMinutes: number;
  now: Date;
  /** Where the job is; null or absent when not known (every gap is then the flat buffer). */
  site?: GeoPoint | null;
}

/**
 * The start of every slot, earliest first, in which the engineer could do `durationMinutes`
 * of work, in epoch milliseconds (a slot is as long as the work; starts alone spare a team's
 * search thousands of objects). Candidates are the grid times inside each working span at
 * which the work ends within the span, so they meet the grid and working-hours rules by
 * construction; the remaining rules are those `checkSlot` applies when a booking is written.
 * The calendar work is in `grid`, which a search over a team builds once for the same rules
 * and window; what is left per candidate is arithmetic, with one pointer moving along the
 * blocked periods (`blockedPeriods`: time off, and bookings and the home base with the travel
 * time to the job).
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
  const blocked = blockedPeriods(agenda, rules, search.site ?? null, grid);
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

/**
 * As `findSlots`, for work that needs several visits (`needsSeveralVisits`): every start in
 * the window whose run of visits (`planOnGrid`, the splitting rule) is clear, earliest first,
 * each as its visits. A run is clear when each visit overlaps no blocked period (time off,
 * other bookings widened by their travel time to the job, travel from home), and no visit falls on a day already at the engineer's job
 * limit. `grid` must reach `runHorizonDays` past the window's end, so that every run it
 * offers is one `checkVisits` accepts when it is booked (find-runs.spec.ts holds the two to
 * each other and to `planOnGrid`).
 *
 * The same sweep as `findSlots` for first visits. Later visits always start at their day's
 * first grid time, so each day is worked out once: the span a later visit would use, and how
 * far from its start the engineer is free. What is left per candidate is a walk of at most
 * `maxVisits` days, and only a run that is clear is built.
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
  const blocked = blockedPeriods(agenda, rules, search.site ?? null, grid);
  const jobs = grid.totalsPerDay(agenda.bookings, () => 1);
  const dayCount = grid.days.length;
  const full = jobs.map((count) => agenda.maxJobsPerDay !== null && count >= agenda.maxJobsPerDay);
  // Per day: the first grid time of the span a later visit uses, that span's end, and the end of the free time from there.
  const laterStart = new Array<number>(dayCount).fill(-1);
  const laterEnd = new Array<number>(dayCount).fill(-1);
  const freeEnd = new Array<number>(dayCount).fill(-1);
  for (let day = 0; day < dayCount; day += 1) {
    const span = firstUsableSpan(grid.spansOn(day, agenda.workingHours));
    if (!span) continue;
    const from = span.starts[0]!;
    laterStart[day] = from;
    laterEnd[day] = span.end;
    const index = firstEndingAfter(blocked, from);
    freeEnd[day] = index >= blocked.length ? span.end : blocked[index]!.start <= from ? from : Math.min(span.end, blocked[index]!.start);
  }
  const runs: EpochInterval[][] = [];
  for (let dayIndex = 0; dayIndex < dayCount && grid.days[dayIndex]!.start < windowEnd; dayIndex += 1) {
    if (full[dayIndex]) continue;
    for (const span of grid.spansOn(dayIndex, agenda.workingHours)) {
      let next = firstEndingAfter(blocked, span.starts[0] ?? span.end);
      for (let index = 0; index < span.starts.length; index += 1) {
        const start = span.starts[index]!;
        if (start >= windowEnd) break;
        if (start < earliestStart) continue;
        const firstEnd = Math.min(start + durationMs, span.end);
        while (next < blocked.length && blocked[next]!.end <= start) next += 1;
        if (next < blocked.length && blocked[next]!.start < firstEnd) continue;
        // The later visits, while each is clear; `visits` counts them with the first.
        let remaining = durationMs - (firstEnd - start);
        let visits = 1;
        let day = dayIndex + 1;
        for (; remaining > 0; day += 1) {
          if (visits >= maxVisits || day >= dayCount) break;
          if (laterStart[day]! < 0) continue;
          const end = Math.min(laterStart[day]! + remaining, laterEnd[day]!);
          if (full[day] || end > freeEnd[day]!) break;
          remaining -= end - laterStart[day]!;
          visits += 1;
        }
        if (remaining > 0) continue;
        const run: EpochInterval[] = [{ start, end: firstEnd }];
        let left = durationMs - (firstEnd - start);
        for (let later = dayIndex + 1; left > 0; later += 1) {
          if (laterStart[later]! < 0) continue;
          const end = Math.min(laterStart[later]! + left, laterEnd[later]!);
          run.push({ start: laterStart[later]!, end });
          left -= end - laterStart[later]!;
        }
        runs.push(run);
      }
    }
  }
  return runs;
}
