import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrderParticipant, OrderParticipants, OrderServiceView, OrderWorkView } from '../orders/order-participants';
import { ServiceSummary, ServicesService } from './services.service';

function toView({ id, type, status, engineerId, estimatedMinutes, vehicleId }: ServiceSummary): OrderServiceView {
  return { id, type, status, engineerId, estimatedMinutes, vehicleId };
}

/** What Services does for the Orders module: its tasks on the order page, and closing them with the order. */
@Injectable()
export class ServicesOrderParticipant implements OrderParticipant, OnModuleInit {
  constructor(
    private readonly participants: OrderParticipants,
    private readonly servicesService: ServicesService,
  ) {}

  onModuleInit(): void {
    this.participants.register(this);
  }

  orderCancelling(orderId: string, reason: string, actor: string, manager: EntityManager): Promise<void> {
    return this.servicesService.cancelOpenServicesOfOrder(orderId, reason, actor, manager);
  }

  async workOf(orderId: string): Promise<OrderWorkView> {
    return { services: (await this.servicesService.findByOrder(orderId)).map(toView) };
  }

  async tasksOfOrders(orderIds: string[]): Promise<Map<string, OrderServiceView[]>> {
    const byOrder = await this.servicesService.findByOrders(orderIds);
    return new Map([...byOrder].map(([orderId, services]) => [orderId, services.map(toView)]));
  }
}
