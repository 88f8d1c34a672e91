import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EntityManager } from 'typeorm';
import {
  BusinessRuleError,
  Clock,
  ConflictError,
  OwnershipScope,
  Page,
  ResourceNotFoundError,
  UnitOfWork,
  isUniqueViolation,
  toPage,
} from '@app/common';
import { RetentionConfig } from '../../config/retention.config';
import { OutboxDispatcher } from '../../outbox/outbox.dispatcher';
import { OutboxPublisher } from '../../outbox/outbox.publisher';
import { deleteInBatches } from '../../retention/delete-in-batches';
import { DEFAULT_RETENTION_BUDGET, RetentionBudget } from '../../retention/retention-job';
import { CustomerSnapshot, CustomersService } from '../customers/customers.service';
import { ProductsService } from '../products/products.service';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import { OrderDetailResponse } from './dto/order-detail.response';
import { OrderResponse, mapOrder } from './dto/order.response';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import { OrderItemEntity } from './entities/order-item.entity';
import { OrderEntity } from './entities/order.entity';
import { OrderPlacedEvent } from './events/order-placed.event';
import { PricedOrder, priceOrder } from './order-pricing';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderParticipants } from './order-participants';
import { canSeeOrder, listedOwner } from './order-visibility';
import { OrdersRepository } from './orders.repository';
import { fingerprintRequest } from './request-fingerprint';

/** Who places an order and for which request. */
export interface Placement {
  correlationId: string | null;
  /** Recorded in the order's history, as `user:<id>`, `api-key:<id>` or `seed`. */
  actor: string;
  /** The web shop's key that places it; null for staff. */
  placedByApiKeyId: string | null;
}

export interface PlacedOrderResult {
  order: OrderResponse;
  /** True when an earlier request with the same Idempotency-Key produced this answer. */
  replayed: boolean;
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

function formatOrderNumber(sequenceNo: number): string {
  return `VT-${String(sequenceNo).padStart(6, '0')}`;
}

@Injectable()
export class OrdersService {
  private readonly idempotencyKeyTtlMs: number;

  constructor(
    private readonly ordersRepository: OrdersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly productsService: ProductsService,
    private readonly customersService: CustomersService,
    private readonly lifecycle: OrderLifecycleService,
    private readonly participants: OrderParticipants,
    private readonly outbox: OutboxPublisher,
    private readonly dispatcher: OutboxDispatcher,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.idempotencyKeyTtlMs = config.getOrThrow<RetentionConfig>('retention').idempotencyKeyTtlHours * HOUR_MS;
  }

  /**
   * Prices and stores the order and its OrderPlaced event in one transaction. With an
   * Idempotency-Key, a retry of the same body gets the first answer back and creates nothing,
   * for `IDEMPOTENCY_KEY_TTL_HOURS`; after that the key is unknown, whether or not the retention
   * job has deleted it yet, and places a new order. `placedByApiKeyId` names the web shop's key
   * that places it; null for staff.
   */
  async place(request: CreateOrderDto, idempotencyKey: string | undefined, placement: Placement): Promise<PlacedOrderResult> {
    const { placedByApiKeyId } = placement;
    const requestHash = fingerprintRequest(request);
    const now = this.clock.now();
    const expiredBefore = this.idempotencyKeysExpiredBefore(now);
    let idempotency: IdempotencyRecord | undefined;
    if (idempotencyKey) {
      const earlier = await this.ordersRepository.findIdempotencyKey(idempotencyKey);
      if (earlier && earlier.createdAt >= expiredBefore) return this.replay(earlier, requestHash, placedByApiKeyId);
      idempotency = { key: idempotencyKey, requestHash, at: now, replacesExpiredBefore: earlier ? expiredBefore : undefined };
    }
    try {
      const order = await this.unitOfWork.run((manager) =>
        this.createOrder(manager, request, placement, idempotency),
      );
      void this.dispatcher.dispatchDue();
      return { order, replayed: false };
    } catch (error) {
      // Two requests with one key raced: the loser answers with the winner's order.
      if (idempotencyKey && isUniqueViolation(error)) {
        const winner = await this.ordersRepository.findIdempotencyKey(idempotencyKey);
        if (winner) return this.replay(winner, requestHash, placedByApiKeyId);
      }
      throw error;
    }
  }

  async list(query: ListOrdersQueryDto, scope: OwnershipScope): Promise<Page<OrderResponse>> {
    const orders = await this.ordersRepository.list({ ...query, ...listedOwner(scope) });
    return toPage(orders, query.limit, mapOrder);
  }

