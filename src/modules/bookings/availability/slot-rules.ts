import { WorkingHours } from '@app/common';
import { BusinessCalendar } from './business-calendar';
import { Interval, addMinutes, contains, gapMinutes, overlaps } from './interval';
import { MAX_VISITS, needsSeveralVisits, planVisits } from './visit-plan';

/** Business-wide scheduling settings. */
export interface SchedulingRules {
  timezone: string;
  /** Appointments start a whole number of these minutes after local midnight. */
  slotMinutes: number;
  /** Earliest appointment, in hours from now. */
  minLeadHours: number;
  /** Free time kept between two jobs of one engineer. */
  travelBufferMinutes: number;
}

export interface BookedInterval extends Interval {
  readonly bookingId: string;
}

/** What decides when one engineer is free. */
export interface EngineerAgenda {
  workingHours: WorkingHours;
  timeOff: readonly Interval[];
  /** The engineer's active bookings, except the one being moved when rescheduling. */
  bookings: readonly BookedInterval[];
  /** Null: no daily limit. */
  maxJobsPerDay: number | null;
}

/** The first rule a slot breaks, with what the caller needs to explain it. */
export type SlotViolation =
  | { rule: 'SLOT_GRID'; slotMinutes: number }
  | { rule: 'LEAD_TIME'; earliestStart: Date }
  | { rule: 'WORKING_HOURS' }
  | { rule: 'TIME_OFF'; timeOff: Interval }
  | { rule: 'BOOKING_OVERLAP'; booking: BookedInterval }
  | { rule: 'TRAVEL_BUFFER'; booking: BookedInterval; travelBufferMinutes: number }
  | { rule: 'DAILY_CAPACITY'; date: string; maxJobsPerDay: number }
  | { rule: 'VISIT_LIMIT'; maxVisits: number };

function leadTimeViolation(rules: SchedulingRules, slot: Interval, now: Date): SlotViolation | null {
  const earliestStart = addMinutes(now, rules.minLeadHours * 60);
  return slot.start < earliestStart ? { rule: 'LEAD_TIME', earliestStart } : null;
}

/**
 * The rules about the engineer's other commitments, for a slot already known to be on the
 * grid and inside working hours. `jobsOnDate` counts the engineer's jobs on the slot's
 * local date.
 */
function commitmentViolation(
  agenda: EngineerAgenda,
  rules: SchedulingRules,
  slot: Interval,
  date: string,
  jobsOnDate: number,
): SlotViolation | null {
  const timeOff = agenda.timeOff.find((period) => overlaps(period, slot));
  if (timeOff) return { rule: 'TIME_OFF', timeOff };

  const overlapping = agenda.bookings.find((booking) => overlaps(booking, slot));
  if (overlapping) return { rule: 'BOOKING_OVERLAP', booking: overlapping };

  const tooClose = agenda.bookings.find((booking) => gapMinutes(booking, slot) < rules.travelBufferMinutes);
  if (tooClose) return { rule: 'TRAVEL_BUFFER', booking: tooClose, travelBufferMinutes: rules.travelBufferMinutes };

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
export function checkSlot(agenda: EngineerAgenda, rules: SchedulingRules, slot: Interval, now: Date): SlotViolation | null {
  return checkVisits(agenda, rules, [slot], now);
}

/**
 * As `checkSlot`, for a booking's visits (earliest first): the grid and the lead time apply to
 * the first visit's start; every visit must lie inside one working span of its day and clear
 * the engineer's commitments (time off, other bookings' visits with the travel buffer, the
 * job limit of its own day). `findRuns` must offer exactly the runs this accepts.
 */
export function checkVisits(agenda: EngineerAgenda, rules: SchedulingRules, visits: readonly Interval[], now: Date): SlotViolation | null {
  const calendar = new BusinessCalendar(rules.timezone);
  const first = visits[0]!;
  if (!calendar.isOnSlotGrid(first.start, rules.slotMinutes)) return { rule: 'SLOT_GRID', slotMinutes: rules.slotMinutes };
  const tooSoon = leadTimeViolation(rules, first, now);
  if (tooSoon) return tooSoon;
  for (const visit of visits) {
    const spans = calendar.workingSpansOn(calendar.dayOf(visit.start), agenda.workingHours);
    if (!spans.some((span) => contains(span, visit))) return { rule: 'WORKING_HOURS' };
  }
  const jobs = jobsPerDate(agenda, calendar);
  for (const visit of visits) {
    const date = calendar.dateOf(visit.start);
    const violation = commitmentViolation(agenda, rules, visit, date, jobs.get(date) ?? 0);
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
