import type { GeoPoint } from '@app/common';
import { EpochInterval } from './interval';
import { BookedInterval, EngineerAgenda, SchedulingRules } from './slot-rules';
import { homeTravelMinutes, roadKm, travelMinutes } from './travel';

/** What a visit at the job's site costs the engineer's day in travel. */
export interface VisitTravel {
  /** From the previous stop of the day (a visit, or the home base at the day's start); 0 when there is none. */
  travelMinutesBefore: number;
  /** To the next visit of the day; 0 when there is none. */
  travelMinutesAfter: number;
  /** Road km added by inserting the visit between those stops (unknown places count 0 km). */
  addedTravelKm: number;
}

/** The index of the first booking (sorted by start) that starts at or after `instant`. */
function firstStartingFrom(bookings: readonly BookedInterval[], instant: number): number {
  let low = 0;
  let high = bookings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (bookings[middle]!.start.getTime() < instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The detour of inserting a free `visit` (clear of every booking) into its local `day`: the
 * previous stop P is the day's booking that ends last before it, else the home base when the
 * day starts there (`travelFromHome`); the next stop N the day's booking that starts first after
 * it. Added km = P→job + job→N − P→N. `agenda.bookings` must be sorted by start, as agendas are.
 */
export function visitTravel(agenda: EngineerAgenda, rules: SchedulingRules, site: GeoPoint | null, visit: EpochInterval, day: EpochInterval): VisitTravel {
  const bookings = agenda.bookings;
  const after = firstStartingFrom(bookings, visit.end);
  const next = after < bookings.length && bookings[after]!.start.getTime() < day.end ? bookings[after]! : null;
  let previous: BookedInterval | null = null;
  // A free visit overlaps nothing: the bookings that start before it ended before it.
  for (let index = after - 1; index >= 0 && bookings[index]!.start.getTime() >= day.start; index -= 1) {
    if (!previous || bookings[index]!.end > previous.end) previous = bookings[index]!;
  }
  const fromHome = previous ? null : homeTravelMinutes(agenda.homeLocation, site, rules);
  const before: GeoPoint | null = previous ? (previous.location ?? null) : fromHome !== null ? agenda.homeLocation! : null;
  const added = roadKm(before, site, rules) + roadKm(site, next?.location, rules) - roadKm(before, next?.location, rules);
  return {
    travelMinutesBefore: previous ? travelMinutes(previous.location, site, rules) : (fromHome ?? 0),
    travelMinutesAfter: next ? travelMinutes(site, next.location, rules) : 0,
    addedTravelKm: Math.max(0, added),
  };
}

/**
 * As `visitTravel`, for an offered slot's visits (one, or a run): the travel before its first
 * visit, after its last, and the km every visit adds. `grid` must hold the visits' days.
 */
export function slotTravel(
  agenda: EngineerAgenda,
  rules: SchedulingRules,
  site: GeoPoint | null,
  visits: readonly EpochInterval[],
  grid: { days: readonly EpochInterval[]; dayIndexOf(instant: number): number },
): VisitTravel {
  const each = visits.map((visit) => visitTravel(agenda, rules, site, visit, grid.days[grid.dayIndexOf(visit.start)]!));
  return {
    travelMinutesBefore: each[0]!.travelMinutesBefore,
    travelMinutesAfter: each[each.length - 1]!.travelMinutesAfter,
    addedTravelKm: each.reduce((total, visit) => total + visit.addedTravelKm, 0),
  };
}
