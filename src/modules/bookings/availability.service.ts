import { Injectable } from '@nestjs/common';
import { WorkingHours } from '@app/common';
import type { SchedulableEngineer } from '../engineers/engineer.model';
import { BusinessCalendar, longestSpanMinutes } from './availability/business-calendar';
import { findSlots } from './availability/find-slots';
import { Interval, MINUTE_MS, addMinutes, durationMinutes } from './availability/interval';
import { SlotGrid } from './availability/slot-grid';
import { EngineerSlot, rankSuggestions } from './availability/suggestions';
import { WorkLongerThanWorkingSpanError } from './bookings.errors';
import { InstallationJob, SchedulingInputs } from './scheduling-inputs';

/** The longest window one availability search covers, and how far ahead suggestions look. */
export const MAX_SEARCH_DAYS = 31;

export interface OfferedSlot extends EngineerSlot {
  engineerName: string;
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
    assertWorkFitsSomeSpan(job, engineers.map((engineer) => engineer.workingHours ?? settings.defaultWorkingHours));

    const agendas = await this.inputs.searchAgendas(engineers, settings.defaultWorkingHours, window, orderId);
    const grid = new SlotGrid(new BusinessCalendar(settings.rules.timezone), window, settings.rules.slotMinutes);
    const search = { window, durationMinutes: job.durationMinutes, now };

    const durationMs = job.durationMinutes * MINUTE_MS;
    const slots: OfferedSlot[] = [];
    for (const engineer of engineers) {
      const starts = findSlots(agendas.get(engineer.id)!, settings.rules, search, grid);
      // Indexed: iterating the numbers with for...of allocated for every slot.
      for (let index = 0; index < starts.length; index += 1) {
        slots.push({ engineerId: engineer.id, engineerName: engineer.name, start: starts[index]!, end: starts[index]! + durationMs });
      }
    }
    return { job, slots, agendas, grid };
  }
}

/** Work no engineer could fit into one working span can never be booked: say so rather than offer nothing. */
export function assertWorkFitsSomeSpan(job: InstallationJob, hours: WorkingHours[]): void {
  if (hours.length === 0) return;
  // Most engineers share the default hours, the very same object.
  const longest = Math.max(...[...new Set(hours)].map(longestSpanMinutes));
  if (job.durationMinutes > longest) throw new WorkLongerThanWorkingSpanError(job.durationMinutes, longest);
}
