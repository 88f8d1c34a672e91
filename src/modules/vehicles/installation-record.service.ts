import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DEVICE_IDENTIFIERS, DeviceIdentifier, isUniqueViolation, violatedConstraint } from '@app/common';
import { FittedDeviceEntity } from './entities/fitted-device.entity';
import { DeviceIdentifiers, FittedDevicesRepository } from './fitted-devices.repository';
import { DeviceToFit, DeviceWhereabouts, FittedDevice } from './vehicle.model';
import { DeviceAlreadyFittedError } from './vehicles.errors';
import { VehiclesRepository } from './vehicles.repository';

function toFittedDevice(device: FittedDeviceEntity): FittedDevice {
  return {
    id: device.id,
    vehicleId: device.vehicleId,
    productId: device.productId,
    imei: device.imei,
    iccid: device.iccid,
    serial: device.serial,
    position: device.position,
    serviceId: device.serviceId,
    engineerId: device.engineerId,
    actor: device.actor,
    fittedAt: device.fittedAt,
    removedAt: device.removedAt,
  };
}

/** The fitting being recorded: which task, by whom, when. */
export interface Fitting {
  vehicleId: string;
  serviceId: string;
  engineerId: string | null;
  actor: string;
  at: Date;
}

/**
 * The installation record: which unit (product and identifiers) is fitted in which vehicle,
 * by whom, when and for which task. An identifier is in one vehicle at a time.
 */
@Injectable()
export class InstallationRecordService {
  constructor(
    private readonly devicesRepository: FittedDevicesRepository,
    private readonly vehiclesRepository: VehiclesRepository,
  ) {}

  /** What is fitted now in each vehicle. */
  async fittedIn(vehicleIds: string[], manager?: EntityManager): Promise<FittedDevice[]> {
    return (await this.devicesRepository.fittedIn(vehicleIds, manager)).map(toFittedDevice);
  }

  /** What was fitted for each of these services (the task's part of the record). */
  async fittedFor(serviceIds: string[]): Promise<FittedDevice[]> {
    return (await this.devicesRepository.fittedFor(serviceIds)).map(toFittedDevice);
  }

  /**
   * For Services, in the completion's transaction: records the units as fitted in the vehicle.
   * An identifier fitted already (in any vehicle, or twice in this request) is a 409
   * DEVICE_ALREADY_FITTED naming the vehicle; the partial unique indexes decide a race.
   */
  async recordFitting(fitting: Fitting, devices: DeviceToFit[], manager: EntityManager): Promise<FittedDevice[]> {
    if (devices.length === 0) return [];
    const wanted = { imei: [] as string[], iccid: [] as string[], serial: [] as string[] };
    const seen = new Map<string, string>();
    for (const device of devices) {
      for (const name of DEVICE_IDENTIFIERS) {
        const value = device[name];
        if (value === null) continue;
        const key = `${name}:${value}`;
        if (seen.has(key)) {
          const vehicle = await this.vehiclesRepository.findById(fitting.vehicleId, manager);
          throw new DeviceAlreadyFittedError({ field: `${device.field}.${name}`, name, value }, vehicle && { id: vehicle.id, registration: vehicle.registration });
        }
        seen.set(key, device.field);
        wanted[name].push(value);
      }
    }
    const clash = (await this.devicesRepository.fittedWithAny(wanted, manager))[0];
    if (clash) throw await this.alreadyFitted(clash, devices, manager);
    try {
      const saved = await this.devicesRepository.insert(
        devices.map((device) => ({
          vehicleId: fitting.vehicleId,
          productId: device.productId,
          imei: device.imei,
          iccid: device.iccid,
          serial: device.serial,
          position: device.position,
          serviceId: fitting.serviceId,
          engineerId: fitting.engineerId,
          actor: fitting.actor,
          fittedAt: fitting.at,
          removedAt: null,
        })),
        manager,
      );
      return saved.map(toFittedDevice);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A concurrent completion fitted one of them first; on PostgreSQL this transaction is now aborted, so name what we can.
      const identifier = DEVICE_IDENTIFIERS.find((name) => violatedConstraint(error).includes(name)) ?? 'imei';
      const device = devices.find((candidate) => candidate[identifier] !== null) ?? devices[0]!;
      throw new DeviceAlreadyFittedError({ field: `${device.field}.${identifier}`, name: identifier, value: device[identifier] ?? '' }, null);
    }
  }

  /** Where the unit with all the given identifiers is fitted now, and where it was before. */
  async whereabouts(identifiers: DeviceIdentifiers): Promise<DeviceWhereabouts[]> {
    const records = await this.devicesRepository.findByIdentifiers(identifiers);
    const vehicles = new Map((await this.vehiclesRepository.findByIds(records.map((record) => record.vehicleId))).map((vehicle) => [vehicle.id, vehicle]));
    return records.map((record) => {
      const vehicle = vehicles.get(record.vehicleId);
      return {
        ...toFittedDevice(record),
        vehicle: vehicle ? { id: vehicle.id, customerId: vehicle.customerId, registration: vehicle.registration } : null,
      };
    });
  }

  private async alreadyFitted(clash: FittedDeviceEntity, devices: DeviceToFit[], manager: EntityManager): Promise<DeviceAlreadyFittedError> {
    const vehicle = await this.vehiclesRepository.findById(clash.vehicleId, manager);
    for (const device of devices) {
      const name = DEVICE_IDENTIFIERS.find((candidate: DeviceIdentifier) => device[candidate] !== null && device[candidate] === clash[candidate]);
      if (name) {
        return new DeviceAlreadyFittedError(
          { field: `${device.field}.${name}`, name, value: device[name]! },
          vehicle && { id: vehicle.id, registration: vehicle.registration },
        );
      }
    }
    return new DeviceAlreadyFittedError({ field: 'devices', name: 'imei', value: clash.imei ?? '' }, vehicle && { id: vehicle.id, registration: vehicle.registration });
  }
}
