import { DomainEvent, EventAggregate } from '@app/common';

export interface PlacedOrderLine {
  readonly productId: string;
  readonly sku: string;
  readonly category: string;
  readonly quantity: number;
  readonly requiresInstallation: boolean;
  readonly installMinutes: number;
}

/** One vehicle of the order with its own lines. */
export interface PlacedOrderVehicle {
  readonly vehicleId: string;
  readonly registration: string;
  readonly lines: readonly PlacedOrderLine[];
}

/**
 * An order was committed; the Services module turns it into installation work, a task per
 * vehicle. `lines` are all of the order's lines; `vehicles` groups them by vehicle (absent
 * from events stored before orders had several vehicles: those are one vehicle with `lines`).
 */
export class OrderPlacedEvent extends DomainEvent<'order.placed'> {
  static readonly eventName = 'order.placed';

  constructor(
    readonly orderId: string,
    readonly orderNumber: string,
    readonly customerId: string,
    readonly installationPostcode: string,
    readonly lines: readonly PlacedOrderLine[],
    readonly vehicles: readonly PlacedOrderVehicle[],
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
