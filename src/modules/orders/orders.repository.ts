import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, LessThan, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DatedKeysetPosition, GeoPoint, PlainRowReader, geoPointOf, insertInChunks, isUkPostcodeArea, keysetCondition, lockedForUpdate } from '@app/common';
import { deleteDueRows } from '../../retention/delete-due-rows';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import { OrderItemEntity } from './entities/order-item.entity';
import { OrderEntity, OrderStatus } from './entities/order.entity';
import { OrderStatusHistoryEntity } from './entities/order-status-history.entity';
import type { OrderPriority } from './order-priority';
import { OrderVehicleEntity } from './entities/order-vehicle.entity';

// The read paths select what the responses and visibility rules use, nothing more: on a page
// of orders, every extra timestamp is another date parsed per row (docs/performance.md).
const ORDER_READ_PROPERTIES = [
  'id',
  'number',
  'status',
  'customerId',
  'placedByApiKeyId',
  'currency',
  'totalMinor',
  'vehicleRegistration',
  'vehicleMake',
  'vehicleModel',
  'vehicleYear',
  'vehicleCount',
  'addressLine1',
  'addressLine2',
  'addressCity',
  'addressPostcode',
  'addressLat',
  'addressLng',
  'notes',
  'priority',
  'dueBy',
  'cancellationReason',
  'cancelledAt',
  'fulfilledAt',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof OrderEntity)[];
const ITEM_READ_PROPERTIES = [
  'id',
  'orderId',
  'productId',
  'sku',
  'name',
  'category',
  'quantity',
  'unitPriceMinor',
  'lineTotalMinor',
  'requiresInstallation',
  'installMinutes',
  'orderVehicleId',
] as const satisfies readonly (keyof OrderItemEntity)[];
const VEHICLE_READ_PROPERTIES = ['id', 'orderId', 'vehicleId', 'position', 'registration', 'make', 'model', 'year'] as const satisfies readonly (keyof OrderVehicleEntity)[];

/** An order as the read paths return it: plain data, lines attached. */
export type OrderRecord = Pick<OrderEntity, (typeof ORDER_READ_PROPERTIES)[number]> & { items: OrderItemRecord[] };
export type OrderItemRecord = Pick<OrderItemEntity, (typeof ITEM_READ_PROPERTIES)[number]>;
export type OrderVehicleRecord = Pick<OrderVehicleEntity, (typeof VEHICLE_READ_PROPERTIES)[number]>;
const CHANGE_READ_PROPERTIES = ['fromStatus', 'toStatus', 'at', 'reason', 'actor'] as const satisfies readonly (keyof OrderStatusHistoryEntity)[];
/** A status change as the order's page shows it. */
export type OrderStatusChangeRecord = Pick<OrderStatusHistoryEntity, (typeof CHANGE_READ_PROPERTIES)[number]>;

/** An order search as keys of the orders table: orders matching any of them are found. */
export interface OrderSearch {
  number?: string;
  postcode?: string;
  orderIds: readonly string[];
  customerIds: readonly string[];
}

/**
 * One condition ORing the search's keys. Each has an index (the number's unique key, the
 * primary key, idx_orders_address_postcode, idx_orders_customer_created), so PostgreSQL
 * unions bitmap index scans and sorts the few orders found rather than walking the newest-first index.
 */
function searchCondition(search: OrderSearch): { sql: string; parameters: Record<string, unknown> } {
  const any: string[] = [];
  if (search.number) any.push('"o"."number" = :searchNumber');
  if (search.postcode) any.push('"o"."address_postcode" = :searchPostcode');
  if (search.orderIds.length > 0) any.push('"o"."id" IN (:...searchOrderIds)');
  if (search.customerIds.length > 0) any.push('"o"."customer_id" IN (:...searchCustomerIds)');
  return {
    sql: `(${any.join(' OR ')})`,
    parameters: { searchNumber: search.number, searchPostcode: search.postcode, searchOrderIds: search.orderIds, searchCustomerIds: search.customerIds },
  };
}

