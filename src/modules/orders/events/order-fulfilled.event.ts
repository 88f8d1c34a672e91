import { DomainEvent, EventAggregate } from '@app/common';

/** Every task of the order was done (or it had nothing to fit): published for the outside world. */
export class OrderFulfilledEvent extends DomainEvent<'order.fulfilled'> {
  static readonly eventName = 'order.fulfilled';

  constructor(
    readonly orderId: string,
    correlationId: string | null,
  ) {
    super(correlationId);
  }

  get eventName(): 'order.fulfilled' {
    return OrderFulfilledEvent.eventName;
  }

  aggregate(): EventAggregate {
    return { type: 'order', id: this.orderId };
  }
}

declare module '@app/common' {
  interface DomainEventMap {
    'order.fulfilled': OrderFulfilledEvent;
  }
}
