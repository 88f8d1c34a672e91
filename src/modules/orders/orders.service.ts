import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import { EntityManager } from 'typeorm';
import {
  Clock,
  GeoPoint,
  OwnershipScope,
  Page,
  ResourceNotFoundError,
  UnitOfWork,
  ValidationFailedError,
  fingerprintRequest,
  groupBy,
  isUniqueViolation,
  toPage,
} from '@app/common';
import { RetentionConfig } from '../../config/retention.config';
import { ActorsService } from '../auth/actors.service';
import { OutboxPublisher } from '../../outbox/outbox.publisher';
import { deleteInBatches } from '../../retention/delete-in-batches';
import { DEFAULT_RETENTION_BUDGET, RetentionBudget } from '../../retention/retention-job';
import { CustomerSnapshot, CustomersService } from '../customers/customers.service';
import { BusinessSettings, SettingsService } from '../settings/settings.service';
import { ProductsService } from '../products/products.service';
import type { VehicleDescription, VehicleSnapshot } from '../vehicles/vehicle.model';
import { VehiclesService } from '../vehicles/vehicles.service';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import { OrderCustomerResponse, OrderDetailResponse } from './dto/order-detail.response';
import { OrderResponse, mapOrder } from './dto/order.response';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import { OrderItemEntity } from './entities/order-item.entity';
import { OrderEntity } from './entities/order.entity';
import { OrderVehicleEntity } from './entities/order-vehicle.entity';
import { OrderPlacedEvent } from './events/order-placed.event';
import { DueDateRules, dueDateFor } from './order-due-date';
import type { OrderPriority } from './order-priority';
import { PricedLine, PricedOrder, RequestedLine, priceOrder } from './order-pricing';
import { OrderLifecycleService } from './order-lifecycle.service';
import { formatOrderNumber } from './order-number';
import { OrderParticipants, OrderServiceView } from './order-participants';
import { orderSearchTerms } from './order-search';
import { canSeeOrder, listedOwner } from './order-visibility';
import {
  IdempotencyKeyReusedError,
  OrderClosedError,
  OrderCustomerNotFoundError,
  OrderNotFoundError,
  OrderVehicleNotFoundError,
  VehicleRepeatedError,
} from './orders.errors';
import { AwaitingBookingFilter, AwaitingBookingRecord, OrderRecord, OrderSearch, OrdersRepository } from './orders.repository';
import { CreateOrderV2Dto } from './v2/dto/create-order-v2.dto';
import { OrderV2DetailResponse, OrderV2Response, mapOrderV2, mapOrderV2Detail } from './v2/dto/order-v2.response';

/** Who places an order and for which request. */
export interface Placement {
  correlationId: string | null;
  /** Recorded in the order's history, as `user:<id>`, `api-key:<id>` or `seed`. */
  actor: string;
  /** The web shop's key that places it; null for staff. */
  placedByApiKeyId: string | null;
}

export interface PlacedOrderResult<Response = OrderResponse> {
  order: Response;
  /** True when an earlier request with the same Idempotency-Key produced this answer. */
  replayed: boolean;
}

/** One vehicle of an order being placed, with the lines fitted to it and how errors name them. */
interface VehicleDraft {
  /** `vehicle` (v1) or `vehicles.3` (v2). */
  field: string;
  vehicleId?: string;
  vehicle?: VehicleDescription;
  items: RequestedLine[];
  itemField(index: number): string;
}

/** An order being placed, whichever API version asked. */
interface OrderDraft {
  customerId?: string;
  customer?: CreateOrderDto['customer'];
  installationAddress?: CreateOrderDto['installationAddress'];
  notes?: string;
  priority?: OrderPriority;
  vehicles: VehicleDraft[];
  /** How a refusal of the lines as a whole names them: `items` (v1), `vehicles` (v2). */
  totalField: string;
}

