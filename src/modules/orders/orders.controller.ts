import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiProblems,
  CurrentPrincipal,
  EVERYTHING,
  IllegalTransitionError,
  Page,
  PageResponse,
  Principal,
  RequestId,
  Roles,
  UuidParam,
  actorOf,
  parseIdempotencyKey,
  scopeOf,
} from '@app/common';
import { CancelOrderDto } from './dto/cancel-order.dto';
import { PLACE_ORDER_REQUEST_EXAMPLES, PLACE_ORDER_RESPONSE_EXAMPLE } from './dto/order.examples';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import { OrderDetailResponse } from './dto/order-detail.response';
import { OrderResponse } from './dto/order.response';
import { UpdateOrderPlanningDto } from './dto/update-order-planning.dto';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrdersService } from './orders.service';
import {
  IdempotencyKeyReusedError,
  MixedCurrenciesError,
  OrderClosedError,
  OrderCustomerNotFoundError,
  OrderNotFoundError,
  OrderTotalTooLargeError,
  ProductUnavailableError,
} from './orders.errors';

@ApiTags('orders')
@Controller({ path: 'orders', version: '1' })
export class OrdersController {
  constructor(
    private readonly ordersService: OrdersService,
    private readonly lifecycle: OrderLifecycleService,
  ) {}

  @Post()
  @Roles('admin', 'dispatcher', 'api-key')
  @ApiOperation({
    operationId: 'placeOrder',
    summary: 'Place an order',
    description:
      'Prices come from the catalogue. With an `Idempotency-Key`, repeating the same request returns the original 201 response ' +
      '(marked `Idempotent-Replayed: true`) and creates nothing; the same key with a different body is a 409 `IDEMPOTENCY_KEY_REUSED`. ' +
      'A key is remembered for `IDEMPOTENCY_KEY_TTL_HOURS` (24 by default); after that it is unknown and places a new order.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Client-chosen key, 1-255 visible ASCII characters' })
  @ApiBody({ type: CreateOrderDto, examples: PLACE_ORDER_REQUEST_EXAMPLES })
  @ApiCreatedResponse({ type: OrderResponse, example: PLACE_ORDER_RESPONSE_EXAMPLE })
  @ApiProblems(IdempotencyKeyReusedError, OrderCustomerNotFoundError, ProductUnavailableError, MixedCurrenciesError, OrderTotalTooLargeError)
  async place(
    @Body() request: CreateOrderDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @RequestId() requestId: string | null,
    @CurrentPrincipal() caller: Principal,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<OrderResponse> {
    const apiKeyId = caller.kind === 'api-key' ? caller.id : null;
    const result = await this.ordersService.place(request, parseIdempotencyKey(idempotencyKey), {
      correlationId: requestId,
      actor: actorOf(caller),
      placedByApiKeyId: apiKeyId,
    });
    if (result.replayed) response.header('Idempotent-Replayed', 'true');
    return result.order;
  }

  @Get()
  @Roles('admin', 'dispatcher', 'api-key')
  @ApiOperation({
    operationId: 'listOrders',
    summary: 'List orders, newest first; an API key sees the orders it placed',
    description: 'Orders, keyset paginated, filtered by status, customer or placement time (`from`, `to`). Staff see every order, an API key only the orders it placed.',
  })
  @ApiOkResponse({ type: PageResponse(OrderResponse) })
  list(@Query() query: ListOrdersQueryDto, @CurrentPrincipal() caller: Principal): Promise<Page<OrderResponse>> {
    return this.ordersService.list(query, scopeOf(caller));
  }

  @Get(':id')
  @Roles('admin', 'dispatcher', 'engineer', 'api-key')
  @ApiOperation({
    operationId: 'getOrder',
    summary: 'One order with its items, customer and services',
    description: 'An engineer reads the orders whose work they are booked for, an API key the orders it placed; any other is a 404.',
  })
  @ApiOkResponse({ type: OrderDetailResponse })
  @ApiProblems(OrderNotFoundError)
  get(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<OrderDetailResponse> {
    return this.ordersService.getDetail(id, scopeOf(caller));
  }

  @Patch(':id')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'updateOrderPlanning',
    summary: 'Plan an open order: its priority and the date its work should be booked by',
    description:
      'Only the fields sent change; at least one must be sent. A new `priority` without `dueBy` dates the order again: its placement date ' +
      'plus the settings’ working days for that priority. A `dueBy` sent is kept as given. The order’s place in the dispatcher’s queue follows.',
  })
  @ApiOkResponse({ type: OrderDetailResponse })
  @ApiProblems(OrderNotFoundError, OrderClosedError)
  async updatePlanning(@UuidParam() id: string, @Body() body: UpdateOrderPlanningDto): Promise<OrderDetailResponse> {
    await this.ordersService.updatePlanning(id, body);
    return this.ordersService.getDetail(id, EVERYTHING);
  }

  @Post(':id/cancel')
  @Roles('admin', 'dispatcher')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'cancelOrder',
    summary: 'Cancel an order and its open installation work',
    description: 'The order becomes `cancelled` with the reason; its open tasks are cancelled and its active booking with them. A fulfilled or cancelled order is a 409 `ILLEGAL_STATE_TRANSITION`.',
  })
  @ApiOkResponse({ type: OrderDetailResponse })
  @ApiProblems(OrderNotFoundError, IllegalTransitionError)
  async cancel(
    @UuidParam() id: string,
    @Body() body: CancelOrderDto,
    @RequestId() requestId: string | null,
    @CurrentPrincipal() caller: Principal,
  ): Promise<OrderDetailResponse> {
    await this.lifecycle.cancel(id, body.reason, actorOf(caller), requestId);
    return this.ordersService.getDetail(id, EVERYTHING);
  }
}
