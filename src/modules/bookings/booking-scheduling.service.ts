import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, EVERYTHING, UnitOfWork, isExclusionViolation, isUniqueViolation } from '@app/common';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import { ServicesService } from '../services/services.service';
import { Interval } from './availability/interval';
import { SlotViolation, checkVisits, planBooking } from './availability/slot-rules';
import { assertWorkFitsSomeSpan } from './availability.service';
import { stateOf } from './booking-audit';
import { BookingHistory } from './booking-history';
import { BookingDetail } from './booking.model';
import {
  BookingChangedError,
  BookingConflictError,
  BookingNotFoundError,
  BookingNotScheduledError,
  OrderAlreadyBookedError,
  slotViolationError,
} from './bookings.errors';
import { BookingsRepository } from './bookings.repository';
import { BookingsService } from './bookings.service';
import { BookingEntity } from './entities/booking.entity';
import { EngineerCommitments, InstallationJob, SchedulingInputs, SchedulingSettings } from './scheduling-inputs';

export interface NewBookingRequest {
  orderId: string;
  engineerId: string;
  start: Date;
  notes?: string | null;
}

export interface RescheduleRequest {
  start?: Date;
  engineerId?: string;
}

/** What a checked write needs, all read before its transaction starts. */
interface CheckedSlot {
  job: InstallationJob;
  settings: SchedulingSettings;
  commitments: EngineerCommitments;
  /** The booking's visits, earliest first: one, or the run the work is split into. */
  visits: Interval[];
  /** From the first visit's start to the last one's end: the booking's start and end. */
  slot: Interval;
}

function referenceOf(booking: BookingEntity | null) {
  return booking && { id: booking.id, start: booking.startAt, end: booking.endAt };
}

/**
 * Writes that put an engineer's time on a booking: create and reschedule. Each re-checks
 * every availability rule inside its transaction, after locking the engineers' agendas, so
 * what was checked is what gets written; the database constraints back this up.
 */