interface ResolvedVehicle {
  vehicle: VehicleSnapshot;
  /** What the order records of it. */
  snapshot: { registration: string; make: string; model: string; year: number | null };
}

/** A status change as the order's history records it, the actor as recorded (`user:<id>`, …). */
interface RecordedStatusChange {
  fromStatus: string | null;
  toStatus: string;
  at: Date;
  reason: string;
  actor: string;
}

/** What was just stored, for the answer to the request. */
interface PlacedOrder {
  order: OrderEntity;
  vehicles: OrderVehicleEntity[];
  customer: CustomerSnapshot;
  placedChange: RecordedStatusChange;
}

/** What a dispatcher's board shows of an order. */
export interface OrderBoardSummary {
  id: string;
  number: string;
  customerId: string;
  addressPostcode: string;
}

export type { AwaitingBookingFilter, AwaitingBookingRecord } from './orders.repository';

/** One line of an order as other modules see it. */
export interface OrderLine {
  productId: string;
  sku: string;
  name: string;
  category: string;
  quantity: number;
  requiresInstallation: boolean;
  installMinutes: number;
}

function customerOf(customer: CustomerSnapshot): OrderCustomerResponse {
  return { id: customer.id, name: customer.name, email: customer.email, phone: customer.phone };
}

/** A key to store with the order. */
interface IdempotencyRecord {
  key: string;
  requestHash: string;
  at: Date;
  /** Set when an expired key of this name was found: it is deleted first if still stored before then. */
  replacesExpiredBefore?: Date;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * How many customers an order search reads orders of, the most recently created first: a text
 * shared by more (a common surname) searches these, and the dispatcher types more of the name.
 */
const SEARCH_CUSTOMER_LIMIT = 1000;
/** How many orders a registration is looked up in: one vehicle, ordered for again and again. */
const SEARCH_REGISTRATION_LIMIT = 1000;

/** Where an order's work happens, on which vehicles, and whose they are. */
export interface OrderSite {
  number: string;
  customerId: string;
  address: { line1: string; line2: string | null; city: string; postcode: string };
  vehicles: Array<{ registration: string; make: string; model: string }>;
}

@Injectable()
export class OrdersService {
  private readonly idempotencyKeyTtlMs: number;

  constructor(
    private readonly ordersRepository: OrdersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly productsService: ProductsService,
    private readonly customersService: CustomersService,
    private readonly vehiclesService: VehiclesService,
    private readonly lifecycle: OrderLifecycleService,
    private readonly participants: OrderParticipants,
    private readonly actors: ActorsService,
    private readonly outbox: OutboxPublisher,
    private readonly clock: Clock,
    private readonly settingsService: SettingsService,
    config: ConfigService,
  ) {
    this.idempotencyKeyTtlMs = config.getOrThrow<RetentionConfig>('retention').idempotencyKeyTtlHours * HOUR_MS;
  }

  /**
   * Prices and stores the order and its OrderPlaced event in one transaction. With an
   * Idempotency-Key, a retry of the same body gets the first answer back and creates nothing,
   * for `IDEMPOTENCY_KEY_TTL_HOURS`; after that the key is unknown, whether or not the retention
   * job has deleted it yet, and places a new order. `placedByApiKeyId` names the web shop's key
   * that places it; null for staff. The vehicle becomes (or is) one of the customer's vehicles.
   */
  place(request: CreateOrderDto, idempotencyKey: string | undefined, placement: Placement): Promise<PlacedOrderResult<OrderResponse>> {
    const draft: OrderDraft = {
      ...request,
      vehicles: [{ field: 'vehicle', vehicle: request.vehicle, items: request.items, itemField: (index) => `items.${index}` }],
      totalField: 'items',
    };
    return this.placeDraft(draft, fingerprintRequest(request), idempotencyKey, placement, ({ order }) => mapOrder(order));
  }

