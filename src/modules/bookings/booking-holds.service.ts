import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock, OwnershipScope, UnitOfWork } from '@app/common';
import { Announcement, Announcements } from '../../redis/announcements';
import { deleteInBatches } from '../../retention/delete-in-batches';
import { RetentionBudget } from '../../retention/retention-job';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import { OrdersService } from '../orders/orders.service';
import { Interval, addMinutes } from './availability/interval';
import type { BoardHold } from './booking.model';
import { BookingHoldsRepository } from './booking-holds.repository';
import { heldPeriods } from './entities/booking-hold.entity';
import { OrderAlreadyBookedError } from './bookings.errors';
import { BookingsRepository } from './bookings.repository';
import { SchedulingInputs } from './scheduling-inputs';
import { SlotChecks } from './slot-checks';

export interface HoldRequest {
  orderId: string;
  engineerId: string;
  start: Date;
}

export interface HeldSlot {
  holdId: string;
  expiresAt: Date;
}

/** A hold taken or let go changes the time the dispatcher's board shows free. */
const HOLDS_CHANGED: Announcement = { kind: 'data-changed', data: 'bookings' };

/** An expired hold is kept this long, so that booking with it answers HOLD_EXPIRED (with alternatives) rather than HOLD_NOT_FOUND. */
export const EXPIRED_HOLD_KEPT_MINUTES = 24 * 60;

/**
 * Holds: an engineer's time kept for one order's checkout for `settings.holdMinutes`. Made under
 * the same agenda lock and with the same checks as a booking, so two checkouts cannot hold, nor
 * a dispatcher book, the same time; other orders' live holds are in every agenda from then on.
 */
@Injectable()
export class BookingHoldsService {
  constructor(
    private readonly holdsRepository: BookingHoldsRepository,
    private readonly bookingsRepository: BookingsRepository,
    private readonly inputs: SchedulingInputs,
    private readonly checks: SlotChecks,
    private readonly ordersService: OrdersService,
    private readonly orderLifecycle: OrderLifecycleService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly announcements: Announcements,
  ) {}

  /**
   * Holds every visit a booking of the order from `start` with the engineer would take, checked
   * as booking it would be. The order's earlier hold, if any, gives way: one hold per order.
   */
  async hold(request: HoldRequest, scope: OwnershipScope): Promise<HeldSlot> {
    await this.ordersService.assertReachable(request.orderId, scope);
    await this.orderLifecycle.assertOpen(request.orderId);
    const job = await this.inputs.bookableJob(request.orderId);
    const checked = await this.checks.prepare(job, request.engineerId, request.start);
    return this.unitOfWork.run(async (manager) => {
      // The lock order of every write of an engineer's time: agenda, then order, then its booking.
      await this.bookingsRepository.lockEngineerAgendas([request.engineerId], manager);
      await this.inputs.assertStillActive(request.engineerId, manager);
      await this.orderLifecycle.lockOpen(request.orderId, manager);
      const existing = await this.bookingsRepository.lockScheduledByOrder(request.orderId, manager);
      if (existing) throw new OrderAlreadyBookedError(request.orderId, { id: existing.id, start: existing.startAt, end: existing.endAt });
      await this.checks.assertFree(checked, manager);
      const now = this.clock.now();
      const hold = {
        id: randomUUID(),
        orderId: request.orderId,
        engineerId: request.engineerId,
        startAt: checked.slot.start,
        endAt: checked.slot.end,
        visits: checked.visits.map((visit) => ({ start: visit.start.toISOString(), end: visit.end.toISOString() })),
        siteLat: job.location?.lat ?? null,
        siteLng: job.location?.lng ?? null,
        expiresAt: addMinutes(now, checked.settings.holdMinutes),
        createdAt: now,
      };
      await this.holdsRepository.replaceForOrder(hold, manager);
      this.announceAfterCommit(manager);
      return { holdId: hold.id, expiresAt: hold.expiresAt };
    });
  }

  /**
   * The order is being cancelled (its row locked): its hold keeps nothing from now on. Freeing
   * time needs no agenda lock: a writer that still saw the hold refused what it could have had.
   */
  async releaseForOrder(orderId: string, manager: EntityManager): Promise<void> {
    await this.holdsRepository.deleteForOrder(orderId, manager);
    this.announceAfterCommit(manager);
  }

  /** Each visit of the live holds of these engineers that overlaps the window, by start: the board shows them as taken. */
  async boardHolds(engineerIds: string[], window: Interval): Promise<BoardHold[]> {
    const holds = await this.holdsRepository.findLiveOverlapping(engineerIds, window, this.clock.now(), null);
    return holds
      .flatMap((hold) => heldPeriods(hold).map(({ start, end }) => ({ holdId: hold.id, orderId: hold.orderId, engineerId: hold.engineerId, start, end, expiresAt: hold.expiresAt })))
      .filter((visit) => visit.start < window.end && visit.end > window.start)
      .sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  private announceAfterCommit(manager: EntityManager): void {
    this.unitOfWork.afterCommit(manager, () => void this.announcements.announce(HOLDS_CHANGED));
  }

  /** Deletes holds a day after they expired, in batches within the budget; answers how many. Agendas ignore them from their expiry on. */
  deleteExpired(budget: RetentionBudget): Promise<number> {
    const cutoff = addMinutes(this.clock.now(), -EXPIRED_HOLD_KEPT_MINUTES);
    return deleteInBatches((batchSize) => this.unitOfWork.run((manager) => this.holdsRepository.deleteExpiredBefore(cutoff, batchSize, manager)), budget);
  }
}
