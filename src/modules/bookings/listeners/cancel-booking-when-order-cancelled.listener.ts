import { Injectable } from '@nestjs/common';
import { OnDomainEvent } from '@app/common';
import { OrderCancelledEvent } from '../../orders/events/order-cancelled.event';
import { SYSTEM_ACTOR } from '../../services/service-actors';
import { BookingLifecycleService } from '../booking-lifecycle.service';

/** A cancelled order needs no engineer: its active booking is cancelled; a redelivery finds none left. */
@Injectable()
export class CancelBookingWhenOrderCancelledListener {
  constructor(private readonly lifecycle: BookingLifecycleService) {}

  // The outbox delivers the event's fields as plain JSON, not an OrderCancelledEvent instance.
  @OnDomainEvent(OrderCancelledEvent)
  async handle(event: Pick<OrderCancelledEvent, 'orderId' | 'reason'>): Promise<void> {
    await this.lifecycle.cancelForOrder(event.orderId, event.reason, SYSTEM_ACTOR);
  }
}
