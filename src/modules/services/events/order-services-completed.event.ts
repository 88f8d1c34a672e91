import { DomainEvent } from '@app/common';

/** Every service of an order is completed; the Orders module marks the order fulfilled. */
export class OrderServicesCompletedEvent extends DomainEvent {
  static readonly eventName = 'services.order-completed';

  constructor(
    readonly orderId: string,
    correlationId: string | null,
  ) {
    super(correlationId);
  }
}
