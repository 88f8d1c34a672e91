import type { GeoPoint, WorkingHours } from '@app/common';
import { BusinessCalendar } from './business-calendar';
import { Interval, addMinutes, contains, gapMinutes, overlaps } from './interval';
import { TravelModel, homeTravelMinutes, travelMinutes } from './travel';
import { MAX_VISITS, needsSeveralVisits, planVisits } from './visit-plan';

/** Business-wide scheduling settings. */
export interface SchedulingRules extends TravelModel {
  timezone: string;
  /** Appointments start a whole number of these minutes after local midnight. */
  slotMinutes: number;
  /** Earliest appointment, in hours from now. */
  minLeadHours: number;
  /** On: an engineer's day starts at their home base, and travel from it to a day's jobs is kept. */
  travelFromHome: boolean;
}

/** Time an engineer is taken for: a visit of another booking, or of another order's hold. */
export interface BookedInterval extends Interval {
  /** The booking; for a hold, the hold's id. */
  readonly bookingId: string;
  /** Where its work is; null or absent when not known. */
  readonly location?: GeoPoint | null;
  /** Set for a hold of another order's checkout: it keeps the time until then. Every rule treats it as a booking. */
  readonly heldUntil?: Date;
}

/** What decides when one engineer is free. */
export interface EngineerAgenda {
  workingHours: WorkingHours;
  timeOff: readonly Interval[];
  /** The engineer's active bookings' visits (except the one being moved when rescheduling) and other orders' live holds, by start. */
  bookings: readonly BookedInterval[];
  /** Null: no daily limit. */
  maxJobsPerDay: number | null;
  /** Where the engineer's home base is; null or absent when not known. */
  homeLocation?: GeoPoint | null;
}

/** The first rule a slot breaks, with what the caller needs to explain it. */
export type SlotViolation =
  | { rule: 'SLOT_GRID'; slotMinutes: number }
  | { rule: 'LEAD_TIME'; earliestStart: Date }
  | { rule: 'WORKING_HOURS' }
  | { rule: 'TIME_OFF'; timeOff: Interval }
  | { rule: 'BOOKING_OVERLAP'; booking: BookedInterval }
  | { rule: 'TRAVEL_BUFFER'; booking: BookedInterval; travelBufferMinutes: number; travelMinutes: number }
  | { rule: 'HOME_TRAVEL'; earliestStart: Date; travelMinutes: number }
  | { rule: 'DAILY_CAPACITY'; date: string; maxJobsPerDay: number }
  | { rule: 'VISIT_LIMIT'; maxVisits: number };

function leadTimeViolation(rules: SchedulingRules, slot: Interval, now: Date): SlotViolation | null {
  const earliestStart = addMinutes(now, rules.minLeadHours * 60);
  return slot.start < earliestStart ? { rule: 'LEAD_TIME', earliestStart } : null;
}

/**
 * The rules about the engineer's other commitments, for a slot already known to be on the
 * grid and inside working hours. `jobsOnDate` counts the engineer's jobs on the slot's
 * local date; `dayStart` is where the slot's day starts for the engineer (its first working
 * span's start); `site` is where the job is.
 *
 * Travel: every other booking is at least the travel time between its place and the job's
 * away (`travelMinutes`: the flat buffer where a place is unknown), before or after. Travel
 * times keep the triangle inequality, so on an agenda booked under these rules it is the
 * previous and the next visit that bind; the others are further away still. With
 * `travelFromHome`, the job starts no sooner than the travel from the home base after the
 * day's start: reaching it through another job first takes at least as long.
 */
function commitmentViolation(
  agenda: EngineerAgenda,
  rules: SchedulingRules,
  slot: Interval,
  context: { date: string; jobsOnDate: number; dayStart: Date; site: GeoPoint | null },
): SlotViolation | null {
  const { date, jobsOnDate, dayStart, site } = context;
  const timeOff = agenda.timeOff.find((period) => overlaps(period, slot));
  if (timeOff) return { rule: 'TIME_OFF', timeOff };

  const overlapping = agenda.bookings.find((booking) => overlaps(booking, slot));
  if (overlapping) return { rule: 'BOOKING_OVERLAP', booking: overlapping };

  for (const booking of agenda.bookings) {
    const needed = travelMinutes(booking.location, site, rules);
    if (gapMinutes(booking, slot) < needed) {
      return { rule: 'TRAVEL_BUFFER', booking, travelBufferMinutes: rules.travelBufferMinutes, travelMinutes: needed };
    }
  }

  const fromHome = homeTravelMinutes(agenda.homeLocation, site, rules);
  if (fromHome !== null && slot.start < addMinutes(dayStart, fromHome)) {
    return { rule: 'HOME_TRAVEL', earliestStart: addMinutes(dayStart, fromHome), travelMinutes: fromHome };
  }

  if (agenda.maxJobsPerDay !== null && jobsOnDate >= agenda.maxJobsPerDay) {
    return { rule: 'DAILY_CAPACITY', date, maxJobsPerDay: agenda.maxJobsPerDay };
  }
  return null;
}

