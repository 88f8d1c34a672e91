import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EVERYTHING, OwnershipScope, UnitOfWork, canSeeJob } from '@app/common';
import { OutboxDispatcher } from '../../outbox/outbox.dispatcher';
import { ServicesService } from '../services/services.service';
import { auditEntry, stateOf } from './booking-audit';
import { BookingStatus, assertBookingTransition } from './booking-status';
import { BookingDetail } from './booking.model';
import { BookingNotFoundError } from './bookings.errors';
import { BookingsRepository } from './bookings.repository';
import { BookingsService } from './bookings.service';
import { BookingEntity } from './entities/booking.entity';
import { SchedulingInputs } from './scheduling-inputs';

interface Outcome {
  /** Also the audit action: each outcome is named after the status it leads to. */
  status: Exclude<BookingStatus, 'scheduled'>;
  reason?: string;
  /** What the booking's services do, in the same transaction. */
  services?: (orderId: string, manager: EntityManager) => Promise<unknown>;
}

/** How a scheduled booking ends: cancelled, completed or a no-show. Each change is audited. */
@Injectable()
export class BookingLifecycleService {
  constructor(
    private readonly bookingsRepository: BookingsRepository,
    private readonly bookingsService: BookingsService,
    private readonly inputs: SchedulingInputs,
    private readonly servicesService: ServicesService,
    private readonly unitOfWork: UnitOfWork,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  /** The installation goes back to pending, without an engineer, ready to be booked again. */
  async cancel(id: string, reason: string, actor: string): Promise<BookingDetail> {
    await this.assertWorkNotStarted(id);
    // Staff only, so every booking is in reach.
    return this.conclude(id, EVERYTHING, actor, {
      status: 'cancelled',
      reason,
      services: (orderId, manager) => this.servicesService.unscheduleForOrder(orderId, manager, actor),
    });
  }

  /** The work is done: the services complete, and the order is fulfilled through their event. Engineers complete their own only. */
  async complete(id: string, actor: string, scope: OwnershipScope): Promise<BookingDetail> {
    const booking = await this.conclude(id, scope, actor, {
      status: 'completed',
      services: (orderId, manager) => this.servicesService.completeForOrder(orderId, manager, actor),
    });
    // Deliver OrderServicesCompleted now, so a client reading the order next sees it fulfilled.
    await this.dispatcher.dispatchDue();
    return booking;
  }

  /** Nobody was there: the visit is recorded and the installation waits for a new booking. */
  async markNoShow(id: string, actor: string): Promise<BookingDetail> {
    await this.assertWorkNotStarted(id);
    // Staff only, so every booking is in reach.
    return this.conclude(id, EVERYTHING, actor, {
      status: 'no_show',
      services: (orderId, manager) => this.servicesService.unscheduleForOrder(orderId, manager, actor),
    });
  }

  /**
   * The order was cancelled: its active booking is cancelled too. The Services module
   * cancels the services on the same event, so they are left alone here. A redelivered
   * event finds no active booking and changes nothing.
   */
  async cancelForOrder(orderId: string, reason: string, actor: string): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      const booking = await this.bookingsRepository.lockScheduledByOrder(orderId, manager);
      if (booking) await this.apply(booking, manager, actor, { status: 'cancelled', reason: `order cancelled: ${reason}` });
    });
  }

  private async conclude(id: string, scope: OwnershipScope, actor: string, outcome: Outcome): Promise<BookingDetail> {
    await this.unitOfWork.run(async (manager) => {
      const booking = await this.bookingsRepository.lockById(id, manager);
      if (!booking || !canSeeJob(scope, booking.engineerId)) throw new BookingNotFoundError(id);
      await this.apply(booking, manager, actor, outcome);
    });
    return this.bookingsService.get(id, scope);
  }

  private async apply(booking: BookingEntity, manager: EntityManager, actor: string, outcome: Outcome): Promise<void> {
    assertBookingTransition(booking.id, booking.status, outcome.status);
    const before = stateOf(booking);
    booking.status = outcome.status;
    if (outcome.status === 'cancelled') booking.cancellationReason = outcome.reason ?? null;
    await this.bookingsRepository.save(booking, manager);
    await outcome.services?.(booking.orderId, manager);
    await this.bookingsRepository.addAudit(auditEntry(outcome.status, before, booking, { actor, reason: outcome.reason }), manager);
  }

  private async assertWorkNotStarted(id: string): Promise<void> {
    const booking = await this.bookingsRepository.findById(id);
    if (!booking) throw new BookingNotFoundError(id);
    if (booking.status === 'scheduled') await this.inputs.assertWorkNotStarted(booking.orderId);
  }
}
