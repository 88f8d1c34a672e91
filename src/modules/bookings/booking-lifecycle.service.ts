import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { Clock, EVERYTHING, OwnershipScope, UnitOfWork, canSeeJob } from '@app/common';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import type { RecordedVisitFailure } from '../services/service-participants';
import type { ServiceSummary } from '../services/services.service';
import { ServicesService } from '../services/services.service';
import { SettingsService } from '../settings/settings.service';
import { stateOf } from './booking-audit';
import { BookingHistory } from './booking-history';
import { BookingStatus, assertBookingTransition } from './booking-status';
import { BookingDetail } from './booking.model';
import { AppointmentNotStartedError, BookingNotFoundError, InstallationInProgressError, TooEarlyToStartError, WorkNotStartedError } from './bookings.errors';
import { BookingsRepository } from './bookings.repository';
import { BookingsService } from './bookings.service';
import { BookingEntity } from './entities/booking.entity';

type Outcome = Exclude<BookingStatus, 'scheduled'>;

interface Conclusion {
  /** Also the audit action: each outcome is named after the status it leads to. */
  status: Outcome;
  reason?: string | null;
  /** Refuses the change when the booking is not ready for it (too early, not started…). */
  precondition?: (booking: BookingEntity) => void;
  /** What the booking's services do, in the same transaction. */
  services?: (booking: BookingEntity, manager: EntityManager) => Promise<unknown>;
}

/**
 * Owns the booking's status: a scheduled booking is started (its first service started),
 * then completed, or it is cancelled or a no-show. Every change locks the order first, then
 * the booking (the lock order of docs/architecture.md), and is audited. The booking follows
 * its services and its order in their transactions through the participants.
 */
