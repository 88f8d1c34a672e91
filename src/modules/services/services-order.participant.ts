import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrderParticipant, OrderParticipants, OrderWorkView } from '../orders/order-participants';
import { ServicesService } from './services.service';

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
    const services = await this.servicesService.findByOrder(orderId);
    return {
      services: services.map(({ id, type, status, engineerId, estimatedMinutes }) => ({ id, type, status, engineerId, estimatedMinutes, vehicleId: null })),
    };
  }
}