  /** The order as `scope` may see it; one it may not see is as missing as one that does not exist. */
  async getDetail(id: string, scope: OwnershipScope): Promise<OrderDetailResponse> {
    // Tasks, booking and history need only the order id, so they are read alongside the order; the customer needs the order.
    const [order, work, history] = await Promise.all([
      this.ordersRepository.findWithItems(id),
      this.participants.map((participant) => participant.workOf(id)),
      this.ordersRepository.findHistory(id),
    ]);
    if (!order) throw new ResourceNotFoundError('Order', id);
    const services = work.flatMap((part) => part.services ?? []);
    const bookedEngineers = services.map((service) => service.engineerId);
    if (!canSeeOrder(scope, order.placedByApiKeyId, bookedEngineers)) throw new ResourceNotFoundError('Order', id);
    const customer = await this.customersService.getById(order.customerId);
    return {
      ...mapOrder(order),
      customer: { id: customer.id, name: customer.name, email: customer.email, phone: customer.phone },
      services,
      booking: work.find((part) => part.booking !== undefined)?.booking ?? null,
      history: history.map(({ fromStatus, toStatus, at, reason, actor }) => ({ fromStatus, toStatus, at, reason, actor })),
    };
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

  /** Order numbers by id (`VT-000123`), for other modules that name orders; unknown ids are absent. */
  numbersOf(orderIds: string[], manager?: EntityManager): Promise<Map<string, string>> {
    return this.ordersRepository.numbersOf(orderIds, manager);
  }

  /** Keys stored before this instant have expired. */
  private idempotencyKeysExpiredBefore(now: Date): Date {
    return new Date(now.getTime() - this.idempotencyKeyTtlMs);
  }

  /** A key belongs to whoever used it first: another caller learns nothing about that order. */
  private async replay(earlier: IdempotencyKeyEntity, requestHash: string, placedByApiKeyId: string | null): Promise<PlacedOrderResult> {
    if ((await this.ordersRepository.findPlacedBy(earlier.orderId)) !== placedByApiKeyId) {
      throw new ConflictError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used by another client');
    }
    if (earlier.requestHash !== requestHash) {
      throw new ConflictError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request body', {
        orderId: earlier.orderId,
      });
    }
    return { order: earlier.responseBody as unknown as OrderResponse, replayed: true };
  }

  private async createOrder(
    manager: EntityManager,
    request: CreateOrderDto,
    { correlationId, placedByApiKeyId, actor }: Placement,
    idempotency: IdempotencyRecord | undefined,
  ): Promise<OrderResponse> {
    const customer = await this.resolveCustomer(request, placedByApiKeyId, manager);
    const productIds = [...new Set(request.items.map((item) => item.productId))];
    const priced = priceOrder(request.items, await this.productsService.findForPricing(productIds, manager));
    const sequenceNo = await this.ordersRepository.nextSequenceNumber(manager);
    const order = await this.ordersRepository.save(this.buildOrder(request, customer, priced, sequenceNo, placedByApiKeyId), manager);
    await this.lifecycle.recordPlaced(order, actor, manager);
    const response = mapOrder(order);

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
    await this.outbox.publish(
      manager,
      new OrderPlacedEvent(
        order.id,
        order.number,
        order.customerId,
        order.addressPostcode,
        priced.lines.map((line) => ({
          productId: line.productId,
          sku: line.sku,
          category: line.category,
          quantity: line.quantity,
          requiresInstallation: line.requiresInstallation,
          installMinutes: line.installMinutes,
        })),
        correlationId,
      ),
    );
    return response;
  }

  /** A web shop's key reaches only the customers it created: an unknown and another's id answer the same 422. */
  private async resolveCustomer(request: CreateOrderDto, placedByApiKeyId: string | null, manager: EntityManager): Promise<CustomerSnapshot> {
    if (request.customer) return this.customersService.createFromInline(request.customer, manager, placedByApiKeyId);
    try {
      return await this.customersService.attachOrder(request.customerId!, manager, placedByApiKeyId);
    } catch (error) {
      if (!(error instanceof ResourceNotFoundError)) throw error;
      throw new BusinessRuleError('CUSTOMER_NOT_FOUND', `customer ${request.customerId} does not exist`, {
        errors: [{ field: 'customerId', message: 'no customer has this id' }],
      });
    }
  }

  private buildOrder(
    request: CreateOrderDto,
    customer: CustomerSnapshot,
    priced: PricedOrder,
    sequenceNo: number,
    placedByApiKeyId: string | null,
  ): OrderEntity {
    const address = request.installationAddress ?? customer.address;
    return Object.assign(new OrderEntity(), {
      number: formatOrderNumber(sequenceNo),
      sequenceNo,
      customerId: customer.id,
      status: 'placed',
      currency: priced.currency,
      totalMinor: priced.totalMinor,
      vehicleRegistration: request.vehicle.registration,
      vehicleMake: request.vehicle.make,
      vehicleModel: request.vehicle.model,
      vehicleYear: request.vehicle.year ?? null,
      addressLine1: address.line1,
      addressLine2: address.line2 ?? null,
      addressCity: address.city,
      addressPostcode: address.postcode,
      notes: request.notes ?? null,
      cancellationReason: null,
      cancelledAt: null,
      fulfilledAt: null,
      placedByApiKeyId,
      items: priced.lines.map((line, position) =>
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
          position,
        }),
      ),
    });
  }
}
