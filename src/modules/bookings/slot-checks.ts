import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Interval } from './availability/interval';
import { SlotViolation, checkVisits, planBooking } from './availability/slot-rules';
import { assertWorkFitsSomeSpan } from './availability.service';
import { slotViolationError } from './bookings.errors';
import { BookingsRepository } from './bookings.repository';
import { EngineerCommitments, InstallationJob, SchedulingInputs, SchedulingSettings } from './scheduling-inputs';

/** What a checked write needs, all read before its transaction starts. */
export interface CheckedSlot {
  job: InstallationJob;
  settings: SchedulingSettings;
  commitments: EngineerCommitments;
  /** The booking's visits, earliest first: one, or the run the work is split into. */
  visits: Interval[];
  /** From the first visit's start to the last one's end: the booking's start and end. */
  slot: Interval;
  /** The lead time counts from here: a hold's creation, which keeps the start it held; absent, from the check. */
  leadTimeFrom?: Date;
}

/**
 * The checks every write of an engineer's time makes (a booking, a move, a hold): eligibility
 * and the run of visits before the transaction, then every agenda rule again inside it, after
 * the agenda lock, so that what was checked is what gets written.
 */
@Injectable()
export class SlotChecks {
  constructor(
    private readonly inputs: SchedulingInputs,
    private readonly bookingsRepository: BookingsRepository,
  ) {}

  /** Engineer eligibility and everything read from other modules, before the transaction. */
  async prepare(job: InstallationJob, engineerId: string, start: Date, leadTimeFrom?: Date): Promise<CheckedSlot> {
    const engineer = await this.inputs.requireEligibleEngineer(job, engineerId);
    const settings = await this.inputs.settings();
    const hours = engineer.workingHours ?? settings.defaultWorkingHours;
    assertWorkFitsSomeSpan(job, [hours]);
    const plan = planBooking(hours, settings.rules, start, job.durationMinutes, leadTimeFrom ?? new Date());
    if ('violation' in plan) throw slotViolationError(engineer.id, plan.violation);
    const slot = { start: plan.visits[0]!.start, end: plan.visits[plan.visits.length - 1]!.end };
    const [commitments] = await this.inputs.commitments([engineer], slot);
    return { job, settings, commitments: commitments!, visits: plan.visits, slot, leadTimeFrom };
  }

  /** Inside the write's transaction, after the agenda lock: the engineer's bookings, time off and other orders' live holds leave room. */
  async assertFree(checked: CheckedSlot, manager: EntityManager, movingBookingId?: string): Promise<void> {
    const { engineer } = checked.commitments;
    const agendas = await this.inputs.agendas([checked.commitments], checked.settings.defaultWorkingHours, checked.slot, checked.job.orderId, {
      manager,
      ignoreBookingId: movingBookingId,
    });
    const now = checked.leadTimeFrom ?? new Date();
    const violation = checkVisits(agendas.get(engineer.id)!, checked.settings.rules, checked.visits, now, checked.job.location);
    if (violation) throw slotViolationError(engineer.id, await this.withBookingPeriod(violation, manager));
  }

  /** A violation names another booking by one of its visits: name it by its start and end, as bookings read. A hold is named by nothing. */
  private async withBookingPeriod(violation: SlotViolation, manager: EntityManager): Promise<SlotViolation> {
    if (violation.rule !== 'BOOKING_OVERLAP' && violation.rule !== 'TRAVEL_BUFFER') return violation;
    if (violation.booking.heldUntil) return violation;
    const booking = await this.bookingsRepository.findById(violation.booking.bookingId, manager);
    return booking ? { ...violation, booking: { bookingId: booking.id, start: booking.startAt, end: booking.endAt } } : violation;
  }
}
