import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, UnitOfWork } from '@app/common';
import { OutboxPublisher } from '../../outbox/outbox.publisher';
import { OrderEntity, OrderStatus } from './entities/order.entity';
import { OrderCancelledEvent } from './events/order-cancelled.event';
import { OrderFulfilledEvent } from './events/order-fulfilled.event';
import { OrderParticipants } from './order-participants';
import { assertOrderTransition } from './order-status';
import { OrderClosedError, OrderNotFoundError } from './orders.errors';
import { OrdersRepository } from './orders.repository';

function assertOpen(orderId: string, status: OrderStatus): void {
  if (status !== 'placed') throw new OrderClosedError(orderId, status);
}

/** The statuses an order ends in once its work is over. */
export type SettledOrderStatus = Exclude<OrderStatus, 'placed'>;

interface StatusChangeContext {
  reason: string;
  actor: string;
}

/**
 * Owns the order's status: `placed → fulfilled | cancelled`. Every change of an order's work
 * (a task created, a booking made, a task finished) first locks the order row here, so a
 * cancellation and that change cannot interleave: whichever takes the lock second sees the
 * other's result. Lock order everywhere: engineer agenda, then order, then booking, then tasks.
 */
@Injectable()
export class OrderLifecycleService {
  constructor(
    private readonly ordersRepository: OrdersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly participants: OrderParticipants,
    private readonly outbox: OutboxPublisher,
    private readonly clock: Clock,
  ) {}

  /**
   * A dispatcher cancels the order: its open tasks and its active booking are cancelled with
   * it, in the same transaction, by the modules that own them.
   */
  async cancel(orderId: string, reason: string, actor: string, correlationId: string | null): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      const order = await this.requireLocked(orderId, manager);
      assertOrderTransition(order.status, 'cancelled');
      await this.participants.forEach((participant) => participant.orderCancelling(orderId, reason, actor, manager));
      await this.move(order, 'cancelled', { reason, actor }, manager);
      await this.outbox.publish(manager, new OrderCancelledEvent(order.id, reason, correlationId));
    });
  }

  /** Locks the order in the caller's transaction until it ends; its status, for work that depends on it. */
  async lockForWork(orderId: string, manager: EntityManager): Promise<OrderStatus> {
    return (await this.requireLocked(orderId, manager)).status;
  }

  /** As `lockForWork`, for new work (a booking): a cancelled or fulfilled order takes none (409). */
  async lockOpen(orderId: string, manager: EntityManager): Promise<void> {
    assertOpen(orderId, await this.lockForWork(orderId, manager));
  }

  /** The same refusal without a lock, so a request for new work fails early; `lockOpen` decides in the transaction. */
  async assertOpen(orderId: string): Promise<void> {
    const status = await this.ordersRepository.findStatus(orderId);
    if (status) assertOpen(orderId, status);
  }

  /**
   * The order has no open task left (Services calls this in the transaction that closed the
   * last one, or at placement when nothing needs fitting): it is fulfilled or cancelled, and
   * its history says why. An order already settled is left as it is.
   */
  async settle(orderId: string, status: SettledOrderStatus, context: StatusChangeContext, manager: EntityManager): Promise<void> {
    const order = await this.requireLocked(orderId, manager);
    if (order.status !== 'placed') return;
    await this.move(order, status, context, manager);
    await this.outbox.publish(manager, status === 'cancelled' ? new OrderCancelledEvent(order.id, context.reason, null) : new OrderFulfilledEvent(order.id, null));
  }

  /**
   * Services, in the transaction that moved one of the order's tasks to or from pending (the
   * order locked): whether some task now waits for a booking, which puts the order in the
   * dispatcher's queue. Writes only a change, and leaves `updatedAt` alone: it is derived.
   */
  markAwaitingBooking(orderId: string, awaiting: boolean, manager: EntityManager): Promise<void> {
    return this.ordersRepository.setAwaitingBooking(orderId, awaiting, manager);
  }

  /** The first history row, written with the order. */
  recordPlaced(order: OrderEntity, actor: string, manager: EntityManager): Promise<unknown> {
    return this.ordersRepository.addStatusChange(
      { orderId: order.id, fromStatus: null, toStatus: 'placed', at: order.createdAt, reason: `order ${order.number} placed`, actor },
      manager,
    );
  }

  private async requireLocked(orderId: string, manager: EntityManager): Promise<OrderEntity> {
    const order = await this.ordersRepository.findForUpdate(orderId, manager);
    if (!order) throw new OrderNotFoundError(orderId);
    return order;
  }

  private async move(order: OrderEntity, to: SettledOrderStatus, { reason, actor }: StatusChangeContext, manager: EntityManager): Promise<void> {
    assertOrderTransition(order.status, to);
    const from = order.status;
    const at = this.clock.now();
    const changes = to === 'cancelled' ? { status: to, cancellationReason: reason, cancelledAt: at } : { status: to, fulfilledAt: at };
    Object.assign(order, changes, { updatedAt: at });
    // Only these columns: the row read under the lock is older than what this transaction wrote
    // since (Services clears `awaiting_booking` as it cancels the tasks), and saving it whole would undo that.
    await this.ordersRepository.updateSettled(order.id, { ...changes, updatedAt: at }, manager);
    await this.ordersRepository.addStatusChange({ orderId: order.id, fromStatus: from, toStatus: to, at, reason, actor }, manager);
  }
}
