import { DomainEvent } from '@app/common';

/** An order was cancelled; its open services (and, later, its booking) are cancelled too. */
export class OrderCancelledEvent extends DomainEvent {
  static readonly eventName = 'order.cancelled';

  constructor(
    readonly orderId: string,
    readonly reason: string,
    correlationId: string | null,
  ) {
    super(correlationId);
  }
}
