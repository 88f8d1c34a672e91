import { BusinessCalendar } from './business-calendar';
import { Interval, addMinutes } from './interval';
import { EngineerAgenda, SchedulingRules, commitmentViolation, jobsPerDate, leadTimeViolation } from './slot-rules';

export interface SlotSearch {
  /** Slots starting in [start, end) are offered. */
  window: Interval;
  durationMinutes: number;
  now: Date;
}

/**
 * Every slot, earliest first, in which the engineer could do `durationMinutes` of work.
 * Candidates are the grid times inside each working span at which the work ends within the
 * span, so they meet the grid and working-hours rules by construction; the remaining rules
 * are those `checkSlot` applies when a booking is written. The time-zone work is done once
 * per day rather than per candidate, which keeps a month for a team fast.
 */
export function findSlots(agenda: EngineerAgenda, rules: SchedulingRules, search: SlotSearch): Interval[] {
  const calendar = new BusinessCalendar(rules.timezone);
  const jobs = jobsPerDate(agenda, calendar);
  const slots: Interval[] = [];
  for (const day of calendar.daysOverlapping(search.window)) {
    const date = day.toISODate()!;
    for (const span of calendar.spansOfWeekday(day, agenda.workingHours)) {
      const spanEnd = calendar.spanOn(day, span).end;
      for (const start of calendar.gridTimesInSpan(day, span, rules.slotMinutes)) {
        const slot = { start, end: addMinutes(start, search.durationMinutes) };
        if (start < search.window.start || start >= search.window.end || slot.end > spanEnd) continue;
        if (leadTimeViolation(rules, slot, search.now)) continue;
        if (commitmentViolation(agenda, rules, slot, date, jobs.get(date) ?? 0)) continue;
        slots.push(slot);
      }
    }
  }
  return slots;
}