@Injectable()
export class BookingLifecycleService {
  constructor(
    private readonly bookingsRepository: BookingsRepository,
    private readonly history: BookingHistory,
    private readonly bookingsService: BookingsService,
    private readonly servicesService: ServicesService,
    private readonly orderLifecycle: OrderLifecycleService,
    private readonly settingsService: SettingsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Before the work starts: the installation goes back to pending, without an engineer, ready to be booked again. */
  cancel(id: string, reason: string, actor: string): Promise<BookingDetail> {
    // Staff only, so every booking is in reach.
    return this.conclude(id, EVERYTHING, actor, {
      status: 'cancelled',
      reason,
      precondition: (booking) => this.assertNotStarted(booking),
      services: (booking, manager) => this.servicesService.unscheduleForOrder(booking.orderId, manager, actor),
    });
  }

  /** Once the work has started: the services complete, and with them the order. Engineers complete their own only. */
  complete(id: string, actor: string, scope: OwnershipScope): Promise<BookingDetail> {
    return this.conclude(id, scope, actor, {
      status: 'completed',
      precondition: (booking) => {
        if (!booking.startedAt) throw new WorkNotStartedError(booking.id);
      },
      services: async (booking, manager) => {
        const completed = await this.servicesService.completeForOrder(booking.orderId, manager, actor);
        for (const service of completed) await this.recordCompleted(booking, service.id, manager);
      },
    });
  }

  /** Nobody was there, once the appointment has begun: the visit is recorded and the installation waits for a new booking. */
  markNoShow(id: string, reason: string | null, actor: string): Promise<BookingDetail> {
    return this.conclude(id, EVERYTHING, actor, {
      status: 'no_show',
      reason,
      precondition: (booking) => {
        if (this.clock.now() < booking.startAt) throw new AppointmentNotStartedError(booking.id, booking.startAt);
        this.assertNotStarted(booking);
      },
      services: (booking, manager) => this.servicesService.unscheduleForOrder(booking.orderId, manager, actor),
    });
  }

  /** For Orders, in its transaction: the order is cancelled, so is its active booking. Its services are cancelled by Services. */
  async cancelForOrder(orderId: string, reason: string, actor: string, manager: EntityManager): Promise<void> {
    const booking = await this.bookingsRepository.lockScheduledByOrder(orderId, manager);
    if (booking) await this.apply(booking, manager, actor, { status: 'cancelled', reason: `order cancelled: ${reason}` });
  }

  /**
   * For Services, in its transaction: a booked service is starting. Allowed from the local
   * start of the appointment's day (business time zone); the booking records its first start.
   */
  async recordStart(service: ServiceSummary, actor: string, manager: EntityManager): Promise<void> {
    const booking = await this.bookingsRepository.lockScheduledByOrder(service.orderId, manager);
    if (!booking) return;
    const now = await this.assertAppointmentDayBegun(booking);
    if (booking.startedAt) return;
    const before = stateOf(booking);
    booking.startedAt = now;
    await this.bookingsRepository.save(booking, manager);
    await this.history.record('started', before, booking, { actor, at: now }, manager);
  }

  /**
   * For Services, in its transaction: one of the booking's services was completed or
   * cancelled. A completed one is recorded in the booking's outcome; a cancelled one leaves
   * the booking (unless its visit had failed: the failure stays on record). Then the booking
   * concludes once none of its tasks is left to do.
   */
  async followClosedService(
    service: ServiceSummary,
    reason: string | null,
    orderServices: ServiceSummary[],
    actor: string,
    manager: EntityManager,
  ): Promise<void> {
    const booking = await this.bookingsRepository.lockScheduledByOrder(service.orderId, manager);
    if (!booking) return;
    const link = (await this.bookingsRepository.findServiceLinks([booking.id], manager)).get(booking.id)!.find((candidate) => candidate.serviceId === service.id);
    if (!link) return;
    if (service.status === 'completed') await this.recordCompleted(booking, service.id, manager);
    else if (link.outcome !== 'failed') {
      await this.bookingsRepository.removeService(booking.id, service.id, manager);
      await this.history.record('service_removed', stateOf(booking), booking, { actor, at: this.clock.now(), reason }, manager);
    }
    await this.concludeWhenNothingLeft(booking, orderServices, { actor, reason }, manager);
  }

  /**
   * For Services, in its transaction: the visit failed to do one of the booking's tasks, which
   * went back to pending. A scheduled task may fail from the local start of the appointment's
   * day, as it may start (an in-progress one has started). The booking records the failure in
   * its outcome and its audit, and is completed once every one of its tasks is completed or failed.
   */
  async followFailedService(
    service: ServiceSummary,
    fromStatus: 'scheduled' | 'in_progress',
    failure: RecordedVisitFailure,
    orderServices: ServiceSummary[],
    manager: EntityManager,
  ): Promise<void> {
    const booking = await this.bookingsRepository.lockScheduledByOrder(service.orderId, manager);
    if (!booking) return;
    const bookedIds = (await this.bookingsRepository.findServiceIds([booking.id], manager)).get(booking.id) ?? [];
    if (!bookedIds.includes(service.id)) return;
    if (fromStatus === 'scheduled') await this.assertAppointmentDayBegun(booking);
    await this.bookingsRepository.recordOutcome(
      booking.id,
      service.id,
      { outcome: 'failed', failureReason: failure.reason, failureNote: failure.note, outcomeAt: failure.at },
      manager,
    );
    const reason = failure.note ? `${failure.reason}: ${failure.note}` : failure.reason;
    await this.history.record('service_failed', stateOf(booking), booking, { actor: failure.actor, at: failure.at, reason }, manager);
    await this.concludeWhenNothingLeft(booking, orderServices, { actor: failure.actor, reason: null }, manager);
  }

  /**
   * Once none of the booking's tasks is left to do (scheduled or in progress), the booking is
   * completed when its visits completed or failed some of them, and cancelled (with the reason
   * of the last cancellation) when every one was cancelled on its own: completing the work
   * completes the booking, and the two never disagree.
   */
  private async concludeWhenNothingLeft(
    booking: BookingEntity,
    orderServices: ServiceSummary[],
    context: { actor: string; reason: string | null },
    manager: EntityManager,
  ): Promise<void> {
    const links = (await this.bookingsRepository.findServiceLinks([booking.id], manager)).get(booking.id)!;
    const booked = orderServices.filter((candidate) => links.some((link) => link.serviceId === candidate.id));
    if (booked.some((candidate) => candidate.status === 'scheduled' || candidate.status === 'in_progress')) return;
    const visited = links.some((link) => link.outcome !== null);
    await this.apply(booking, manager, context.actor, visited ? { status: 'completed' } : { status: 'cancelled', reason: context.reason });
  }

  private recordCompleted(booking: BookingEntity, serviceId: string, manager: EntityManager): Promise<void> {
    return this.bookingsRepository.recordOutcome(booking.id, serviceId, { outcome: 'completed', failureReason: null, failureNote: null, outcomeAt: this.clock.now() }, manager);
  }

  /** Work on a booking may begin (start, or fail) from the local start of its first visit's day, business time. Returns now. */
  private async assertAppointmentDayBegun(booking: BookingEntity): Promise<Date> {
    const { timezone } = await this.settingsService.current();
    const earliestAt = DateTime.fromJSDate(booking.startAt, { zone: timezone }).startOf('day').toJSDate();
    const now = this.clock.now();
    if (now < earliestAt) throw new TooEarlyToStartError(booking.id, earliestAt);
    return now;
  }

  private async conclude(id: string, scope: OwnershipScope, actor: string, conclusion: Conclusion): Promise<BookingDetail> {
    await this.unitOfWork.run(async (manager) => {
      const found = await this.bookingsRepository.findById(id, manager);
      if (!found || !canSeeJob(scope, found.engineerId)) throw new BookingNotFoundError(id);
      await this.orderLifecycle.lockForWork(found.orderId, manager);
      const booking = (await this.bookingsRepository.lockById(id, manager))!;
      assertBookingTransition(booking.id, booking.status, conclusion.status);
      conclusion.precondition?.(booking);
      await this.apply(booking, manager, actor, conclusion);
    });
    return this.bookingsService.get(id, scope);
  }

  private async apply(booking: BookingEntity, manager: EntityManager, actor: string, conclusion: Conclusion): Promise<void> {
    assertBookingTransition(booking.id, booking.status, conclusion.status);
    const before = stateOf(booking);
    booking.status = conclusion.status;
    if (conclusion.status === 'cancelled') booking.cancellationReason = conclusion.reason ?? null;
    if (conclusion.status === 'no_show') booking.noShowReason = conclusion.reason ?? null;
    await this.bookingsRepository.save(booking, manager);
    await conclusion.services?.(booking, manager);
    await this.history.record(conclusion.status, before, booking, { actor, at: this.clock.now(), reason: conclusion.reason }, manager);
  }

  private assertNotStarted(booking: BookingEntity): void {
    if (booking.startedAt) throw new InstallationInProgressError(booking.orderId);
  }
}
