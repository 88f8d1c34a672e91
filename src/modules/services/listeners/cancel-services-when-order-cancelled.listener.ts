import { Injectable } from '@nestjs/common';
import { OnDomainEvent } from '@app/common';
import { OrderCancelledEvent } from '../../orders/events/order-cancelled.event';
import { SYSTEM_ACTOR } from '../service-actors';
import { ServicesService } from '../services.service';

/** A cancelled order needs no more work; services already completed or cancelled are left as they are. */
@Injectable()
export class CancelServicesWhenOrderCancelledListener {
  constructor(private readonly servicesService: ServicesService) {}

  // The outbox delivers the event's fields as plain JSON, not an OrderCancelledEvent instance.
  @OnDomainEvent(OrderCancelledEvent)
  async handle(event: Pick<OrderCancelledEvent, 'orderId' | 'reason'>): Promise<void> {
    await this.servicesService.cancelOpenServicesOfOrder(event.orderId, event.reason, SYSTEM_ACTOR);
  }
}
