import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ParticipantRegistry } from '@app/common';

/** A piece of work still open for a vehicle: an order not yet settled, an installation task. */
export interface VehicleOpenWork {
  kind: 'order' | 'service';
  id: string;
}

/**
 * A module whose work refers to vehicles (Orders, Services). Vehicles comes before them in
 * the module order, so it asks them through this interface, never by import.
 */
export interface VehicleParticipant {
  /** The vehicle is about to be deleted (its row locked in `manager`'s transaction): the work of this module still open for it. */
  openWorkFor(vehicleId: string, manager: EntityManager): Promise<VehicleOpenWork[]>;
}

@Injectable()
export class VehicleParticipants extends ParticipantRegistry<VehicleParticipant> {}