@Injectable()
export class BookingSchedulingService {
  constructor(
    private readonly bookingsRepository: BookingsRepository,
    private readonly history: BookingHistory,
    private readonly bookingsService: BookingsService,
    private readonly inputs: SchedulingInputs,
    private readonly servicesService: ServicesService,
    private readonly orderLifecycle: OrderLifecycleService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async create(request: NewBookingRequest, actor: string): Promise<BookingDetail> {
    await this.orderLifecycle.assertOpen(request.orderId);
    const job = await this.inputs.bookableJob(request.orderId);
    const checked = await this.prepare(job, request.engineerId, request.start);
    const id = await this.translatingConstraintViolations(checked, () =>
      this.unitOfWork.run(async (manager) => {
        await this.bookingsRepository.lockEngineerAgendas([request.engineerId], manager);
        // Under the agenda lock, a deactivation (which takes it too) has either committed or waits.
        await this.inputs.assertStillActive(request.engineerId, manager);
        // Serialises with the order's cancellation: a cancelled order takes no booking (409 ORDER_CANCELLED).
        await this.orderLifecycle.lockOpen(request.orderId, manager);
        const existing = await this.bookingsRepository.lockScheduledByOrder(request.orderId, manager);
        if (existing) throw new OrderAlreadyBookedError(request.orderId, referenceOf(existing));
        await this.assertSlotFree(checked, manager);

        const booking = await this.bookingsRepository.insert(
          {
            orderId: request.orderId,
            engineerId: request.engineerId,
            startAt: checked.slot.start,
            endAt: checked.slot.end,
            status: 'scheduled',
            cancellationReason: null,
            notes: request.notes ?? null,
          },
          manager,
        );
        await this.bookingsRepository.replaceVisits(booking, checked.visits, checked.job.location, manager);
        const services = await this.servicesService.scheduleForOrder(request.orderId, request.engineerId, manager, actor);
        await this.bookingsRepository.addServices(booking.id, services.map((service) => service.id), manager);
        await this.history.record('created', null, booking, { actor, at: this.clock.now() }, manager);
        return booking.id;
      }),
    );
    return this.bookingsService.get(id, EVERYTHING);
  }

  /** Moves a scheduled booking (all its visits) to another start and/or engineer; its length follows the current estimate. */
  async reschedule(id: string, changes: RescheduleRequest, actor: string): Promise<BookingDetail> {
    const current = await this.bookingsRepository.findById(id);
    if (!current) throw new BookingNotFoundError(id);
    if (current.status !== 'scheduled') throw new BookingNotScheduledError(id, current.status);
    const job = await this.inputs.bookableJob(current.orderId, true);
    const engineerId = changes.engineerId ?? current.engineerId;
    const checked = await this.prepare(job, engineerId, changes.start ?? current.startAt);

    await this.translatingConstraintViolations(checked, () =>
      this.unitOfWork.run(async (manager) => {
        await this.bookingsRepository.lockEngineerAgendas([current.engineerId, engineerId], manager);
        await this.inputs.assertStillActive(engineerId, manager);
        await this.orderLifecycle.lockForWork(current.orderId, manager);
        const booking = await this.bookingsRepository.lockById(id, manager);
        if (!booking) throw new BookingNotFoundError(id);
        if (booking.status !== 'scheduled') throw new BookingNotScheduledError(id, booking.status);
        // The unchanged fields were read before the lock; another reschedule in between would be undone.
        if (booking.engineerId !== current.engineerId || booking.startAt.getTime() !== current.startAt.getTime()) {
          throw new BookingChangedError(id);
        }
        await this.assertSlotFree(checked, manager, booking.id);

        const before = stateOf(booking);
        Object.assign(booking, { engineerId, startAt: checked.slot.start, endAt: checked.slot.end });
        await this.bookingsRepository.save(booking, manager);
        // The whole run moves: its visits are worked out again from the new start.
        await this.bookingsRepository.replaceVisits(booking, checked.visits, checked.job.location, manager);
        if (before.engineerId !== engineerId) {
          await this.servicesService.reassignForOrder(booking.orderId, engineerId, manager, actor);
        }
        await this.history.record('rescheduled', before, booking, { actor, at: this.clock.now() }, manager);
      }),
    );
    return this.bookingsService.get(id, EVERYTHING);
  }

  /** Engineer eligibility and everything read from other modules, before the transaction. */
  private async prepare(job: InstallationJob, engineerId: string, start: Date): Promise<CheckedSlot> {
    const engineer = await this.inputs.requireEligibleEngineer(job, engineerId);
    const settings = await this.inputs.settings();
    const hours = engineer.workingHours ?? settings.defaultWorkingHours;
    assertWorkFitsSomeSpan(job, [hours]);
    const plan = planBooking(hours, settings.rules, start, job.durationMinutes, new Date());
    if ('violation' in plan) throw slotViolationError(engineer.id, plan.violation);
    const slot = { start: plan.visits[0]!.start, end: plan.visits[plan.visits.length - 1]!.end };
    const [commitments] = await this.inputs.commitments([engineer], slot);
    return { job, settings, commitments: commitments!, visits: plan.visits, slot };
  }

  private async assertSlotFree(checked: CheckedSlot, manager: EntityManager, movingBookingId?: string): Promise<void> {
    const { engineer } = checked.commitments;
    const agendas = await this.inputs.agendas([checked.commitments], checked.settings.defaultWorkingHours, checked.slot, {
      manager,
      ignoreBookingId: movingBookingId,
    });
    const violation = checkVisits(agendas.get(engineer.id)!, checked.settings.rules, checked.visits, new Date(), checked.job.location);
    if (violation) throw slotViolationError(engineer.id, await this.withBookingPeriod(violation, manager));
  }

  /** A violation names another booking by one of its visits: name it by its start and end, as bookings read. */
  private async withBookingPeriod(violation: SlotViolation, manager: EntityManager): Promise<SlotViolation> {
    if (violation.rule !== 'BOOKING_OVERLAP' && violation.rule !== 'TRAVEL_BUFFER') return violation;
    const booking = await this.bookingsRepository.findById(violation.booking.bookingId, manager);
    return booking ? { ...violation, booking: { bookingId: booking.id, start: booking.startAt, end: booking.endAt } } : violation;
  }

  /**
   * The database refused the row although the checks passed: only a writer that bypassed
   * the agenda lock can cause that. The transaction has rolled back, so the booking it
   * collided with is looked up afresh to name it in the 409.
   */
  private async translatingConstraintViolations<T>(checked: CheckedSlot, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const engineerId = checked.commitments.engineer.id;
      if (isExclusionViolation(error)) {
        throw new BookingConflictError(engineerId, referenceOf(await this.bookingsRepository.findScheduledOverlapping(engineerId, checked.visits)));
      }
      if (isUniqueViolation(error)) {
        const orderId = checked.job.orderId;
        throw new OrderAlreadyBookedError(orderId, referenceOf(await this.bookingsRepository.findScheduledByOrder(orderId)));
      }
      throw error;
    }
  }
}