const AWAITING_BOOKING_PROPERTIES = ['id', 'number', 'customerId', 'addressPostcode', 'vehicleCount', 'priority', 'dueBy', 'createdAt'] as const satisfies readonly (keyof OrderEntity)[];
const SITE_PROPERTIES = ['id', 'number', 'customerId', 'addressLine1', 'addressLine2', 'addressCity', 'addressPostcode'] as const satisfies readonly (keyof OrderEntity)[];

/** An order as other modules' pages place it on a board, a map or a calendar: its number, customer and address. */
export type OrderSiteRecord = Pick<OrderEntity, (typeof SITE_PROPERTIES)[number]>;

/** An order in the dispatcher's queue, as the queue shows and orders it. */
export type AwaitingBookingRecord = Pick<OrderEntity, (typeof AWAITING_BOOKING_PROPERTIES)[number]>;

export interface AwaitingBookingFilter {
  priority?: OrderPriority;
  /** A postcode area (`LS`) or district (`LS12`), upper case: where the work is. */
  area?: string;
  /** A product category the order fits. */
  skill?: string;
  limit: number;
  /** Strictly after this position in (dueBy, createdAt, id) order. */
  after?: DatedKeysetPosition;
}

export interface OrderListFilter {
  status?: OrderStatus;
  customerId?: string;
  placedByApiKeyId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
  search?: OrderSearch;
}

@Injectable()
export class OrdersRepository {
  // The list and the detail are the hottest reads: explicit SQL, no entity hydration.
  private readonly orderRows: PlainRowReader<OrderRecord>;
  private readonly itemRows: PlainRowReader<OrderItemRecord>;
  private readonly vehicleRows: PlainRowReader<OrderVehicleRecord>;
  private readonly changeRows: PlainRowReader<OrderStatusChangeRecord>;

  private readonly awaitingRows: PlainRowReader<AwaitingBookingRecord>;
  private readonly siteRows: PlainRowReader<OrderSiteRecord>;
  private readonly locationRows: PlainRowReader<Pick<OrderEntity, 'addressLat' | 'addressLng'>>;

  constructor(@InjectRepository(OrderEntity) private readonly orders: Repository<OrderEntity>) {
    this.awaitingRows = new PlainRowReader(orders.manager, orders.metadata, 'o', AWAITING_BOOKING_PROPERTIES);
    this.siteRows = new PlainRowReader(orders.manager, orders.metadata, 'o', SITE_PROPERTIES);
    this.locationRows = new PlainRowReader(orders.manager, orders.metadata, 'o', ['addressLat', 'addressLng']);
    this.orderRows = new PlainRowReader(orders.manager, orders.metadata, 'o', ORDER_READ_PROPERTIES);
    this.itemRows = new PlainRowReader(orders.manager, orders.manager.connection.getMetadata(OrderItemEntity), 'i', ITEM_READ_PROPERTIES);
    this.vehicleRows = new PlainRowReader(orders.manager, orders.manager.connection.getMetadata(OrderVehicleEntity), 'ov', VEHICLE_READ_PROPERTIES);
    this.changeRows = new PlainRowReader(orders.manager, orders.manager.connection.getMetadata(OrderStatusHistoryEntity), 'h', CHANGE_READ_PROPERTIES);
  }

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

  /**
   * A new order with its lines. Not `save`: with the id already set, `save` first selects the
   * row to choose between insert and update, a round trip on every placement.
   */
  async insertNew(order: OrderEntity, manager: EntityManager): Promise<OrderEntity> {
    await manager.getRepository(OrderEntity).insert(order);
    const items = order.items.map((item) => Object.assign(item, { orderId: order.id }));
    await insertInChunks(manager.getRepository(OrderItemEntity), items, 500);
    return order;
  }

  /**
   * The order with its lines in the order the client sent them, in one round trip: each
   * query costs the order page a socket write and a wake-up of the database (docs/performance.md).
   */
  async findWithItems(id: string): Promise<OrderRecord | null> {
    const rows = await this.orderRows.raw(
      `SELECT ${this.orderRows.qualifiedSelectList}, ${this.itemRows.qualifiedSelectList} FROM "orders" "o"` +
        ` LEFT JOIN "order_items" "i" ON "i"."order_id" = "o"."id" WHERE "o"."id" = :id ORDER BY "i"."position"`,
      { id },
    );
    const order = rows[0] && this.orderRows.pick(rows[0]);
    if (!order) return null;
    order.items = rows.flatMap((row) => this.itemRows.pick(row) ?? []);
    return order;
  }

