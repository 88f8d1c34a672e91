import { Injectable } from '@nestjs/common';
import { WorkingHours } from '@app/common';
import { BusinessCalendar, longestSpanMinutes } from './availability/business-calendar';
import { findSlots } from './availability/find-slots';
import { Interval, addMinutes } from './availability/interval';
import { EngineerSlot, bookedMinutesOn, rankSuggestions } from './availability/suggestions';
import { WorkLongerThanWorkingSpanError } from './bookings.errors';
import { BookingsRepository } from './bookings.repository';
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

/** Answers "who could do this order's installation, and when", without writing anything. */
@Injectable()
export class AvailabilityService {
  constructor(
    private readonly inputs: SchedulingInputs,
    private readonly bookingsRepository: BookingsRepository,
  ) {}

  /** Every slot in the window, by start, then engineer name. */
  async availability(orderId: string, window: Interval, engineerId?: string): Promise<Availability> {
    const { job, slots } = await this.search(orderId, window, engineerId);
    const sorted = [...slots].sort(
      (a, b) => a.start.getTime() - b.start.getTime() || a.engineerName.localeCompare(b.engineerName) || a.engineerId.localeCompare(b.engineerId),
    );
    return { durationMinutes: job.durationMinutes, slots: sorted };
  }

  /** The best `limit` slots from now on: earliest first, then the engineer with fewer booked minutes that day. */
  async suggestions(orderId: string, limit: number, now = new Date()): Promise<Availability> {
    const window = { start: now, end: addMinutes(now, MAX_SEARCH_DAYS * 24 * 60) };
    const { job, slots, bookedMinutes } = await this.search(orderId, window, undefined, now);
    return { durationMinutes: job.durationMinutes, slots: rankSuggestions(slots, bookedMinutes, limit) };
  }

  private async search(orderId: string, window: Interval, engineerId?: string, now = new Date()) {
    const job = await this.inputs.bookableJob(orderId);
    const settings = await this.inputs.settings();
    const engineers = (await this.inputs.eligibleEngineers(job)).filter((engineer) => !engineerId || engineer.id === engineerId);
    assertWorkFitsSomeSpan(job, engineers.map((engineer) => engineer.workingHours ?? settings.defaultWorkingHours));

    // When the order is booked already, its own booking must not stand in the way of moving it.
    const ownBooking = await this.bookingsRepository.findScheduledByOrder(orderId);
    const commitments = await this.inputs.commitments(engineers, window);
    const agendas = await this.inputs.agendas(commitments, settings.defaultWorkingHours, window, { ignoreBookingId: ownBooking?.id });
    const calendar = new BusinessCalendar(settings.rules.timezone);

    const slots = engineers.flatMap((engineer) =>
      findSlots(agendas.get(engineer.id)!, settings.rules, { window, durationMinutes: job.durationMinutes, now }).map(
        (slot): OfferedSlot => ({ engineerId: engineer.id, engineerName: engineer.name, ...slot }),
      ),
    );
    const bookedMinutes = (slot: OfferedSlot) =>
      bookedMinutesOn(agendas.get(slot.engineerId)!.bookings, calendar, calendar.dateOf(slot.start));
    return { job, slots, bookedMinutes };
  }
}

/** Work no engineer could fit into one working span can never be booked: say so rather than offer nothing. */
export function assertWorkFitsSomeSpan(job: InstallationJob, hours: WorkingHours[]): void {
  if (hours.length === 0) return;
  const longest = Math.max(...hours.map(longestSpanMinutes));
  if (job.durationMinutes > longest) throw new WorkLongerThanWorkingSpanError(job.durationMinutes, longest);
}
