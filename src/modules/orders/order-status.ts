import { IllegalTransitionError } from '@app/common';
import type { OrderStatus } from './entities/order.entity';

/** `fulfilled` is reached only when every installation service is completed. */
const ALLOWED_MOVES: Record<OrderStatus, readonly OrderStatus[]> = {
  placed: ['fulfilled', 'cancelled'],
  fulfilled: [],
  cancelled: [],
};

export function assertOrderTransition(current: OrderStatus, next: OrderStatus): void {
  if (!ALLOWED_MOVES[current].includes(next)) {
    throw new IllegalTransitionError('Order', current, next, ALLOWED_MOVES[current]);
  }
}
