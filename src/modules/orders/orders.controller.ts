import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiProblems, Page, PageResponse, RequestId, UuidParam, ValidationFailedError } from '@app/common';
import { CancelOrderDto } from './dto/cancel-order.dto';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import { OrderDetailResponse } from './dto/order-detail.response';
import { OrderResponse } from './dto/order.response';
import { OrdersService } from './orders.service';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function parseIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw new ValidationFailedError([{ field: 'Idempotency-Key', message: 'must be 1-255 visible ASCII characters' }]);
  }
  return header;
}

@ApiTags('orders')
@Controller({ path: 'orders', version: '1' })
export class OrdersController {
  constructor(private readonly ordersService: OrdersService) {}

  @Post()
  @ApiOperation({
    operationId: 'placeOrder',
    summary: 'Place an order',
    description:
      'Prices come from the catalogue. With an `Idempotency-Key`, repeating the same request returns the original 201 response ' +
      '(marked `Idempotent-Replayed: true`) and creates nothing; the same key with a different body is a 409 `IDEMPOTENCY_KEY_REUSED`.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Client-chosen key, 1-255 visible ASCII characters' })
  @ApiCreatedResponse({ type: OrderResponse })
  @ApiProblems(400, 409, 422)
  async place(
    @Body() request: CreateOrderDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @RequestId() requestId: string | null,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OrderResponse> {
    const result = await this.ordersService.place(request, parseIdempotencyKey(idempotencyKey), requestId);
    if (result.replayed) response.setHeader('Idempotent-Replayed', 'true');
    return result.order;
  }

  @Get()
  @ApiOperation({ operationId: 'listOrders', summary: 'List orders, newest first' })
  @ApiOkResponse({ type: PageResponse(OrderResponse) })
  @ApiProblems(400)
  list(@Query() query: ListOrdersQueryDto): Promise<Page<OrderResponse>> {
    return this.ordersService.list(query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getOrder', summary: 'One order with its items, customer and services' })
  @ApiOkResponse({ type: OrderDetailResponse })
  @ApiProblems(400, 404)
  get(@UuidParam() id: string): Promise<OrderDetailResponse> {
    return this.ordersService.getDetail(id);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'cancelOrder', summary: 'Cancel an order and its open installation work' })
  @ApiOkResponse({ type: OrderDetailResponse })
  @ApiProblems(400, 404, 409)
  cancel(@UuidParam() id: string, @Body() body: CancelOrderDto, @RequestId() requestId: string | null): Promise<OrderDetailResponse> {
    return this.ordersService.cancel(id, body.reason, requestId);
  }
}
