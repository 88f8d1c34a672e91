import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, IsNull, Repository } from 'typeorm';
import { FittedDeviceEntity } from './entities/fitted-device.entity';

export type NewFittedDevice = Omit<FittedDeviceEntity, 'id' | 'createdAt' | 'updatedAt' | 'vehicle'>;

export interface DeviceIdentifiers {
  imei?: string;
  iccid?: string;
  serial?: string;
}

/** Every query on the fitted_devices table (the installation record). */
@Injectable()
export class FittedDevicesRepository {
  constructor(@InjectRepository(FittedDeviceEntity) private readonly devices: Repository<FittedDeviceEntity>) {}

  /** What is fitted now in each of the vehicles, oldest fitting first. */
  fittedIn(vehicleIds: string[], manager?: EntityManager): Promise<FittedDeviceEntity[]> {
    if (vehicleIds.length === 0) return Promise.resolve([]);
    return (manager ? manager.getRepository(FittedDeviceEntity) : this.devices).find({
      where: { vehicleId: In([...new Set(vehicleIds)]), removedAt: IsNull() },
      order: { fittedAt: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Everything fitted for these services, removed since or not. */
  fittedFor(serviceIds: string[]): Promise<FittedDeviceEntity[]> {
    if (serviceIds.length === 0) return Promise.resolve([]);
    return this.devices.find({ where: { serviceId: In([...new Set(serviceIds)]) }, order: { fittedAt: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  /** Units fitted now that carry any of these identifiers. */
  fittedWithAny(identifiers: { imei: string[]; iccid: string[]; serial: string[] }, manager: EntityManager): Promise<FittedDeviceEntity[]> {
    const query = manager.getRepository(FittedDeviceEntity).createQueryBuilder('device').where('device.removedAt IS NULL');
    const clauses = (['imei', 'iccid', 'serial'] as const).filter((name) => identifiers[name].length > 0);
    if (clauses.length === 0) return Promise.resolve([]);
    query.andWhere(
      new Brackets((any) => {
        for (const name of clauses) any.orWhere(`device.${name} IN (:...${name}Values)`, { [`${name}Values`]: identifiers[name] });
      }),
    );
    return query.getMany();
  }

  /** Every record (fitted now or removed) of a unit with all the identifiers given: fitted now first, then newest first. */
  findByIdentifiers(identifiers: DeviceIdentifiers): Promise<FittedDeviceEntity[]> {
    const query = this.devices.createQueryBuilder('device');
    for (const name of ['imei', 'iccid', 'serial'] as const) {
      const value = identifiers[name];
      if (value !== undefined) query.andWhere(`device.${name} = :${name}`, { [name]: value });
    }
    return query
      .orderBy('CASE WHEN device.removed_at IS NULL THEN 0 ELSE 1 END', 'ASC')
      .addOrderBy('device.fittedAt', 'DESC')
      .addOrderBy('device.id', 'DESC')
      .limit(100)
      .getMany();
  }

  /** Each unit's `createdAt` a millisecond after the one before, so the record reads back in the order the units were reported. */
  async insert(devices: NewFittedDevice[], manager: EntityManager): Promise<FittedDeviceEntity[]> {
    const repository = manager.getRepository(FittedDeviceEntity);
    const now = Date.now();
    return repository.save(devices.map((device, index) => repository.create({ ...device, createdAt: new Date(now + index), updatedAt: new Date(now + index) })));
  }
}
