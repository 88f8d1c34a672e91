import { EngineerAgenda } from './slot-rules';

/** Why an eligible engineer has no slot in a window: the first rule that, added to those before it, leaves none. */
export type AgendaExclusion = 'WORK_TOO_LONG' | 'TIME_OFF' | 'FULLY_BOOKED' | 'DAILY_CAPACITY';

/**
 * The rules are added one at a time, in this order, to a free agenda: the first after which
 * `offersSomething` finds no slot is the reason. `WORK_TOO_LONG`: even with nothing booked the
 * work (with the travel from the home base, when that counts) fits none of the engineer's
 * working spans in the window; `TIME_OFF`: their time off leaves no room; `FULLY_BOOKED`: their
 * bookings, with the travel to and from them, leave none; else the daily job limit does
 * (`DAILY_CAPACITY`). Only for an engineer with no slot under every rule.
 */
export function agendaExclusion(agenda: EngineerAgenda, offersSomething: (agenda: EngineerAgenda) => boolean): AgendaExclusion {
  const free: EngineerAgenda = { ...agenda, timeOff: [], bookings: [], maxJobsPerDay: null };
  if (!offersSomething(free)) return 'WORK_TOO_LONG';
  if (!offersSomething({ ...free, timeOff: agenda.timeOff })) return 'TIME_OFF';
  if (!offersSomething({ ...agenda, maxJobsPerDay: null })) return 'FULLY_BOOKED';
  return 'DAILY_CAPACITY';
}
