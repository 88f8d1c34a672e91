import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { applyKeysetPage } from '@app/common';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import { OrderItemEntity } from './entities/order-item.entity';
import { OrderEntity, OrderStatus } from './entities/order.entity';

export interface OrderListFilter {
  status?: OrderStatus;
  customerId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

@Injectable()
export class OrdersRepository {
  constructor(@InjectRepository(OrderEntity) private readonly orders: Repository<OrderEntity>) {}

  /** PostgreSQL draws from a sequence; SQLite writes are serialised, so the next free number is safe. */
  async nextSequenceNumber(manager: EntityManager): Promise<number> {
    if (manager.connection.options.type === 'postgres') {
      const [row] = (await manager.query(`SELECT nextval('order_number_seq') AS value`)) as Array<{ value: string }>;
      return Number(row!.value);
    }
    const row = await manager
      .getRepository(OrderEntity)
      .createQueryBuilder('order')
      .select('COALESCE(MAX(order.sequenceNo), 0) + 1', 'value')
      .getRawOne<{ value: number }>();
    return Number(row!.value);
  }

  save(order: OrderEntity, manager: EntityManager): Promise<OrderEntity> {
    return manager.getRepository(OrderEntity).save(order);
  }

  /** The order with its lines in the order the client sent them. */
  findWithItems(id: string, manager?: EntityManager): Promise<OrderEntity | null> {
    const repository = manager ? manager.getRepository(OrderEntity) : this.orders;
    return repository.findOne({ where: { id }, relations: { items: true }, order: { items: { position: 'ASC' } } });
  }

  /** Reads the order for a status change; on PostgreSQL the row stays locked until commit so two changes cannot interleave. */
  findForUpdate(id: string, manager: EntityManager): Promise<OrderEntity | null> {
    const postgres = manager.connection.options.type === 'postgres';
    return manager.getRepository(OrderEntity).findOne({ where: { id }, ...(postgres ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  /** One page, newest first, lines loaded with a single extra query for the whole page. */
  async list(filter: OrderListFilter): Promise<OrderEntity[]> {
    const query = this.orders.createQueryBuilder('order');
    if (filter.status) query.andWhere('order.status = :status', { status: filter.status });
    if (filter.customerId) query.andWhere('order.customerId = :customerId', { customerId: filter.customerId });
    if (filter.from) query.andWhere('order.createdAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('order.createdAt < :to', { to: filter.to });
    const orders = await applyKeysetPage(query, filter).getMany();
    if (orders.length === 0) return orders;

    const items = await this.orders.manager
      .getRepository(OrderItemEntity)
      .createQueryBuilder('item')
      .where('item.orderId IN (:...ids)', { ids: orders.map((order) => order.id) })
      .orderBy('item.position', 'ASC')
      .getMany();
    for (const order of orders) order.items = [];
    const byId = new Map(orders.map((order) => [order.id, order]));
    for (const item of items) byId.get(item.orderId)!.items.push(item);
    return orders;
  }

  findIdempotencyKey(key: string, manager?: EntityManager): Promise<IdempotencyKeyEntity | null> {
    return (manager ?? this.orders.manager).getRepository(IdempotencyKeyEntity).findOneBy({ key });
  }

  /** A plain INSERT: a concurrent request holding the same key must fail on the primary key, not overwrite it. */
  async insertIdempotencyKey(record: IdempotencyKeyEntity, manager: EntityManager): Promise<void> {
    await manager.getRepository(IdempotencyKeyEntity).insert(record as QueryDeepPartialEntity<IdempotencyKeyEntity>);
  }
}
