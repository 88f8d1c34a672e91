import { Body, Controller, Get, Headers, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, CurrentPrincipal, Page, PageResponse, Principal, RequestId, Roles, UuidParam, actorOf, parseIdempotencyKey, scopeOf } from '@app/common';
import { ListOrdersQueryDto } from '../dto/list-orders-query.dto';
import { OrdersService } from '../orders.service';
import { PLACE_ORDER_V2_REQUEST_EXAMPLES, PLACE_ORDER_V2_RESPONSE_EXAMPLE } from '../dto/order.examples';
import { CreateOrderV2Dto } from './dto/create-order-v2.dto';
import { OrderV2DetailResponse, OrderV2Response } from './dto/order-v2.response';
import {
  IdempotencyKeyReusedError,
  MixedCurrenciesError,
  OrderCustomerNotFoundError,
  OrderNotFoundError,
  OrderTotalTooLargeError,
  OrderVehicleNotFoundError,
  ProductUnavailableError,
  VehicleRepeatedError,
} from '../orders.errors';

/** Orders for one or more vehicles, each with its own lines and installation task. v1 stays as it was. */
@ApiTags('orders')
@Controller({ path: 'orders', version: '2' })
export class OrdersV2Controller {
  constructor(private readonly ordersService: OrdersService) {}

  @Post()
  @Roles('admin', 'dispatcher', 'api-key')
  @ApiOperation({
    operationId: 'placeOrderV2',
    summary: 'Place an order for one or more vehicles',
    description:
      'Each entry of `vehicles` is one of the customer’s vehicles (`vehicleId`) or a description (`vehicle`): the customer’s vehicle with ' +
      'that registration, created when they have none. Each vehicle gets its own installation task. Prices come from the catalogue. ' +
      'Idempotency works as in v1 (`Idempotency-Key`, `Idempotent-Replayed: true`, 409 `IDEMPOTENCY_KEY_REUSED`). ' +
      'Answers what `GET /api/v2/orders/{id}` shows.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Client-chosen key, 1-255 visible ASCII characters' })
  @ApiBody({ type: CreateOrderV2Dto, examples: PLACE_ORDER_V2_REQUEST_EXAMPLES })
  @ApiCreatedResponse({ type: OrderV2DetailResponse, example: PLACE_ORDER_V2_RESPONSE_EXAMPLE })
  @ApiProblems(
    IdempotencyKeyReusedError,
    OrderCustomerNotFoundError,
    OrderVehicleNotFoundError,
    VehicleRepeatedError,
    ProductUnavailableError,
    MixedCurrenciesError,
    OrderTotalTooLargeError,
  )
  async place(
    @Body() request: CreateOrderV2Dto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @RequestId() requestId: string | null,
    @CurrentPrincipal() caller: Principal,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<OrderV2DetailResponse> {
    const result = await this.ordersService.placeV2(request, parseIdempotencyKey(idempotencyKey), {
      correlationId: requestId,
      actor: actorOf(caller),
      placedByApiKeyId: caller.kind === 'api-key' ? caller.id : null,
    });
    if (result.replayed) response.header('Idempotent-Replayed', 'true');
    return result.order;
  }

  @Get()
  @Roles('admin', 'dispatcher', 'api-key')
  @ApiOperation({
    operationId: 'listOrdersV2',
    summary: 'List orders, newest first, each vehicle with its lines and task; an API key sees the orders it placed',
    description: 'As `GET /api/v1/orders`, each order in the v2 shape: its vehicles, each with its lines and installation task.',
  })
  @ApiOkResponse({ type: PageResponse(OrderV2Response) })
  list(@Query() query: ListOrdersQueryDto, @CurrentPrincipal() caller: Principal): Promise<Page<OrderV2Response>> {
    return this.ordersService.listV2(query, scopeOf(caller));
  }

  @Get(':id')
  @Roles('admin', 'dispatcher', 'engineer', 'api-key')
  @ApiOperation({
    operationId: 'getOrderV2',
    summary: 'One order with each vehicle’s lines and task, its customer, booking and history',
    description: 'An engineer reads the orders whose work they are booked for, an API key the orders it placed; any other is a 404.',
  })
  @ApiOkResponse({ type: OrderV2DetailResponse })
  @ApiProblems(OrderNotFoundError)
  get(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<OrderV2DetailResponse> {
    return this.ordersService.getDetailV2(id, scopeOf(caller));
  }
}
