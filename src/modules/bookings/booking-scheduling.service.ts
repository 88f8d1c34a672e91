import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, EVERYTHING, OwnershipScope, UnitOfWork, isExclusionViolation, isUniqueViolation } from '@app/common';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import { OrdersService } from '../orders/orders.service';
import { ServicesService } from '../services/services.service';
import { HoldExpiredError, HoldMismatchError, HoldNotFoundError } from './booking-holds.errors';
import { BookingHoldsRepository } from './booking-holds.repository';
import { BookingIdempotencyKeysRepository } from './booking-idempotency-keys.repository';
import { stateOf } from './booking-audit';
import { BookingHistory } from './booking-history';
import { BookingDetail } from './booking.model';
import { BookingChangedError, BookingConflictError, BookingNotFoundError, BookingNotScheduledError, OrderAlreadyBookedError } from './bookings.errors';
import { BookingsRepository } from './bookings.repository';
import { BookingsService } from './bookings.service';
import { BookingEntity } from './entities/booking.entity';
import { BookingHoldEntity } from './entities/booking-hold.entity';
import { HoldAlternatives } from './hold-alternatives';
import { SchedulingInputs } from './scheduling-inputs';
import { CheckedSlot, SlotChecks } from './slot-checks';

/** A booking of an engineer and start chosen now, or of the ones a hold keeps (`holdId`). */
export interface NewBookingRequest {
  orderId: string;
  engineerId?: string;
  start?: Date;
  /** A live hold of the order: its engineer and start are booked, and it is consumed. */
  holdId?: string;
  notes?: string | null;
}

export interface RescheduleRequest {
  start?: Date;
  engineerId?: string;
}

/** Recorded in the booking's transaction when the request carried an `Idempotency-Key`. */
export interface IdempotencyRecord {
  key: string;
  requestHash: string;
  /** The web shop's key that sent it; null for staff. */
  apiKeyId: string | null;
  createdAt: Date;
  /** Set when an expired key of this name was found: it gives way if still stored before then. */
  replacesExpiredBefore?: Date;
}

export interface BookingOptions {
  /** Whose orders the caller reaches: an API key books only the orders it placed. */
  scope?: OwnershipScope;
  idempotency?: IdempotencyRecord;
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
    private readonly holdsRepository: BookingHoldsRepository,
    private readonly keysRepository: BookingIdempotencyKeysRepository,
    private readonly bookingsService: BookingsService,
    private readonly inputs: SchedulingInputs,
    private readonly checks: SlotChecks,
    private readonly alternatives: HoldAlternatives,
    private readonly servicesService: ServicesService,
    private readonly ordersService: OrdersService,
    private readonly orderLifecycle: OrderLifecycleService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /**
   * Books the order's open installation work. With `holdId`, the hold's engineer and start are
   * booked (the lead time counts from the hold's creation: the slot was promised then) and the
   * hold is consumed; any booking of the order ends its hold.
   */
  async create(request: NewBookingRequest, actor: string, options: BookingOptions = {}): Promise<BookingDetail> {
    await this.ordersService.assertReachable(request.orderId, options.scope ?? EVERYTHING);
    const hold = request.holdId === undefined ? null : await this.liveHoldFor(request);
    const engineerId = hold?.engineerId ?? request.engineerId!;
    await this.orderLifecycle.assertOpen(request.orderId);
    const job = await this.inputs.bookableJob(request.orderId);
    const checked = await this.checks.prepare(job, engineerId, hold?.startAt ?? request.start!, hold?.createdAt);
    const id = await this.translatingConstraintViolations(checked, () =>
      this.unitOfWork.run(async (manager) => {
        await this.bookingsRepository.lockEngineerAgendas([engineerId], manager);
        // Under the agenda lock, a deactivation (which takes it too) has either committed or waits.
        await this.inputs.assertStillActive(engineerId, manager);
        // Serialises with the order's cancellation: a cancelled order takes no booking (409 ORDER_CANCELLED).
        await this.orderLifecycle.lockOpen(request.orderId, manager);
        const existing = await this.bookingsRepository.lockScheduledByOrder(request.orderId, manager);
        if (existing) throw new OrderAlreadyBookedError(request.orderId, referenceOf(existing));
        // Holds of an order change only under its lock: the one checked before is still there, or was replaced.
        if (hold && !(await this.holdsRepository.findById(hold.id, manager))) throw new HoldNotFoundError(hold.id);
        await this.checks.assertFree(checked, manager);

        const booking = await this.bookingsRepository.insert(
          {
            orderId: request.orderId,
            engineerId,
            startAt: checked.slot.start,
            endAt: checked.slot.end,
            status: 'scheduled',
            cancellationReason: null,
            notes: request.notes ?? null,
          },
          manager,
        );
        await this.bookingsRepository.replaceVisits(booking, checked.visits, checked.job.location, manager);
        await this.holdsRepository.deleteForOrder(request.orderId, manager);
        const services = await this.servicesService.scheduleForOrder(request.orderId, engineerId, manager, actor);
        await this.bookingsRepository.addServices(booking.id, services.map((service) => service.id), manager);
        await this.history.record('created', null, booking, { actor, at: this.clock.now() }, manager);
        const { idempotency } = options;
        if (idempotency) {
          const { replacesExpiredBefore, ...record } = idempotency;
          await this.keysRepository.insert({ ...record, bookingId: booking.id }, replacesExpiredBefore, manager);
        }
        return booking.id;
      }),
    );
    return this.bookingsService.get(id, EVERYTHING);
  }

  /**
   * The request's hold, live: 404 when unknown, 409 when it is another order's or the engineer
   * or start sent differ from its own, 409 `HOLD_EXPIRED` with the slots nearest its start.
   */
  private async liveHoldFor(request: NewBookingRequest): Promise<BookingHoldEntity> {
    const hold = await this.holdsRepository.findById(request.holdId!);
    if (!hold) throw new HoldNotFoundError(request.holdId!);
    if (hold.orderId !== request.orderId) throw new HoldMismatchError(hold.id, 'orderId');
    if (request.engineerId !== undefined && request.engineerId !== hold.engineerId) throw new HoldMismatchError(hold.id, 'engineerId');
    if (request.start !== undefined && request.start.getTime() !== hold.startAt.getTime()) throw new HoldMismatchError(hold.id, 'start');
    const now = this.clock.now();
    if (hold.expiresAt <= now) {
      throw new HoldExpiredError(hold.id, hold.expiresAt, await this.alternatives.around(hold.orderId, { start: hold.startAt, engineerId: hold.engineerId }, now));
    }
    return hold;
  }

  /** Moves a scheduled booking (all its visits) to another start and/or engineer; its length follows the current estimate. */
  async reschedule(id: string, changes: RescheduleRequest, actor: string): Promise<BookingDetail> {
    const current = await this.bookingsRepository.findById(id);
    if (!current) throw new BookingNotFoundError(id);
    if (current.status !== 'scheduled') throw new BookingNotScheduledError(id, current.status);
    const job = await this.inputs.bookableJob(current.orderId, true);
    const engineerId = changes.engineerId ?? current.engineerId;
    const checked = await this.checks.prepare(job, engineerId, changes.start ?? current.startAt);

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
        await this.checks.assertFree(checked, manager, booking.id);

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
