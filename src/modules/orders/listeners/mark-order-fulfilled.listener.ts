import { Injectable } from '@nestjs/common';
import { OnDomainEvent } from '@app/common';
import { OrderServicesCompletedEvent } from '../../services/events/order-services-completed.event';
import { OrdersService } from '../orders.service';

/** When the Services module reports every service of an order completed, the order is fulfilled. */
@Injectable()
export class MarkOrderFulfilledListener {
  constructor(private readonly ordersService: OrdersService) {}

  @OnDomainEvent(OrderServicesCompletedEvent)
  async handle(event: OrderServicesCompletedEvent): Promise<void> {
    await this.ordersService.markFulfilled(event.orderId);
  }
}
