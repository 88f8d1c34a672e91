import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { VehicleOpenWork, VehicleParticipant, VehicleParticipants } from '../vehicles/vehicle-participants';
import { OrdersService } from './orders.service';

/** What Orders tells the Vehicles module: a vehicle of an order not yet settled is still wanted. */
@Injectable()
export class OrdersVehicleParticipant implements VehicleParticipant, OnModuleInit {
  constructor(
    private readonly participants: VehicleParticipants,
    private readonly ordersService: OrdersService,
  ) {}

  onModuleInit(): void {
    this.participants.register(this);
  }

  async openWorkFor(vehicleId: string, manager: EntityManager): Promise<VehicleOpenWork[]> {
    return (await this.ordersService.openOrdersWithVehicle(vehicleId, manager)).map((id) => ({ kind: 'order', id }));
  }
}