  /**
   * v2: an order for one or more vehicles, each the customer's by id or described (found by
   * registration, else created), each with its own lines; answers what GET /api/v2/orders/{id}
   * shows. Idempotency-Keys are shared with v1, but a key used on one version is another body on the other.
   */
  async placeV2(request: CreateOrderV2Dto, idempotencyKey: string | undefined, placement: Placement): Promise<PlacedOrderResult<OrderV2DetailResponse>> {
    const placer = (await this.actors.describe([placement.actor])).get(placement.actor)!;
    const draft: OrderDraft = {
      ...request,
      vehicles: request.vehicles.map((entry, index) => ({
        field: `vehicles.${index}`,
        vehicleId: entry.vehicleId,
        vehicle: entry.vehicle,
        items: entry.items,
        itemField: (line) => `vehicles.${index}.items.${line}`,
      })),
      totalField: 'vehicles',
    };
    return this.placeDraft(draft, fingerprintRequest({ apiVersion: 2, body: request }), idempotencyKey, placement, (placed) =>
      mapOrderV2Detail(placed.order, placed.vehicles, [], {
        customer: customerOf(placed.customer),
        booking: null,
        history: [{ ...placed.placedChange, actor: placer }],
      }),
    );
  }

  private async placeDraft<Response>(
    draft: OrderDraft,
    requestHash: string,
    idempotencyKey: string | undefined,
    placement: Placement,
    respond: (placed: PlacedOrder) => Response,
  ): Promise<PlacedOrderResult<Response>> {
    const { placedByApiKeyId } = placement;
    const now = this.clock.now();
    const expiredBefore = this.idempotencyKeysExpiredBefore(now);
    let idempotency: IdempotencyRecord | undefined;
    if (idempotencyKey) {
      const earlier = await this.ordersRepository.findIdempotencyKey(idempotencyKey);
      if (earlier && earlier.createdAt >= expiredBefore) return this.replay<Response>(earlier, requestHash, placedByApiKeyId);
      idempotency = { key: idempotencyKey, requestHash, at: now, replacesExpiredBefore: earlier ? expiredBefore : undefined };
    }
    try {
      // Read before the transaction: a read inside it would need a second pooled connection.
      const rules = await this.settingsService.current();
      const order = await this.unitOfWork.run((manager) => this.createOrder(manager, draft, placement, idempotency, respond, rules));
      return { order, replayed: false };
    } catch (error) {
      // Two requests with one key raced: the loser answers with the winner's order.
      if (idempotencyKey && isUniqueViolation(error)) {
        const winner = await this.ordersRepository.findIdempotencyKey(idempotencyKey);
        if (winner) return this.replay<Response>(winner, requestHash, placedByApiKeyId);
      }
      throw error;
    }
  }

  async list(query: ListOrdersQueryDto, scope: OwnershipScope): Promise<Page<OrderResponse>> {
    return toPage(await this.findPage(query, scope), query.limit, mapOrder);
  }

  /** v2: a page of orders, each vehicle with its lines and its task. */
  async listV2(query: ListOrdersQueryDto, scope: OwnershipScope): Promise<Page<OrderV2Response>> {
    const orders = await this.findPage(query, scope);
    const ids = orders.slice(0, query.limit).map((order) => order.id);
    const [vehicles, taskMaps] = await Promise.all([
      this.ordersRepository.vehiclesOf(ids),
      this.participants.map((participant) => participant.tasksOfOrders?.(ids) ?? Promise.resolve(new Map<string, OrderServiceView[]>())),
    ]);
    const vehiclesByOrder = groupBy(vehicles, (vehicle) => vehicle.orderId, (vehicle) => vehicle);
    const tasksOf = (orderId: string) => taskMaps.flatMap((tasks) => tasks.get(orderId) ?? []);
    return toPage(orders, query.limit, (order) => mapOrderV2(order, vehiclesByOrder.get(order.id) ?? [], tasksOf(order.id)));
  }

