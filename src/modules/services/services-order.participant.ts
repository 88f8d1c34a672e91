import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { groupBy } from '@app/common';
import { OrderParticipant, OrderParticipants, OrderServiceView, OrderWorkView } from '../orders/order-participants';
import { ServiceWithDevices, ServicesService } from './services.service';

function toView({ id, type, status, engineerId, estimatedMinutes, vehicleId, devices }: ServiceWithDevices): OrderServiceView {
  return {
    id,
    type,
    status,
    engineerId,
    estimatedMinutes,
    vehicleId,
    devices: devices.map(({ id: deviceId, productId, imei, iccid, serial, position, engineerId: fitter, actor, fittedAt, removedAt }) => ({
      id: deviceId,
      productId,
      imei,
      iccid,
      serial,
      position,
      engineerId: fitter,
      actor,
      fittedAt,
      removedAt,
    })),
  };
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

  async workOf(orderId: string, withDevices: boolean): Promise<OrderWorkView> {
    const services = await this.servicesService.findByOrder(orderId);
    return { services: (withDevices ? await this.servicesService.withDevices(services) : services.map((service) => ({ ...service, devices: [] }))).map(toView) };
  }

  async tasksOfOrders(orderIds: string[]): Promise<Map<string, OrderServiceView[]>> {
    const byOrder = await this.servicesService.findByOrders(orderIds);
    const withDevices = groupBy(await this.servicesService.withDevices([...byOrder.values()].flat()), (service) => service.orderId, toView);
    return withDevices;
  }
}
