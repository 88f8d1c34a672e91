import { DomainEvent, EventAggregate } from '@app/common';

/** An order was cancelled, with its open tasks and its booking; published for the outside world. */
export class OrderCancelledEvent extends DomainEvent<'order.cancelled'> {
  static readonly eventName = 'order.cancelled';

  constructor(
    readonly orderId: string,
    readonly reason: string,
    correlationId: string | null,
  ) {
    super(correlationId);
  }

  get eventName(): 'order.cancelled' {
    return OrderCancelledEvent.eventName;
  }

  aggregate(): EventAggregate {
    return { type: 'order', id: this.orderId };
  }
}

declare module '@app/common' {
  interface DomainEventMap {
    'order.cancelled': OrderCancelledEvent;
  }
}