  /** Up to `limit + 1` orders, newest first, that the scope may see and the filters (and search) keep. */
  private async findPage(query: ListOrdersQueryDto, scope: OwnershipScope): Promise<OrderRecord[]> {
    const filter = { ...query, ...listedOwner(scope) };
    if (query.q === undefined) return this.ordersRepository.list(filter);
    const search = await this.resolveSearch(query.q);
    return search ? this.ordersRepository.list({ ...filter, search }) : [];
  }

  /**
   * What `q` finds, as keys of the orders table: its number, an installation postcode, the
   * orders with a vehicle of that registration (order_vehicles, this module's own), and the
   * customers whose name, e-mail, phone or postcode contains it (asked of Customers, whose table
   * this module never reads). Undefined when nothing can match.
   */
  private async resolveSearch(q: string): Promise<OrderSearch | undefined> {
    const { number, registration, postcode } = orderSearchTerms(q);
    const [customerIds, orderIds] = await Promise.all([
      this.customersService.idsMatching(q, SEARCH_CUSTOMER_LIMIT),
      registration ? this.ordersRepository.orderIdsWithRegistration(registration, SEARCH_REGISTRATION_LIMIT) : Promise.resolve([]),
    ]);
    if (!number && !postcode && customerIds.length === 0 && orderIds.length === 0) return undefined;
    return { number, postcode, customerIds, orderIds };
  }

  /** The order as `scope` may see it; one it may not see is as missing as one that does not exist. */
  async getDetail(id: string, scope: OwnershipScope): Promise<OrderDetailResponse> {
    const { order, services, booking, customer, history, actors } = await this.readDetail(id, scope, false);
    // v1 shows the task fields it always showed; v2 shows each task under its vehicle.
    const tasks = services.map(({ id: taskId, type, status, engineerId, estimatedMinutes }) => ({ id: taskId, type, status, engineerId, estimatedMinutes }));
    // v1 keeps the recorded actor string its clients read and adds who that is beside it.
    const changes = history.map((change) => ({ ...change, actorDetails: actors.get(change.actor)! }));
    return { ...mapOrder(order), customer, services: tasks, booking, history: changes };
  }

  /** v2 of `getDetail`: each vehicle with its lines and its task. */
  async getDetailV2(id: string, scope: OwnershipScope): Promise<OrderV2DetailResponse> {
    const [detail, vehicles] = await Promise.all([this.readDetail(id, scope, true), this.ordersRepository.vehiclesOf([id])]);
    const history = detail.history.map((change) => ({ ...change, actor: detail.actors.get(change.actor)! }));
    return mapOrderV2Detail(detail.order, vehicles, detail.services, { ...detail, history });
  }

  private async readDetail(id: string, scope: OwnershipScope, withDevices: boolean) {
    // Tasks, booking and history need only the order id, so they are read alongside the order; the customer needs the order.
    const [order, work, history] = await Promise.all([
      this.ordersRepository.findWithItems(id),
      this.participants.map((participant) => participant.workOf(id, withDevices)),
      this.ordersRepository.findHistory(id),
    ]);
    if (!order) throw new OrderNotFoundError(id);
    const services = work.flatMap((part) => part.services ?? []);
    const bookedEngineers = services.map((service) => service.engineerId);
    if (!canSeeOrder(scope, order.placedByApiKeyId, bookedEngineers)) throw new OrderNotFoundError(id);
    const [customer, actors] = await Promise.all([
      this.customersService.getById(order.customerId),
      this.actors.describe(history.map((change) => change.actor)),
    ]);
    return {
      order,
      services,
      customer: customerOf(customer),
      booking: work.find((part) => part.booking !== undefined)?.booking ?? null,
      history: history.map(({ fromStatus, toStatus, at, reason, actor }): RecordedStatusChange => ({ fromStatus, toStatus, at, reason, actor })),
      actors,
    };
  }