  /** Reads the order for a status change; on PostgreSQL the row stays locked until commit so two changes cannot interleave. */
  findForUpdate(id: string, manager: EntityManager): Promise<OrderEntity | null> {
    return lockedForUpdate(manager.getRepository(OrderEntity).createQueryBuilder('order').where('order.id = :id', { id })).getOne();
  }

  addStatusChange(change: Omit<OrderStatusHistoryEntity, 'id' | 'order'>, manager: EntityManager): Promise<unknown> {
    return manager.getRepository(OrderStatusHistoryEntity).insert(change);
  }

  /** The order's status changes, oldest first. */
  findHistory(orderId: string): Promise<OrderStatusChangeRecord[]> {
    return this.changeRows.many(`SELECT ${this.changeRows.selectList} FROM "order_status_history" "h" WHERE "h"."order_id" = :orderId ORDER BY "h"."id"`, { orderId });
  }

  async findStatus(id: string): Promise<OrderStatus | undefined> {
    return (await this.orders.findOne({ select: { id: true, status: true }, where: { id } }))?.status;
  }

  /** Order numbers by id, for other modules that name orders in their answers. */
  async numbersOf(ids: string[], manager: EntityManager = this.orders.manager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.getRepository(OrderEntity).find({ select: { id: true, number: true }, where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((row) => [row.id, row.number]));
  }

  /** Number, customer and installation address of each order; unknown ids are absent. */
  findSites(ids: string[]): Promise<OrderSiteRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.siteRows.many(`SELECT ${this.siteRows.selectList} FROM "orders" "o" WHERE "o"."id" IN (:...ids)`, { ids: [...new Set(ids)] });
  }

  /** Plain rows: every availability search asks. */
  async installationLocationOf(id: string): Promise<GeoPoint | null> {
    const [row] = await this.locationRows.many(`SELECT ${this.locationRows.selectList} FROM "orders" "o" WHERE "o"."id" = :id`, { id });
    return row ? geoPointOf(row.addressLat, row.addressLng) : null;
  }

  /** Only a change is written (the flag is derived, so `updatedAt` stays). */
  async setAwaitingBooking(id: string, awaiting: boolean, manager: EntityManager): Promise<void> {
    await manager.getRepository(OrderEntity).update({ id, awaitingBooking: !awaiting }, { awaitingBooking: awaiting });
  }

  async updateSettled(
    id: string,
    changes: Partial<Pick<OrderEntity, 'status' | 'cancellationReason' | 'cancelledAt' | 'fulfilledAt' | 'updatedAt'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(OrderEntity).update({ id }, changes);
  }

  async updatePlanning(id: string, planning: Pick<OrderEntity, 'priority' | 'dueBy' | 'updatedAt'>, manager: EntityManager): Promise<void> {
    await manager.getRepository(OrderEntity).update({ id }, planning);
  }

  /**
   * Orders awaiting a booking, by (due_by, created_at, id), from the partial index
   * `idx_orders_awaiting_booking_due`: it holds only the orders waiting, so a filter that
   * matches few of them reads those few thousand index entries at most, never the whole table.
   */
  findAwaitingBooking(filter: AwaitingBookingFilter): Promise<AwaitingBookingRecord[]> {
    // The literal TRUE is the index's own predicate, so both databases' planners see the index applies.
    const conditions = ['"o"."awaiting_booking" = TRUE'];
    const parameters: Record<string, unknown> = { limit: filter.limit };
    if (filter.priority) {
      conditions.push('"o"."priority" = :priority');
      parameters.priority = filter.priority;
    }
    if (filter.area) {
      // Postcodes are stored normalised (`LS12 3AB`): an area is the letters before the district's digits.
      if (isUkPostcodeArea(filter.area)) {
        conditions.push(`"o"."address_postcode" LIKE :areaPrefix AND substr("o"."address_postcode", :digitAt, 1) BETWEEN '0' AND '9'`);
        Object.assign(parameters, { areaPrefix: `${filter.area}%`, digitAt: filter.area.length + 1 });
      } else {
        conditions.push('"o"."address_postcode" LIKE :districtPrefix');
        parameters.districtPrefix = `${filter.area} %`;
      }
    }
    if (filter.skill) {
      conditions.push(
        'EXISTS (SELECT 1 FROM "order_items" "i" WHERE "i"."order_id" = "o"."id" AND "i"."requires_installation" = TRUE AND "i"."category" = :skill)',
      );
      parameters.skill = filter.skill;
    }
    if (filter.after) {
      conditions.push('("o"."due_by", "o"."created_at", "o"."id") > (:afterDate, :afterCreatedAt, :afterId)');
      Object.assign(parameters, { afterDate: filter.after.date, afterCreatedAt: filter.after.createdAt, afterId: filter.after.id });
    }
    return this.awaitingRows.many(
      `SELECT ${this.awaitingRows.selectList} FROM "orders" "o" WHERE ${conditions.join(' AND ')}` +
        ` ORDER BY "o"."due_by", "o"."created_at", "o"."id" LIMIT :limit`,
      parameters,
    );
  }

