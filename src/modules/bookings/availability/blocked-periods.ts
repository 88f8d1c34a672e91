import type { GeoPoint } from '@app/common';
import { EpochInterval, MINUTE_MS } from './interval';
import { SlotGrid } from './slot-grid';
import { EngineerAgenda, SchedulingRules } from './slot-rules';
import { homeTravelMinutes, travelMinutes } from './travel';

/**
 * What stands in the way of a job at `site` in the engineer's agenda, as disjoint periods by
 * start: time off as it is; each booking widened on both sides by the travel time between its
 * place and the site (the flat buffer where either is unknown); and, with `travelFromHome`, on
 * each day of `grid`, the travel from the home base after the start of the day's first working
 * span. A slot keeps every rule about commitments but the daily job limit exactly when it
 * overlaps none of them (`checkVisits`), so "free" is a single test.
 */
export function blockedPeriods(agenda: EngineerAgenda, rules: SchedulingRules, site: GeoPoint | null = null, grid?: SlotGrid): EpochInterval[] {
  const periods: { start: number; end: number }[] = [];
  for (const period of agenda.timeOff) periods.push({ start: period.start.getTime(), end: period.end.getTime() });
  for (const booking of agenda.bookings) {
    const travel = travelMinutes(booking.location, site, rules) * MINUTE_MS;
    periods.push({ start: booking.start.getTime() - travel, end: booking.end.getTime() + travel });
  }
  const fromHome = homeTravelMinutes(agenda.homeLocation, site, rules);
  if (grid && fromHome !== null && fromHome > 0) {
    for (let day = 0; day < grid.days.length; day += 1) {
      const first = grid.spansOn(day, agenda.workingHours).find((span) => span.start < span.end);
      // A day's visits lie in its spans, so the block never needs to reach into the next day.
      if (first) periods.push({ start: first.start, end: Math.min(first.start + fromHome * MINUTE_MS, grid.days[day]!.end) });
    }
  }
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
export function firstEndingAfter(periods: readonly EpochInterval[], instant: number): number {
  let low = 0;
  let high = periods.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (periods[middle]!.end <= instant) low = middle + 1;
    else high = middle;
  }
  return low;
}