  /**
   * For a module acting on an order for a caller (Bookings: a web shop's availability, holds and
   * bookings): staff reach every order, an API key the orders it placed. Any other is a 404
   * `ORDER_NOT_FOUND`, as reading it is, so ids do not leak.
   */
  async assertReachable(orderId: string, scope: OwnershipScope): Promise<void> {
    if (scope.kind === 'everything') return;
    const placedBy = await this.ordersRepository.findPlacedBy(orderId);
    if (placedBy === undefined || !canSeeOrder(scope, placedBy, [])) throw new OrderNotFoundError(orderId);
  }

  /** The vehicles of an order, in the order the client listed them, for Services. */
  async vehiclesOfOrder(orderId: string): Promise<Array<{ vehicleId: string; registration: string }>> {
    return (await this.ordersRepository.vehiclesOf([orderId])).map(({ vehicleId, registration }) => ({ vehicleId, registration }));
  }

  /** For the Vehicles module (participant): the orders not yet settled that are for the vehicle. */
  openOrdersWithVehicle(vehicleId: string, manager: EntityManager): Promise<string[]> {
    return this.ordersRepository.openOrdersWithVehicle(vehicleId, manager);
  }

  /**
   * The lines of one vehicle of an order, for Services (what a task fits); all of the order's
   * lines for `vehicleId` null (a task of an order placed before orders had several vehicles).
   */
  async linesOfVehicle(orderId: string, vehicleId: string | null, manager?: EntityManager): Promise<OrderLine[]> {
    return (await this.ordersRepository.linesOfVehicle(orderId, vehicleId, manager)).map(
      ({ productId, sku, name, category, quantity, requiresInstallation, installMinutes }) => ({
        productId,
        sku,
        name,
        category,
        quantity,
        requiresInstallation,
        installMinutes,
      }),
    );
  }

  /**
   * Deletes the Idempotency-Keys older than `IDEMPOTENCY_KEY_TTL_HOURS`, in batches within the
   * budget; answers how many. `place` already treats them as unknown: this only frees the rows.
   */
  deleteExpiredIdempotencyKeys(budget: RetentionBudget = DEFAULT_RETENTION_BUDGET): Promise<number> {
    const cutoff = this.idempotencyKeysExpiredBefore(this.clock.now());
    return deleteInBatches(
      (batchSize) => this.unitOfWork.run((manager) => this.ordersRepository.deleteIdempotencyKeysCreatedBefore(cutoff, batchSize, manager)),
      budget,
    );
  }

  /** The API key that placed the order (the web shop's), null for staff's orders; webhooks send an order's events to that key's endpoints. */
  async placedByApiKeyOf(orderId: string): Promise<string | null> {
    const placedBy = await this.ordersRepository.findPlacedBy(orderId);
    if (placedBy === undefined) throw new OrderNotFoundError(orderId);
    return placedBy;
  }

  /** Order numbers by id (`VT-000123`), for other modules that name orders; unknown ids are absent. */
  numbersOf(orderIds: string[], manager?: EntityManager): Promise<Map<string, string>> {
    return this.ordersRepository.numbersOf(orderIds, manager);
  }

  /** Where each order's work happens and on what, for other modules' calendars; unknown ids are absent. */
  async sitesOf(orderIds: string[]): Promise<Map<string, OrderSite>> {
    const [orders, vehicles] = await Promise.all([this.ordersRepository.findSites(orderIds), this.ordersRepository.vehiclesOf([...new Set(orderIds)])]);
    const vehiclesByOrder = groupBy(vehicles, (vehicle) => vehicle.orderId, ({ registration, make, model }) => ({ registration, make, model }));
    return new Map(
      orders.map((order) => [
        order.id,
        {
          number: order.number,
          customerId: order.customerId,
          address: { line1: order.addressLine1, line2: order.addressLine2, city: order.addressCity, postcode: order.addressPostcode },
          vehicles: vehiclesByOrder.get(order.id) ?? [],
        },
      ]),
    );
  }

