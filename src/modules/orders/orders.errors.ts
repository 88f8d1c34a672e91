import { ConflictError } from '@app/common';
import type { OrderStatus } from './entities/order.entity';

/** New work (a booking) for an order that is cancelled or already fulfilled. */
export class OrderClosedError extends ConflictError {
  constructor(orderId: string, status: Exclude<OrderStatus, 'placed'>) {
    super(status === 'cancelled' ? 'ORDER_CANCELLED' : 'ORDER_FULFILLED', `Order ${orderId} is ${status}: it takes no new work`, {
      orderId,
      status,
    });
  }
}
