import { Body, Controller, Get, Header, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, CurrentPrincipal, Principal, Roles, UuidParam, scopeOf, searchWindow } from '@app/common';
import { OrdersService } from '../orders/orders.service';
import { OrderClosedError, OrderNotFoundError } from '../orders/orders.errors';
import { EngineerNotFoundError } from '../engineers/engineers.errors';
import { AvailabilityService, MAX_SEARCH_DAYS } from './availability.service';
import { BookingHoldsService } from './booking-holds.service';
import {
  EngineerNotEligibleError,
  InstallationInProgressError,
  InstallationNotBookableError,
  InstallationNotFoundError,
  OrderAlreadyBookedError,
  SLOT_RULE_ERRORS,
  WorkLongerThanWorkingSpanError,
} from './bookings.errors';
import { AvailabilityResponse, availabilityBody } from './dto/availability.response';
import { AVAILABILITY_RESPONSE_EXAMPLE } from './dto/booking.examples';
import { BookingHoldResponse, mapBookingHold } from './dto/booking-hold.response';
import { CreateBookingHoldDto } from './dto/create-booking-hold.dto';
import { OrderAvailabilityQueryDto } from './dto/order-availability-query.dto';

/** The header Fastify gives a serialised object; with it, JSON text already written goes out as it is. */
const JSON_BODY = 'application/json; charset=utf-8';

/**
 * What a web shop needs to let its customer book at checkout, with its API key: the slots of
 * an order it placed, and a hold on one while the customer pays (then `POST /bookings` with the
 * hold). Staff may call both too. An API key reaches only the orders it placed: another's is a
 * 404 `ORDER_NOT_FOUND`, as reading that order is.
 */
@ApiTags('bookings')
@Controller({ version: '1' })
export class SelfBookingController {
  constructor(
    private readonly ordersService: OrdersService,
    private readonly availabilityService: AvailabilityService,
    private readonly holds: BookingHoldsService,
  ) {}

  @Get('orders/:id/availability')
  @Roles('admin', 'dispatcher', 'api-key')
  @ApiOperation({
    operationId: 'getOrderAvailability',
    summary: 'Slots in which the order’s installation could be booked: for a web shop’s checkout',
    description:
      'As `GET /bookings/availability` answers for the order (the same slots, of the same shape, by start), for the order’s own ' +
      `API key as well as staff. Other orders’ live holds are not offered. The window (of starts) may span at most ${MAX_SEARCH_DAYS} days.`,
  })
  @ApiOkResponse({ type: AvailabilityResponse, example: AVAILABILITY_RESPONSE_EXAMPLE })
  @ApiProblems(OrderNotFoundError, InstallationNotFoundError, InstallationInProgressError, InstallationNotBookableError, WorkLongerThanWorkingSpanError)
  @Header('Content-Type', JSON_BODY)
  async orderAvailability(@UuidParam() id: string, @Query() query: OrderAvailabilityQueryDto, @CurrentPrincipal() caller: Principal): Promise<Buffer> {
    const window = searchWindow(query.from, query.to, MAX_SEARCH_DAYS);
    await this.ordersService.assertReachable(id, scopeOf(caller));
    return availabilityBody(await this.availabilityService.availability(id, window));
  }

  @Post('bookings/holds')
  @Roles('admin', 'dispatcher', 'api-key')
  @ApiOperation({
    operationId: 'holdBookingSlot',
    summary: 'Hold a slot for the order while its customer checks out',
    description:
      'Checked as booking it would be (every availability rule, for every visit of a multi-day run: a hold of a run holds every ' +
      'visit). Until `expiresAt` (`settings.holdMinutes` from now) the slot is offered to no other order and booking it for another ' +
      'is a 409 `SLOT_HELD`; book it with `POST /bookings` `{orderId, holdId}`. One hold per order: a new one replaces the order’s ' +
      'earlier hold. An expired hold keeps nothing.',
  })
  @ApiCreatedResponse({ type: BookingHoldResponse })
  @ApiProblems(
    OrderNotFoundError,
    InstallationNotFoundError,
    EngineerNotFoundError,
    OrderClosedError,
    OrderAlreadyBookedError,
    InstallationNotBookableError,
    InstallationInProgressError,
    EngineerNotEligibleError,
    WorkLongerThanWorkingSpanError,
    ...SLOT_RULE_ERRORS,
  )
  async hold(@Body() body: CreateBookingHoldDto, @CurrentPrincipal() caller: Principal): Promise<BookingHoldResponse> {
    return mapBookingHold(await this.holds.hold({ ...body, start: new Date(body.start) }, scopeOf(caller)));
  }
}