  /** Where the order's installation is (WGS84), for scheduling's travel times; null when not known or no such order. */
  installationLocationOf(orderId: string): Promise<GeoPoint | null> {
    return this.ordersRepository.installationLocationOf(orderId);
  }

  /**
   * A dispatcher plans an open order: its priority, and the date its work should be booked by.
   * A new priority without a date dates the order again from its placement; a date given wins.
   * A fulfilled or cancelled order is 409 (`ORDER_FULFILLED`, `ORDER_CANCELLED`).
   */
  async updatePlanning(id: string, changes: { priority?: OrderPriority; dueBy?: string }): Promise<void> {
    if (changes.priority === undefined && changes.dueBy === undefined) {
      throw new ValidationFailedError([
        { field: 'priority', message: 'send priority, dueBy or both' },
        { field: 'dueBy', message: 'send priority, dueBy or both' },
      ]);
    }
    const rules = await this.settingsService.current();
    await this.unitOfWork.run(async (manager) => {
      const order = await this.ordersRepository.findForUpdate(id, manager);
      if (!order) throw new OrderNotFoundError(id);
      if (order.status !== 'placed') throw new OrderClosedError(id, order.status);
      const priority = changes.priority ?? order.priority;
      const dueBy = changes.dueBy ?? (changes.priority !== undefined ? dueDateFor(order.createdAt, priority, rules) : order.dueBy);
      await this.ordersRepository.updatePlanning(id, { priority, dueBy, updatedAt: this.clock.now() }, manager);
    });
  }

  /**
   * The dispatcher's queue: orders with a task waiting for a booking, by `dueBy`, then oldest
   * first, one row beyond `limit` so the caller can tell whether another page follows.
   */
  awaitingBooking(filter: AwaitingBookingFilter): Promise<AwaitingBookingRecord[]> {
    return this.ordersRepository.findAwaitingBooking(filter);
  }

  /** What a dispatcher's board shows of each order: number, customer and where the work is; unknown ids are absent. */
  async boardSummariesOf(orderIds: string[]): Promise<Map<string, OrderBoardSummary>> {
    const rows = await this.ordersRepository.findSites(orderIds);
    return new Map(rows.map(({ id, number, customerId, addressPostcode }) => [id, { id, number, customerId, addressPostcode }]));
  }

  /** Keys stored before this instant have expired. */
  private idempotencyKeysExpiredBefore(now: Date): Date {
    return new Date(now.getTime() - this.idempotencyKeyTtlMs);
  }

  /** A key belongs to whoever used it first: another caller learns nothing about that order. */
  private async replay<Response>(earlier: IdempotencyKeyEntity, requestHash: string, placedByApiKeyId: string | null): Promise<PlacedOrderResult<Response>> {
    if ((await this.ordersRepository.findPlacedBy(earlier.orderId)) !== placedByApiKeyId) {
      throw new IdempotencyKeyReusedError('This Idempotency-Key was already used by another client');
    }
    if (earlier.requestHash !== requestHash) {
      throw new IdempotencyKeyReusedError('This Idempotency-Key was already used with a different request body', earlier.orderId);
    }
    return { order: earlier.responseBody as unknown as Response, replayed: true };
  }

