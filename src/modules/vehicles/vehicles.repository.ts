import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { applyKeysetPage, applyTextSearch, lockedForUpdate } from '@app/common';
import { VehicleEntity } from './entities/vehicle.entity';

export type NewVehicle = Omit<VehicleEntity, 'id' | 'createdAt' | 'updatedAt'>;

export interface VehicleListQuery {
  customerId: string;
  limit: number;
  cursor?: string;
  q?: string;
  /** `q` in the DVLA's spelling, when it reads as a registration. */
  registration?: string;
}

/** Every query on the vehicles table. */
@Injectable()
export class VehiclesRepository {
  constructor(@InjectRepository(VehicleEntity) private readonly vehicles: Repository<VehicleEntity>) {}

  findById(id: string, manager?: EntityManager): Promise<VehicleEntity | null> {
    return (manager ? manager.getRepository(VehicleEntity) : this.vehicles).findOneBy({ id });
  }

  findByIds(ids: string[], manager?: EntityManager): Promise<VehicleEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (manager ? manager.getRepository(VehicleEntity) : this.vehicles).findBy({ id: In([...new Set(ids)]) });
  }

  /** On PostgreSQL the row stays locked until commit, so a delete and an order for the vehicle cannot cross. */
  findForUpdate(id: string, manager: EntityManager): Promise<VehicleEntity | null> {
    return lockedForUpdate(manager.getRepository(VehicleEntity).createQueryBuilder('vehicle').where('vehicle.id = :id', { id })).getOne();
  }

  /**
   * The customer's vehicle with this registration, locked like `findForUpdate`. On PostgreSQL a
   * transaction lock on (customer, registration) is taken first, held until commit, so two
   * orders naming one new vehicle at once do not both create it; SQLite's writes already run one at a time.
   */
  async findByRegistrationForUpdate(customerId: string, registration: string, manager: EntityManager): Promise<VehicleEntity | null> {
    if (manager.connection.options.type === 'postgres') {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`vehicles:${customerId}:${registration}`]);
    }
    return lockedForUpdate(
      manager
        .getRepository(VehicleEntity)
        .createQueryBuilder('vehicle')
        .where('vehicle.customerId = :customerId AND vehicle.registration = :registration', { customerId, registration }),
    ).getOne();
  }

  /** The customer's vehicle with this registration, locked like `findForUpdate`, without the transaction lock on the registration. */
  findRegisteredForUpdate(customerId: string, registration: string, manager: EntityManager): Promise<VehicleEntity | null> {
    return lockedForUpdate(
      manager
        .getRepository(VehicleEntity)
        .createQueryBuilder('vehicle')
        .where('vehicle.customerId = :customerId AND vehicle.registration = :registration', { customerId, registration }),
    ).getOne();
  }

  /**
   * Inserts the vehicle unless its customer has one with its registration; whether it did. On
   * PostgreSQL the unique index decides (`ON CONFLICT DO NOTHING`, which waits for a transaction
   * inserting the same registration to end); SQLite's writes run one at a time, so the caller's
   * look just before still holds.
   */
  async insertUnlessRegistered(vehicle: VehicleEntity, manager: EntityManager): Promise<boolean> {
    if (manager.connection.options.type !== 'postgres') {
      await manager.getRepository(VehicleEntity).insert(vehicle);
      return true;
    }
    const result = await manager.createQueryBuilder().insert().into(VehicleEntity).values(vehicle).orIgnore().returning('id').execute();
    return (result.raw as unknown[]).length > 0;
  }

  findByRegistration(customerId: string, registration: string, manager: EntityManager): Promise<VehicleEntity | null> {
    return manager.getRepository(VehicleEntity).findOneBy({ customerId, registration });
  }

  /** The customer's vehicles, newest first; up to `limit + 1` rows for `toPage`. */
  findPage(query: VehicleListQuery): Promise<VehicleEntity[]> {
    const builder = this.vehicles.createQueryBuilder('vehicle').where('vehicle.customerId = :customerId', { customerId: query.customerId });
    if (query.q) {
      const q = query.q;
      builder.andWhere(
        new Brackets((any) => {
          applyTextSearch(any as SelectQueryBuilder<VehicleEntity>, ['registration', 'vin', 'fleetNumber'], q);
          if (query.registration) any.orWhere('vehicle.registration = :registration', { registration: query.registration });
        }),
      );
    }
    return applyKeysetPage(builder, query).getMany();
  }

  build(values: NewVehicle): VehicleEntity {
    return this.vehicles.create(values);
  }

  save(vehicle: VehicleEntity, manager: EntityManager): Promise<VehicleEntity> {
    return manager.getRepository(VehicleEntity).save(vehicle);
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(VehicleEntity).delete({ id });
  }
}
