import { DomainEvent, EventAggregate } from '@app/common';

export interface PlacedOrderLine {
  readonly productId: string;
  readonly sku: string;
  readonly category: string;
  readonly quantity: number;
  readonly requiresInstallation: boolean;
  readonly installMinutes: number;
}

/** An order was committed; the Services module turns it into installation work. */
export class OrderPlacedEvent extends DomainEvent<'order.placed'> {
  static readonly eventName = 'order.placed';

  constructor(
    readonly orderId: string,
    readonly orderNumber: string,
    readonly customerId: string,
    readonly installationPostcode: string,
    readonly lines: readonly PlacedOrderLine[],
    correlationId: string | null,
  ) {
    super(correlationId);
  }

  get eventName(): 'order.placed' {
    return OrderPlacedEvent.eventName;
  }

  aggregate(): EventAggregate {
    return { type: 'order', id: this.orderId };
  }
}

declare module '@app/common' {
  interface DomainEventMap {
    'order.placed': OrderPlacedEvent;
  }
}