  private async createOrder<Response>(
    manager: EntityManager,
    draft: OrderDraft,
    { correlationId, placedByApiKeyId, actor }: Placement,
    idempotency: IdempotencyRecord | undefined,
    respond: (placed: PlacedOrder) => Response,
    rules: BusinessSettings,
  ): Promise<Response> {
    const customer = await this.resolveCustomer(draft, placedByApiKeyId, manager);
    const vehicles = await this.resolveVehicles(draft, customer.id, manager);
    const requested = draft.vehicles.flatMap((entry) => entry.items);
    const fieldOfLine = draft.vehicles.flatMap((entry) => entry.items.map((_item, index) => entry.itemField(index)));
    const productIds = [...new Set(requested.map((item) => item.productId))];
    const priced = priceOrder(requested, await this.productsService.findForPricing(productIds, manager), {
      line: (index) => fieldOfLine[index]!,
      all: draft.totalField,
    });
    const sequenceNo = await this.ordersRepository.nextSequenceNumber(manager);
    const built = this.buildOrder(draft, customer, vehicles, priced, sequenceNo, placedByApiKeyId, rules);
    const order = await this.ordersRepository.insertNew(built.order, manager);
    await this.ordersRepository.insertVehicles(built.vehicles, manager);
    await this.lifecycle.recordPlaced(order, actor, manager);
    const response = respond({
      order,
      vehicles: built.vehicles,
      customer,
      placedChange: { fromStatus: null, toStatus: 'placed', at: order.createdAt, reason: `order ${order.number} placed`, actor },
    });

    if (idempotency) {
      // The expired key gives way. Two requests reusing it at once still meet on the primary
      // key, and the loser replays the winner's order.
      if (idempotency.replacesExpiredBefore) {
        await this.ordersRepository.deleteIdempotencyKeyIfCreatedBefore(idempotency.key, idempotency.replacesExpiredBefore, manager);
      }
      await this.ordersRepository.insertIdempotencyKey(
        Object.assign(new IdempotencyKeyEntity(), {
          key: idempotency.key,
          requestHash: idempotency.requestHash,
          orderId: order.id,
          responseStatus: 201,
          responseBody: JSON.parse(JSON.stringify(response)) as Record<string, unknown>,
          createdAt: idempotency.at,
        }),
        manager,
      );
    }
    const placedLine = (line: PricedLine) => ({
      productId: line.productId,
      sku: line.sku,
      category: line.category,
      quantity: line.quantity,
      requiresInstallation: line.requiresInstallation,
      installMinutes: line.installMinutes,
    });
    await this.outbox.publish(
      manager,
      new OrderPlacedEvent(
        order.id,
        order.number,
        order.customerId,
        order.addressPostcode,
        priced.lines.map(placedLine),
        built.vehicles.map((vehicle) => ({
          vehicleId: vehicle.vehicleId,
          registration: vehicle.registration,
          lines: built.linesOf.get(vehicle.id)!.map(placedLine),
        })),
        correlationId,
      ),
    );
    return response;
  }

  /**
   * Each vehicle of the order as one of the customer's vehicles: by id (another customer's, or
   * an unknown id, is a 422 `VEHICLE_NOT_FOUND`), or by description (theirs with that
   * registration, else created). A vehicle listed twice is a 422 `VEHICLE_REPEATED`.
   */
  private async resolveVehicles(draft: OrderDraft, customerId: string, manager: EntityManager): Promise<ResolvedVehicle[]> {
    const resolved: ResolvedVehicle[] = [];
    const seen = new Map<string, string>();
    for (const entry of draft.vehicles) {
      let vehicle: VehicleSnapshot;
      if (entry.vehicle) {
        vehicle = await this.vehiclesService.findOrCreateForCustomer(customerId, entry.vehicle, manager);
      } else {
        try {
          vehicle = await this.vehiclesService.requireOfCustomer(customerId, entry.vehicleId!, manager);
        } catch (error) {
          if (!(error instanceof ResourceNotFoundError)) throw error;
          throw new OrderVehicleNotFoundError(`${entry.field}.vehicleId`, entry.vehicleId!);
        }
      }
      const earlier = seen.get(vehicle.id);
      if (earlier !== undefined) {
        throw new VehicleRepeatedError(entry.field, vehicle.registration, earlier);
      }
      seen.set(vehicle.id, entry.field);
      // What the order says the vehicle is; by id, what the vehicle record says.
      const described = entry.vehicle ?? vehicle;
      resolved.push({ vehicle, snapshot: { registration: vehicle.registration, make: described.make, model: described.model, year: described.year ?? null } });
    }
    return resolved;
  }

