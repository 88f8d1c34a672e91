import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Page, UnitOfWork, isUniqueViolation, normaliseUkRegistration, toPage } from '@app/common';
import { CustomersService } from '../customers/customers.service';
import { CreateVehicleDto } from './dto/create-vehicle.dto';
import { ListVehiclesQueryDto } from './dto/list-vehicles-query.dto';
import { UpdateVehicleDto } from './dto/update-vehicle.dto';
import { VehicleEntity } from './entities/vehicle.entity';
import { InstallationRecordService } from './installation-record.service';
import { VehicleDescription, VehicleDetail, VehicleSnapshot } from './vehicle.model';
import { VehicleParticipants } from './vehicle-participants';
import { VehicleHasDevicesError, VehicleHasOpenWorkError, VehicleNotFoundError, VehicleRegistrationTakenError } from './vehicles.errors';
import { VehiclesRepository } from './vehicles.repository';

function toSnapshot(vehicle: VehicleEntity): VehicleSnapshot {
  return {
    id: vehicle.id,
    customerId: vehicle.customerId,
    registration: vehicle.registration,
    vin: vehicle.vin,
    make: vehicle.make,
    model: vehicle.model,
    year: vehicle.year,
    fleetNumber: vehicle.fleetNumber,
    createdAt: vehicle.createdAt,
    updatedAt: vehicle.updatedAt,
  };
}

function requireVehicle(vehicle: VehicleEntity | null, id: string): VehicleEntity {
  if (!vehicle) throw new VehicleNotFoundError(id);
  return vehicle;
}


