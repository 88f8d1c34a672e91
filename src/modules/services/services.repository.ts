import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Not, Repository } from 'typeorm';
import { PlainRowReader, applyKeysetPage, lockedForUpdate } from '@app/common';
import { ServiceStatusHistoryEntity } from './entities/service-status-history.entity';
import { ServiceEntity } from './entities/service.entity';
import type { ServiceStatus } from './service-status';
import type { ServiceType } from './service-type';

export interface ServiceFilters {
  status?: ServiceStatus;
  orderId?: string;
  engineerId?: string;
  type?: ServiceType;
  vehicleId?: string;
}

export type NewService = Pick<
  ServiceEntity,
  'orderId' | 'vehicleId' | 'type' | 'status' | 'engineerId' | 'estimatedMinutes' | 'installationPostcode' | 'requiredSkills'
> &
  Partial<Pick<ServiceEntity, 'completionReport'>>;

/** Pending tasks of one order that need the same skills: how many, how long, how many after a failed visit. */
export interface PendingGroup {
  orderId: string;
  requiredSkills: string[];
  tasks: number;
  minutes: number;
  failed: number;
}

export type NewStatusChange = Pick<ServiceStatusHistoryEntity, 'serviceId' | 'fromStatus' | 'toStatus' | 'at' | 'note' | 'actor'> &
  Partial<Pick<ServiceStatusHistoryEntity, 'failureReason'>>;