  /** A web shop's key reaches only the customers it created: an unknown and another's id answer the same 422. */
  private async resolveCustomer(request: OrderDraft, placedByApiKeyId: string | null, manager: EntityManager): Promise<CustomerSnapshot> {
    if (request.customer) return this.customersService.createFromInline(request.customer, manager, placedByApiKeyId);
    try {
      return await this.customersService.attachOrder(request.customerId!, manager, placedByApiKeyId);
    } catch (error) {
      if (!(error instanceof ResourceNotFoundError)) throw error;
      throw new OrderCustomerNotFoundError(request.customerId!);
    }
  }

  private buildOrder(
    draft: OrderDraft,
    customer: CustomerSnapshot,
    vehicles: ResolvedVehicle[],
    priced: PricedOrder,
    sequenceNo: number,
    placedByApiKeyId: string | null,
    dueDateRules: DueDateRules,
  ): { order: OrderEntity; vehicles: OrderVehicleEntity[]; linesOf: Map<string, PricedLine[]> } {
    const address = draft.installationAddress ?? customer.address;
    const orderId = randomUUID();
    const createdAt = this.clock.now();
    const orderVehicles = vehicles.map(({ vehicle, snapshot }, position) =>
      Object.assign(new OrderVehicleEntity(), {
        id: randomUUID(),
        orderId,
        vehicleId: vehicle.id,
        position,
        ...snapshot,
        createdAt,
        updatedAt: createdAt,
      }),
    );
    const linesOf = new Map<string, PricedLine[]>();
    const items: OrderItemEntity[] = [];
    let next = 0;
    draft.vehicles.forEach((entry, index) => {
      const orderVehicle = orderVehicles[index]!;
      const lines = priced.lines.slice(next, next + entry.items.length);
      linesOf.set(orderVehicle.id, lines);
      for (const line of lines) {
        items.push(
          Object.assign(new OrderItemEntity(), {
            productId: line.productId,
            sku: line.sku,
            name: line.name,
            category: line.category,
            quantity: line.quantity,
            unitPriceMinor: line.unitPriceMinor,
            lineTotalMinor: line.lineTotalMinor,
            requiresInstallation: line.requiresInstallation,
            installMinutes: line.installMinutes,
            orderVehicleId: orderVehicle.id,
            position: next,
          }),
        );
        next += 1;
      }
    });
    // v1 shows one vehicle: the first, as the request described it.
    const first = draft.vehicles[0]!.vehicle ?? orderVehicles[0]!;
    const order = Object.assign(new OrderEntity(), {
      id: orderId,
      number: formatOrderNumber(sequenceNo),
      sequenceNo,
      customerId: customer.id,
      status: 'placed',
      currency: priced.currency,
      totalMinor: priced.totalMinor,
      vehicleRegistration: orderVehicles[0]!.registration,
      vehicleMake: first.make,
      vehicleModel: first.model,
      vehicleYear: first.year ?? null,
      vehicleCount: orderVehicles.length,
      addressLine1: address.line1,
      addressLine2: address.line2 ?? null,
      addressCity: address.city,
      addressPostcode: address.postcode,
      addressLat: address.location?.lat ?? null,
      addressLng: address.location?.lng ?? null,
      notes: draft.notes ?? null,
      priority: draft.priority ?? 'standard',
      dueBy: dueDateFor(createdAt, draft.priority ?? 'standard', dueDateRules),
      // Its tasks do not exist yet: Services creates them (pending) when OrderPlaced is delivered.
      awaitingBooking: false,
      cancellationReason: null,
      cancelledAt: null,
      fulfilledAt: null,
      placedByApiKeyId,
      items,
      createdAt,
      updatedAt: createdAt,
    });
    return { order, vehicles: orderVehicles, linesOf };
  }
}