/** A customer's vehicles. What is fitted in them is the installation record (InstallationRecordService). */
@Injectable()
export class VehiclesService {
  constructor(
    private readonly vehiclesRepository: VehiclesRepository,
    private readonly installationRecord: InstallationRecordService,
    private readonly customersService: CustomersService,
    private readonly participants: VehicleParticipants,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * Throws CustomerNotFoundError (404 CUSTOMER_NOT_FOUND) for an unknown customer. Registrations are stored as
   * `AB12 CDE`, so a full registration typed as `ab12cde` also matches in that form.
   */
  async listOfCustomer(customerId: string, query: ListVehiclesQueryDto): Promise<Page<VehicleDetail>> {
    await this.customersService.getById(customerId);
    const rows = await this.vehiclesRepository.findPage({ customerId, limit: query.limit, cursor: query.cursor, q: query.q, registration: query.q === undefined ? undefined : (normaliseUkRegistration(query.q) ?? undefined) });
    const page = toPage(rows, query.limit, toSnapshot);
    return { items: await this.withDevices(page.items), nextCursor: page.nextCursor };
  }

  async getById(id: string): Promise<VehicleDetail> {
    const [vehicle] = await this.withDevices([toSnapshot(requireVehicle(await this.vehiclesRepository.findById(id), id))]);
    return vehicle!;
  }

  /** 404 for an unknown customer, 409 VEHICLE_REGISTRATION_TAKEN when the customer has one with that registration. */
  async create(customerId: string, input: CreateVehicleDto): Promise<VehicleDetail> {
    const created = await this.unitOfWork.run(async (manager) => {
      await this.customersService.getById(customerId, manager);
      const existing = await this.vehiclesRepository.findByRegistrationForUpdate(customerId, input.registration, manager);
      if (existing) throw new VehicleRegistrationTakenError(customerId, input.registration, existing.id);
      return this.insert(customerId, input, manager);
    });
    return { ...created, devices: [] };
  }

  update(id: string, changes: UpdateVehicleDto): Promise<VehicleDetail> {
    return this.unitOfWork
      .run(async (manager) => {
        const vehicle = requireVehicle(await this.vehiclesRepository.findForUpdate(id, manager), id);
        if (changes.registration !== undefined && changes.registration !== vehicle.registration) {
          const other = await this.vehiclesRepository.findByRegistrationForUpdate(vehicle.customerId, changes.registration, manager);
          if (other) throw new VehicleRegistrationTakenError(vehicle.customerId, changes.registration, other.id);
        }
        Object.assign(vehicle, changes);
        try {
          return toSnapshot(await this.vehiclesRepository.save(vehicle, manager));
        } catch (error) {
          if (isUniqueViolation(error)) throw new VehicleRegistrationTakenError(vehicle.customerId, vehicle.registration);
          throw error;
        }
      })
      .then(async (vehicle) => (await this.withDevices([vehicle]))[0]!);
  }

  /**
   * Deletes a vehicle without open work (an order not settled, an open installation task:
   * 409 VEHICLE_HAS_OPEN_WORK) and with nothing fitted (409 VEHICLE_HAS_DEVICES).
   */
  async delete(id: string): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      requireVehicle(await this.vehiclesRepository.findForUpdate(id, manager), id);
      const openWork: Array<{ kind: 'order' | 'service'; id: string }> = [];
      await this.participants.forEach(async (participant) => {
        openWork.push(...(await participant.openWorkFor(id, manager)));
      });
      if (openWork.length > 0) throw new VehicleHasOpenWorkError(id, openWork);
      const fitted = await this.installationRecord.fittedIn([id], manager);
      if (fitted.length > 0) throw new VehicleHasDevicesError(id, fitted.map((device) => device.id));
      await this.vehiclesRepository.delete(id, manager);
    });
  }

  /**
   * For Orders, in the order's transaction: the customer's vehicle with this registration,
   * created from the description when they have none. An existing vehicle is reused as it is.
   */
  async findOrCreateForCustomer(customerId: string, description: VehicleDescription, manager: EntityManager): Promise<VehicleSnapshot> {
    const existing = await this.vehiclesRepository.findRegisteredForUpdate(customerId, description.registration, manager);
    if (existing) return toSnapshot(existing);
    const vehicle = this.build(customerId, description);
    if (await this.vehiclesRepository.insertUnlessRegistered(vehicle, manager)) return toSnapshot(vehicle);
    // Another order created it since the look above; its transaction has ended, so it is there now.
    const created = await this.vehiclesRepository.findRegisteredForUpdate(customerId, description.registration, manager);
    if (!created) throw new RegistrationRaceLostError(customerId, description.registration);
    return toSnapshot(created);
  }

  /**
   * For Orders, in the order's transaction: the customer's vehicle, locked until commit so it
   * cannot be deleted meanwhile. Another customer's vehicle is as missing as an unknown id:
   * throws VehicleNotFoundError.
   */
  async requireOfCustomer(customerId: string, vehicleId: string, manager: EntityManager): Promise<VehicleSnapshot> {
    const vehicle = await this.vehiclesRepository.findForUpdate(vehicleId, manager);
    if (!vehicle || vehicle.customerId !== customerId) throw new VehicleNotFoundError(vehicleId);
    return toSnapshot(vehicle);
  }

  /** Vehicles by id, for other modules that name them; unknown ids are absent. */
  async findByIds(ids: string[], manager?: EntityManager): Promise<VehicleSnapshot[]> {
    return (await this.vehiclesRepository.findByIds(ids, manager)).map(toSnapshot);
  }

  private async insert(customerId: string, description: VehicleDescription, manager: EntityManager): Promise<VehicleSnapshot> {
    return toSnapshot(await this.vehiclesRepository.save(this.build(customerId, description), manager));
  }

  /** A new vehicle row, its id and timestamps set now, so it can be inserted by any statement. */
  private build(customerId: string, description: VehicleDescription): VehicleEntity {
    const now = new Date();
    return Object.assign(
      this.vehiclesRepository.build({
        customerId,
        registration: description.registration,
        vin: description.vin ?? null,
        make: description.make,
        model: description.model,
        year: description.year ?? null,
        fleetNumber: description.fleetNumber ?? null,
      }),
      { id: randomUUID(), createdAt: now, updatedAt: now },
    );
  }

  private async withDevices(vehicles: VehicleSnapshot[]): Promise<VehicleDetail[]> {
    const devices = await this.installationRecord.fittedIn(vehicles.map((vehicle) => vehicle.id));
    return vehicles.map((vehicle) => ({ ...vehicle, devices: devices.filter((device) => device.vehicleId === vehicle.id) }));
  }
}

/**
 * The insert met a vehicle with the registration that the lock then could not find: only a
 * broken database does that, so it stays a 500, but one that says what happened.
 */
class RegistrationRaceLostError extends Error {
  constructor(customerId: string, registration: string) {
    super(`vehicle ${registration} of customer ${customerId} was neither inserted nor found`);
    this.name = 'RegistrationRaceLostError';
  }
}