/** Rows per insert statement: well inside SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_CHUNK = 100;

@Injectable()
export class ServicesRepository {
  private readonly serviceRows: PlainRowReader<ServiceEntity>;
  /** Hydrates the JSON skills as each driver stores them. */
  private readonly pendingGroupRows: PlainRowReader<Pick<ServiceEntity, 'orderId' | 'requiredSkills'>>;

  constructor(
    @InjectRepository(ServiceEntity) private readonly services: Repository<ServiceEntity>,
    @InjectRepository(ServiceStatusHistoryEntity) private readonly history: Repository<ServiceStatusHistoryEntity>,
  ) {
    this.serviceRows = new PlainRowReader(services.manager, services.metadata, 's');
    this.pendingGroupRows = new PlainRowReader(services.manager, services.metadata, 's', ['orderId', 'requiredSkills']);
  }

  findById(id: string, manager?: EntityManager): Promise<ServiceEntity | null> {
    const repository = manager ? manager.getRepository(ServiceEntity) : this.services;
    return repository.findOneBy({ id });
  }

  /** Newest first; one row more than the page so the caller can tell whether another follows. */
  findPage(filters: ServiceFilters, page: { limit: number; cursor?: string }): Promise<ServiceEntity[]> {
    const query = this.services.createQueryBuilder('service');
    if (filters.status) query.andWhere('service.status = :status', { status: filters.status });
    if (filters.orderId) query.andWhere('service.orderId = :orderId', { orderId: filters.orderId });
    if (filters.engineerId) query.andWhere('service.engineerId = :engineerId', { engineerId: filters.engineerId });
    if (filters.type) query.andWhere('service.type = :type', { type: filters.type });
    if (filters.vehicleId) query.andWhere('service.vehicleId = :vehicleId', { vehicleId: filters.vehicleId });
    return applyKeysetPage(query, page).getMany();
  }

  /** Read by every availability search and order page, so without the query builder. */
  findByOrder(orderId: string): Promise<ServiceEntity[]> {
    return this.serviceRows.many(
      `SELECT ${this.serviceRows.selectList} FROM "services" "s" WHERE "s"."order_id" = :orderId ORDER BY "s"."created_at", "s"."id"`,
      { orderId },
    );
  }

  /** The services of several orders (a page of them), oldest first. */
  findByOrders(orderIds: string[]): Promise<ServiceEntity[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return this.serviceRows.many(
      `SELECT ${this.serviceRows.selectList} FROM "services" "s" WHERE "s"."order_id" IN (:...orderIds) ORDER BY "s"."created_at", "s"."id"`,
      { orderIds },
    );
  }

  /**
   * The pending services of several orders (a page of the dispatcher's queue), grouped by order
   * and skill set in the database: a fleet order's hundred vans with the same kit are one row.
   * `failed`: how many of them have a failed visit on record.
   */
  async sumPendingByOrders(orderIds: string[]): Promise<PendingGroup[]> {
    if (orderIds.length === 0) return [];
    const rows = await this.pendingGroupRows.many(
      `SELECT "s"."order_id" AS "orderId", "s"."required_skills" AS "requiredSkills", COUNT(*) AS "tasks", SUM("s"."estimated_minutes") AS "minutes",` +
        ` SUM(CASE WHEN EXISTS (SELECT 1 FROM "service_status_history" "h" WHERE "h"."service_id" = "s"."id" AND "h"."failure_reason" IS NOT NULL) THEN 1 ELSE 0 END) AS "failed"` +
        ` FROM "services" "s" WHERE "s"."order_id" IN (:...orderIds) AND "s"."status" = 'pending' GROUP BY "s"."order_id", "s"."required_skills"`,
      { orderIds },
    );
    // COUNT and SUM are bigints, which PostgreSQL's driver returns as text.
    return rows.map((row) => {
      const sums = row as unknown as Record<'tasks' | 'minutes' | 'failed', number | string>;
      return { orderId: row.orderId, requiredSkills: row.requiredSkills, tasks: Number(sums.tasks), minutes: Number(sums.minutes), failed: Number(sums.failed) };
    });
  }

  /** The services still open (pending, scheduled, in progress) on a vehicle. */
  findOpenForVehicle(vehicleId: string, manager: EntityManager): Promise<ServiceEntity[]> {
    return manager.getRepository(ServiceEntity).find({ where: { vehicleId, status: In(['pending', 'scheduled', 'in_progress']) } });
  }

  /**
   * The order's services, locked until the transaction ends on PostgreSQL (SQLite
   * transactions already run one at a time). Every status change locks the whole order,
   * always in id order, so deciding "all of the order's services are completed" cannot
   * race with another change to the same order, and two changes cannot deadlock.
   */
  lockByOrder(orderId: string, manager: EntityManager): Promise<ServiceEntity[]> {
    const query = manager
      .getRepository(ServiceEntity)
      .createQueryBuilder('service')
      .where('service.orderId = :orderId', { orderId })
      .orderBy('service.id', 'ASC');
    return lockedForUpdate(query).getMany();
  }

  existsForOrder(orderId: string, type: ServiceType, manager: EntityManager): Promise<boolean> {
    return manager.getRepository(ServiceEntity).existsBy({ orderId, type });
  }

  /** New services in a few statements, however many: a fleet order's tasks are one per vehicle. */
  async createMany(services: NewService[], manager: EntityManager): Promise<ServiceEntity[]> {
    const repository = manager.getRepository(ServiceEntity);
    const now = new Date();
    const rows = services.map((service) => Object.assign(repository.create(service), { id: randomUUID(), createdAt: now, updatedAt: now }));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) await repository.insert(rows.slice(start, start + INSERT_CHUNK));
    return rows;
  }

  save(service: ServiceEntity, manager: EntityManager): Promise<ServiceEntity> {
    return manager.getRepository(ServiceEntity).save(service);
  }

  async addStatusChange(change: NewStatusChange, manager: EntityManager): Promise<void> {
    await this.addStatusChanges([change], manager);
  }

  async addStatusChanges(changes: NewStatusChange[], manager: EntityManager): Promise<void> {
    for (let start = 0; start < changes.length; start += INSERT_CHUNK) {
      await manager.getRepository(ServiceStatusHistoryEntity).insert(changes.slice(start, start + INSERT_CHUNK));
    }
  }

  /**
   * Each service's latest failed visit (a status change with a failure reason), for a whole page
   * in one query: the last one written (serial id), whatever the clock said.
   */
  async findLastFailures(serviceIds: string[], manager?: EntityManager): Promise<Map<string, ServiceStatusHistoryEntity>> {
    const last = new Map<string, ServiceStatusHistoryEntity>();
    if (serviceIds.length === 0) return last;
    const repository = manager ? manager.getRepository(ServiceStatusHistoryEntity) : this.history;
    const rows = await repository.find({ where: { serviceId: In(serviceIds), failureReason: Not(IsNull()) }, order: { id: 'ASC' } });
    for (const row of rows) last.set(row.serviceId, row);
    return last;
  }

  /** Oldest first; the serial id orders changes made within the same millisecond. */
  findHistory(serviceId: string): Promise<ServiceStatusHistoryEntity[]> {
    return this.history.find({ where: { serviceId }, order: { at: 'ASC', id: 'ASC' } });
  }
}
