import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { VehicleOpenWork, VehicleParticipant, VehicleParticipants } from '../vehicles/vehicle-participants';
import { ServicesService } from './services.service';

/** What Services tells the Vehicles module: a vehicle with an open installation task is still wanted. */
@Injectable()
export class ServicesVehicleParticipant implements VehicleParticipant, OnModuleInit {
  constructor(
    private readonly participants: VehicleParticipants,
    private readonly servicesService: ServicesService,
  ) {}

  onModuleInit(): void {
    this.participants.register(this);
  }

  async openWorkFor(vehicleId: string, manager: EntityManager): Promise<VehicleOpenWork[]> {
    return (await this.servicesService.openServicesOfVehicle(vehicleId, manager)).map((id) => ({ kind: 'service', id }));
  }
}
