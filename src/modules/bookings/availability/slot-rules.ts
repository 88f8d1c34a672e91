import { WorkingHours } from '@app/common';
import { BusinessCalendar } from './business-calendar';
import { Interval, addMinutes, contains, gapMinutes, overlaps } from './interval';

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
  | { rule: 'DAILY_CAPACITY'; date: string; maxJobsPerDay: number };

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

/** How many of the engineer's jobs start on each local date. */
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
  const calendar = new BusinessCalendar(rules.timezone);
  if (!calendar.isOnSlotGrid(slot.start, rules.slotMinutes)) return { rule: 'SLOT_GRID', slotMinutes: rules.slotMinutes };

  const tooSoon = leadTimeViolation(rules, slot, now);
  if (tooSoon) return tooSoon;

  const spans = calendar.workingSpansOn(calendar.dayOf(slot.start), agenda.workingHours);
  if (!spans.some((span) => contains(span, slot))) return { rule: 'WORKING_HOURS' };

  const date = calendar.dateOf(slot.start);
  return commitmentViolation(agenda, rules, slot, date, jobsPerDate(agenda, calendar).get(date) ?? 0);
}
