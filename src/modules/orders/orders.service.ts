import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  BusinessRuleError,
  ConflictError,
  EVERYTHING,
  OwnershipScope,
  Page,
  ResourceNotFoundError,
  UnitOfWork,
  isUniqueViolation,
  toPage,
} from '@app/common';
import { OutboxDispatcher } from '../../outbox/outbox.dispatcher';
import { OutboxPublisher } from '../../outbox/outbox.publisher';
import { BookingsService } from '../bookings/bookings.service';
import { CustomerSnapshot, CustomersService } from '../customers/customers.service';
import { ProductsService } from '../products/products.service';
import { ServicesService } from '../services/services.service';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import { OrderDetailResponse } from './dto/order-detail.response';
import { OrderResponse, mapOrder } from './dto/order.response';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import { OrderItemEntity } from './entities/order-item.entity';
import { OrderEntity } from './entities/order.entity';
import { OrderCancelledEvent } from './events/order-cancelled.event';
import { OrderPlacedEvent } from './events/order-placed.event';
import { PricedOrder, priceOrder } from './order-pricing';
import { assertOrderTransition } from './order-status';
import { canSeeOrder, listedOwner } from './order-visibility';
import { OrdersRepository } from './orders.repository';
import { fingerprintRequest } from './request-fingerprint';

export interface PlacedOrderResult {
  order: OrderResponse;
  /** True when an earlier request with the same Idempotency-Key produced this answer. */
  replayed: boolean;
}

function formatOrderNumber(sequenceNo: number): string {
  return `VT-${String(sequenceNo).padStart(6, '0')}`;
}

@Injectable()
export class OrdersService {
  private readonly logger = new Logger(OrdersService.name);

  constructor(
    private readonly ordersRepository: OrdersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly productsService: ProductsService,
    private readonly customersService: CustomersService,
    private readonly servicesService: ServicesService,
    private readonly bookingsService: BookingsService,
    private readonly outbox: OutboxPublisher,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  /**
   * Prices and stores the order and its OrderPlaced event in one transaction. With an
   * Idempotency-Key, a retry of the same body gets the first answer back and creates nothing.
   * `placedByApiKeyId` names the web shop's key that places it; null for staff.
   */
  async place(
    request: CreateOrderDto,
    idempotencyKey: string | undefined,
    correlationId: string | null,
    placedByApiKeyId: string | null = null,
  ): Promise<PlacedOrderResult> {
    const requestHash = fingerprintRequest(request);
    if (idempotencyKey) {
      const earlier = await this.ordersRepository.findIdempotencyKey(idempotencyKey);
      if (earlier) return this.replay(earlier, requestHash, placedByApiKeyId);
    }
    try {
      const idempotency = idempotencyKey ? { key: idempotencyKey, requestHash } : undefined;
      const order = await this.unitOfWork.run((manager) =>
        this.createOrder(manager, request, { correlationId, placedByApiKeyId }, idempotency),
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
    // Services and booking need only the order id, so they are read alongside the order; the customer needs the order.
    const [order, services, booking] = await Promise.all([
      this.ordersRepository.findWithItems(id),
      this.servicesService.findByOrder(id),
      this.bookingsService.currentForOrder(id),
    ]);
    if (!order) throw new ResourceNotFoundError('Order', id);
    const bookedEngineers = services.map((service) => service.engineerId);
    if (!canSeeOrder(scope, order.placedByApiKeyId, bookedEngineers)) throw new ResourceNotFoundError('Order', id);
    const customer = await this.customersService.getById(order.customerId);
    return {
      ...mapOrder(order),
      customer: { id: customer.id, name: customer.name, email: customer.email, phone: customer.phone },
      services: services.map((service) => ({
        id: service.id,
        type: service.type,
        status: service.status,
        engineerId: service.engineerId,
        estimatedMinutes: service.estimatedMinutes,
      })),
      booking: booking && { id: booking.id, engineerId: booking.engineerId, start: booking.start, end: booking.end, status: booking.status },
    };
  }

  async cancel(id: string, reason: string, correlationId: string | null): Promise<OrderDetailResponse> {
    await this.unitOfWork.run(async (manager) => {
      const order = await this.ordersRepository.findForUpdate(id, manager);
      if (!order) throw new ResourceNotFoundError('Order', id);
      assertOrderTransition(order.status, 'cancelled');
      Object.assign(order, { status: 'cancelled', cancellationReason: reason, cancelledAt: new Date() });
      await this.ordersRepository.save(order, manager);
      await this.outbox.publish(manager, new OrderCancelledEvent(order.id, reason, correlationId));
    });
    await this.dispatcher.dispatchDue();
    return this.getDetail(id, EVERYTHING);
  }

  /** Reached by event once all its services are completed; repeated deliveries change nothing. */
  async markFulfilled(orderId: string): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      const order = await this.ordersRepository.findForUpdate(orderId, manager);
      if (!order || order.status === 'fulfilled') return;
      if (order.status === 'cancelled') {
        this.logger.warn({ orderId }, 'Services of a cancelled order completed; the order stays cancelled');
        return;
      }
      assertOrderTransition(order.status, 'fulfilled');
      Object.assign(order, { status: 'fulfilled', fulfilledAt: new Date() });
      await this.ordersRepository.save(order, manager);
    });
  }

  /** Order numbers by id (`VT-000123`), for other modules that name orders; unknown ids are absent. */
  numbersOf(orderIds: string[], manager?: EntityManager): Promise<Map<string, string>> {
    return this.ordersRepository.numbersOf(orderIds, manager);
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
    { correlationId, placedByApiKeyId }: { correlationId: string | null; placedByApiKeyId: string | null },
    idempotency: { key: string; requestHash: string } | undefined,
  ): Promise<OrderResponse> {
    const customer = await this.resolveCustomer(request, manager);
    const productIds = [...new Set(request.items.map((item) => item.productId))];
    const priced = priceOrder(request.items, await this.productsService.findForPricing(productIds, manager));
    const sequenceNo = await this.ordersRepository.nextSequenceNumber(manager);
    const order = await this.ordersRepository.save(this.buildOrder(request, customer, priced, sequenceNo, placedByApiKeyId), manager);
    const response = mapOrder(order);

    if (idempotency) {
      await this.ordersRepository.insertIdempotencyKey(
        Object.assign(new IdempotencyKeyEntity(), {
          key: idempotency.key,
          requestHash: idempotency.requestHash,
          orderId: order.id,
          responseStatus: 201,
          responseBody: JSON.parse(JSON.stringify(response)) as Record<string, unknown>,
          createdAt: new Date(),
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

  private async resolveCustomer(request: CreateOrderDto, manager: EntityManager): Promise<CustomerSnapshot> {
    if (request.customer) return this.customersService.createFromInline(request.customer, manager);
    try {
      return await this.customersService.attachOrder(request.customerId!, manager);
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