  /** One page, newest first, lines loaded with a single extra query for the whole page. */
  async list(filter: OrderListFilter): Promise<OrderRecord[]> {
    const conditions: string[] = [];
    const parameters: Record<string, unknown> = { limit: filter.limit + 1 };
    if (filter.status) conditions.push('"o"."status" = :status');
    if (filter.customerId) conditions.push('"o"."customer_id" = :customerId');
    if (filter.placedByApiKeyId) conditions.push('"o"."placed_by_api_key_id" = :placedByApiKeyId');
    if (filter.from) conditions.push('"o"."created_at" >= :from');
    if (filter.to) conditions.push('"o"."created_at" < :to');
    Object.assign(parameters, { status: filter.status, customerId: filter.customerId, placedByApiKeyId: filter.placedByApiKeyId, from: filter.from, to: filter.to });
    if (filter.search) {
      const search = searchCondition(filter.search);
      conditions.push(search.sql);
      Object.assign(parameters, search.parameters);
    }
    if (filter.cursor) {
      const after = keysetCondition('"o"."created_at"', '"o"."id"', filter.cursor);
      conditions.push(after.sql);
      Object.assign(parameters, after.parameters);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    // A search matches few orders (a registration's, at most SEARCH_CUSTOMER_LIMIT customers'):
    // found all through their indexes, then sorted. Asked straight for the newest page, PostgreSQL
    // may instead walk the newest-first index testing every order (tens of thousands for a common
    // name, all of them for a name whose orders are old); MATERIALIZED keeps the two steps apart.
    // The page is cut from the keys alone, so only its own orders are read in full.
    const sql = filter.search
      ? `WITH "found" AS MATERIALIZED (SELECT "o"."id", "o"."created_at" FROM "orders" "o" ${where}),` +
        ` "page" AS MATERIALIZED (SELECT "id", "created_at" FROM "found" ORDER BY "created_at" DESC, "id" DESC LIMIT :limit)` +
        ` SELECT ${this.orderRows.selectList} FROM "page" "f" INNER JOIN "orders" "o" ON "o"."id" = "f"."id" ORDER BY "f"."created_at" DESC, "f"."id" DESC`
      : `SELECT ${this.orderRows.selectList} FROM "orders" "o" ${where} ORDER BY "o"."created_at" DESC, "o"."id" DESC LIMIT :limit`;
    const rows = await this.orderRows.many(sql, parameters);
    if (rows.length === 0) return [];
    const byId = new Map<string, OrderRecord>();
    for (const order of rows) {
      order.items = [];
      byId.set(order.id, order);
    }
    for (const item of await this.itemsOf([...byId.keys()])) byId.get(item.orderId)!.items.push(item);
    return rows;
  }

  /** The orders with a vehicle of this registration (as ordered, normalised), at most `limit`. */
  async orderIdsWithRegistration(registration: string, limit: number): Promise<string[]> {
    const rows = await this.orders.manager
      .getRepository(OrderVehicleEntity)
      .createQueryBuilder('ov')
      .select('DISTINCT ov.orderId', 'orderId')
      .where('ov.registration = :registration', { registration })
      .limit(limit)
      .getRawMany<{ orderId: string }>();
    return rows.map((row) => row.orderId);
  }

  private itemsOf(orderIds: string[]): Promise<OrderItemRecord[]> {
    return this.itemRows.many(
      `SELECT ${this.itemRows.selectList} FROM "order_items" "i" WHERE "i"."order_id" IN (:...orderIds) ORDER BY "i"."order_id", "i"."position"`,
      { orderIds },
    );
  }

  /** The vehicles of these orders, each order's in the order the client listed them. */
  vehiclesOf(orderIds: string[]): Promise<OrderVehicleRecord[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return this.vehicleRows.many(
      `SELECT ${this.vehicleRows.selectList} FROM "order_vehicles" "ov" WHERE "ov"."order_id" IN (:...orderIds) ORDER BY "ov"."order_id", "ov"."position"`,
      { orderIds },
    );
  }

  async insertVehicles(vehicles: OrderVehicleEntity[], manager: EntityManager): Promise<void> {
    await insertInChunks(manager.getRepository(OrderVehicleEntity), vehicles as QueryDeepPartialEntity<OrderVehicleEntity>[], 50);
  }

  /** Orders not yet fulfilled or cancelled that are for this vehicle. */
  async openOrdersWithVehicle(vehicleId: string, manager: EntityManager): Promise<string[]> {
    const rows = await manager
      .getRepository(OrderVehicleEntity)
      .createQueryBuilder('ov')
      .innerJoin(OrderEntity, 'o', 'o.id = ov.orderId')
      .select('ov.orderId', 'orderId')
      .where('ov.vehicleId = :vehicleId AND o.status = :status', { vehicleId, status: 'placed' })
      .getRawMany<{ orderId: string }>();
    return rows.map((row) => row.orderId);
  }

  /** The lines of one vehicle of an order (all of its lines when `vehicleId` is null), in the client's order. */
  async linesOfVehicle(orderId: string, vehicleId: string | null, manager?: EntityManager): Promise<OrderItemRecord[]> {
    const items = await this.itemRows.many(
      `SELECT ${this.itemRows.selectList} FROM "order_items" "i" WHERE "i"."order_id" = :orderId ORDER BY "i"."position"`,
      { orderId },
      manager,
    );
    if (vehicleId === null) return items;
    const [vehicle] = await this.vehicleRows.many(
      `SELECT ${this.vehicleRows.selectList} FROM "order_vehicles" "ov" WHERE "ov"."order_id" = :orderId AND "ov"."vehicle_id" = :vehicleId`,
      { orderId, vehicleId },
      manager,
    );
    if (!vehicle) return [];
    return items.filter((item) => item.orderVehicleId === vehicle.id || (item.orderVehicleId === null && vehicle.position === 0));
  }

  /** Who placed the order: its API key, null for staff, undefined when there is no such order. */
  async findPlacedBy(id: string): Promise<string | null | undefined> {
    const order = await this.orders.findOne({ where: { id }, select: { id: true, placedByApiKeyId: true } });
    return order ? order.placedByApiKeyId : undefined;
  }

  findIdempotencyKey(key: string, manager?: EntityManager): Promise<IdempotencyKeyEntity | null> {
    return (manager ?? this.orders.manager).getRepository(IdempotencyKeyEntity).findOneBy({ key });
  }

  /** Removes the key if it was stored before `cutoff`, so that an expired key can be used again. */
  async deleteIdempotencyKeyIfCreatedBefore(key: string, cutoff: Date, manager: EntityManager): Promise<void> {
    await manager.delete(IdempotencyKeyEntity, { key, createdAt: LessThan(cutoff) });
  }

  /** One batch of keys stored before `cutoff`: at most `limit` rows deleted, answers how many. */
  deleteIdempotencyKeysCreatedBefore(cutoff: Date, limit: number, manager: EntityManager): Promise<number> {
    return deleteDueRows(manager, IdempotencyKeyEntity, 'due.createdAt < :cutoff', { cutoff }, limit);
  }

  /** A plain INSERT: a concurrent request holding the same key must fail on the primary key, not overwrite it. */
  async insertIdempotencyKey(record: IdempotencyKeyEntity, manager: EntityManager): Promise<void> {
    await manager.getRepository(IdempotencyKeyEntity).insert(record as QueryDeepPartialEntity<IdempotencyKeyEntity>);
  }
}