/** How many of the engineer's jobs are on each local date: one per visit, and a booking has at most one visit a day. */
function jobsPerDate(agenda: EngineerAgenda, calendar: BusinessCalendar): Map<string, number> {
  const counts = new Map<string, number>();
  for (const booking of agenda.bookings) {
    const date = calendar.dateOf(booking.start);
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return counts;
}

/**
 * Checks one slot against every rule, in a fixed order: the slot's own timing first, then
 * the engineer's commitments, so an overlap is reported as such rather than as a buffer
 * breach. Returns null when the engineer can take the job. `findSlots` applies the same
 * rules in bulk and must offer exactly the slots this accepts (find-slots.spec.ts).
 */
export function checkSlot(agenda: EngineerAgenda, rules: SchedulingRules, slot: Interval, now: Date, site: GeoPoint | null = null): SlotViolation | null {
  return checkVisits(agenda, rules, [slot], now, site);
}

/**
 * As `checkSlot`, for a booking's visits (earliest first): the grid and the lead time apply to
 * the first visit's start; every visit must lie inside one working span of its day and clear
 * the engineer's commitments (time off, other bookings' visits with the travel time to the
 * job at `site`, travel from home, the job limit of its own day). `findRuns` must offer exactly
 * the runs this accepts.
 */
export function checkVisits(
  agenda: EngineerAgenda,
  rules: SchedulingRules,
  visits: readonly Interval[],
  now: Date,
  site: GeoPoint | null = null,
): SlotViolation | null {
  const calendar = new BusinessCalendar(rules.timezone);
  const first = visits[0]!;
  if (!calendar.isOnSlotGrid(first.start, rules.slotMinutes)) return { rule: 'SLOT_GRID', slotMinutes: rules.slotMinutes };
  const tooSoon = leadTimeViolation(rules, first, now);
  if (tooSoon) return tooSoon;
  const dayStarts: Date[] = [];
  for (const visit of visits) {
    const spans = calendar.workingSpansOn(calendar.dayOf(visit.start), agenda.workingHours);
    if (!spans.some((span) => contains(span, visit))) return { rule: 'WORKING_HOURS' };
    dayStarts.push(spans[0]!.start);
  }
  const jobs = jobsPerDate(agenda, calendar);
  for (const [index, visit] of visits.entries()) {
    const date = calendar.dateOf(visit.start);
    const violation = commitmentViolation(agenda, rules, visit, { date, jobsOnDate: jobs.get(date) ?? 0, dayStart: dayStarts[index]!, site });
    if (violation) return violation;
  }
  return null;
}

export type BookingPlan = { visits: Interval[] } | { violation: SlotViolation };

/**
 * The visits a booking of `durationMinutes` from `start` would take with these hours: one
 * visit as long as the work when it fits some span of the week, else the run `planVisits`
 * splits it into. Rules that need no agenda and stop a run from being planned at all (grid,
 * lead time, a start outside working hours, too many visits) are answered here; `checkVisits`
 * then checks the visits against the agenda.
 */
export function planBooking(hours: WorkingHours, rules: SchedulingRules, start: Date, durationMinutes: number, now: Date): BookingPlan {
  if (!needsSeveralVisits(durationMinutes, hours)) return { visits: [{ start, end: addMinutes(start, durationMinutes) }] };
  const calendar = new BusinessCalendar(rules.timezone);
  if (!calendar.isOnSlotGrid(start, rules.slotMinutes)) return { violation: { rule: 'SLOT_GRID', slotMinutes: rules.slotMinutes } };
  const tooSoon = leadTimeViolation(rules, { start, end: start }, now);
  if (tooSoon) return { violation: tooSoon };
  const plan = planVisits(calendar, hours, rules.slotMinutes, start, durationMinutes);
  if ('problem' in plan) return { violation: plan.problem === 'VISIT_LIMIT' ? { rule: 'VISIT_LIMIT', maxVisits: MAX_VISITS } : { rule: 'WORKING_HOURS' } };
  return { visits: plan.visits.map((visit) => ({ start: new Date(visit.start), end: new Date(visit.end) })) };
}
