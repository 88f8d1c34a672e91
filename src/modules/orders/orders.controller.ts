import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiProblem,
  ApiProblems,
  CurrentPrincipal,
  EVERYTHING,
  Page,
  PageResponse,
  Principal,
  RequestId,
  Roles,
  UuidParam,
  actorOf,
  scopeOf,
} from '@app/common';
import { CancelOrderDto } from './dto/cancel-order.dto';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import { OrderDetailResponse } from './dto/order-detail.response';
import { OrderResponse } from './dto/order.response';
import { UpdateOrderPlanningDto } from './dto/update-order-planning.dto';
import { parseIdempotencyKey } from './idempotency-key';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrdersService } from './orders.service';

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
  @ApiCreatedResponse({ type: OrderResponse })
  @ApiProblems(400, 409, 422)
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
  @ApiOperation({ operationId: 'listOrders', summary: 'List orders, newest first; an API key sees the orders it placed' })
  @ApiOkResponse({ type: PageResponse(OrderResponse) })
  @ApiProblems(400)
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
  @ApiProblems(400, 404)
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
  @ApiProblems(400, 404)
  @ApiProblem(409, '`ORDER_CANCELLED` or `ORDER_FULFILLED`: the order is closed and takes no planning')
  async updatePlanning(@UuidParam() id: string, @Body() body: UpdateOrderPlanningDto): Promise<OrderDetailResponse> {
    await this.ordersService.updatePlanning(id, body);
    return this.ordersService.getDetail(id, EVERYTHING);
  }

  @Post(':id/cancel')
  @Roles('admin', 'dispatcher')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'cancelOrder', summary: 'Cancel an order and its open installation work' })
  @ApiOkResponse({ type: OrderDetailResponse })
  @ApiProblems(400, 404)
  @ApiProblem(409, '`ILLEGAL_STATE_TRANSITION`: the order is already fulfilled or cancelled')
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
