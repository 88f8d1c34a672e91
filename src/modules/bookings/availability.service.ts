import { Injectable } from '@nestjs/common';
import { WorkingHours } from '@app/common';
import type { SchedulableEngineer } from '../engineers/engineer.model';
import { BusinessCalendar, longestSpanMinutes } from './availability/business-calendar';
import { findRuns, findSlots } from './availability/find-slots';
import { EpochInterval, Interval, MINUTE_MS, addMinutes, durationMinutes } from './availability/interval';
import { SlotGrid } from './availability/slot-grid';
import { EngineerSlot, rankSuggestions } from './availability/suggestions';
import { MAX_VISITS, fitsSomeRun, needsSeveralVisits, runHorizonDays } from './availability/visit-plan';
import { WorkLongerThanWorkingSpanError } from './bookings.errors';
import { InstallationJob, SchedulingInputs } from './scheduling-inputs';

/** The longest window one availability search covers, and how far ahead suggestions look. */
export const MAX_SEARCH_DAYS = 31;

export interface OfferedSlot extends EngineerSlot {
  engineerName: string;
  /** The run of visits of work that needs several; absent for one visit, which is [start, end). */
  visits?: readonly EpochInterval[];
}

export interface Availability {
  durationMinutes: number;
  slots: OfferedSlot[];
}

function byNameThenId(a: SchedulableEngineer, b: SchedulableEngineer): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** Answers "who could do this order's installation, and when", without writing anything. */
@Injectable()
export class AvailabilityService {
  constructor(private readonly inputs: SchedulingInputs) {}

  /** Every slot in the window, by start, then engineer name, then engineer id. */
  async availability(orderId: string, window: Interval, engineerId?: string): Promise<Availability> {
    const { job, slots } = await this.search(orderId, window, engineerId);
    // The search lists engineers by name, then id, each one's slots earliest first, and the
    // sort is stable: ordering by start alone keeps that order among equal starts.
    slots.sort((a, b) => a.start - b.start);
    return { durationMinutes: job.durationMinutes, slots };
  }

  /** The best `limit` slots from now on: earliest first, then the engineer with fewer booked minutes that day. */
  async suggestions(orderId: string, limit: number, now = new Date()): Promise<Availability> {
    const window = { start: now, end: addMinutes(now, MAX_SEARCH_DAYS * 24 * 60) };
    const { job, slots, agendas, grid } = await this.search(orderId, window, undefined, now);
    const bookedMinutesPerDay = new Map([...agendas].map(([id, agenda]) => [id, grid.totalsPerDay(agenda.bookings, durationMinutes)]));
    const bookedMinutes = (slot: OfferedSlot) => bookedMinutesPerDay.get(slot.engineerId)![grid.dayIndexOf(slot.start)]!;
    return { durationMinutes: job.durationMinutes, slots: rankSuggestions(slots, bookedMinutes, limit) };
  }

  private async search(orderId: string, window: Interval, engineerId?: string, now = new Date()) {
    const [job, settings] = await Promise.all([this.inputs.bookableJob(orderId), this.inputs.settings()]);
    const engineers = (await this.inputs.eligibleEngineers(job))
      .filter((engineer) => !engineerId || engineer.id === engineerId)
      .sort(byNameThenId);
    const hoursOf = (engineer: SchedulableEngineer) => engineer.workingHours ?? settings.defaultWorkingHours;
    assertWorkFitsSomeSpan(job, engineers.map(hoursOf));

    // Work longer than an engineer's every span is offered as runs of visits, which reach past
    // the window: their agendas and calendar are read as far as the longest run could go.
    const { slotMinutes } = settings.rules;
    const horizonDays = Math.max(
      0,
      ...engineers.map((engineer) => (needsSeveralVisits(job.durationMinutes, hoursOf(engineer)) ? runHorizonDays(job.durationMinutes, hoursOf(engineer), slotMinutes) : 0)),
    );
    const agendaWindow = horizonDays > 0 ? { start: window.start, end: addMinutes(window.end, (horizonDays + 1) * 24 * 60) } : window;
    const agendas = await this.inputs.searchAgendas(engineers, settings.defaultWorkingHours, agendaWindow, orderId);
    const calendar = new BusinessCalendar(settings.rules.timezone);
    const grid = new SlotGrid(calendar, window, slotMinutes);
    const runGrid = horizonDays > 0 ? new SlotGrid(calendar, agendaWindow, slotMinutes) : grid;
    const search = { window, durationMinutes: job.durationMinutes, now };

    const durationMs = job.durationMinutes * MINUTE_MS;
    const slots: OfferedSlot[] = [];
    for (const engineer of engineers) {
      const agenda = agendas.get(engineer.id)!;
      if (needsSeveralVisits(job.durationMinutes, agenda.workingHours)) {
        for (const visits of findRuns(agenda, settings.rules, search, runGrid)) {
          slots.push({ engineerId: engineer.id, engineerName: engineer.name, start: visits[0]!.start, end: visits[visits.length - 1]!.end, visits });
        }
        continue;
      }
      const starts = findSlots(agenda, settings.rules, search, grid);
      // Indexed: iterating the numbers with for...of allocated for every slot.
      for (let index = 0; index < starts.length; index += 1) {
        slots.push({ engineerId: engineer.id, engineerName: engineer.name, start: starts[index]!, end: starts[index]! + durationMs });
      }
    }
    return { job, slots, agendas, grid: runGrid };
  }
}

/**
 * Work that no engineer could fit into `MAX_VISITS` visits of their longest span can never be
 * booked: say so rather than offer nothing. Anything shorter is offered in one visit or as a run.
 */
export function assertWorkFitsSomeSpan(job: InstallationJob, hours: WorkingHours[]): void {
  if (hours.length === 0) return;
  // Most engineers share the default hours, the very same object.
  const distinct = [...new Set(hours)];
  if (distinct.some((candidate) => fitsSomeRun(job.durationMinutes, candidate))) return;
  throw new WorkLongerThanWorkingSpanError(job.durationMinutes, Math.max(...distinct.map(longestSpanMinutes)), MAX_VISITS);
}
