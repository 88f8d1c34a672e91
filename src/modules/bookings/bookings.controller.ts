import { Body, Controller, Get, Header, Headers, HttpCode, HttpStatus, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiProblems,
  CurrentPrincipal,
  IllegalTransitionError,
  JSON_BODY,
  PageResponse,
  PageResponseShape,
  Principal,
  Roles,
  UuidParam,
  ValidationFailedError,
  actorOf,
  parseIdempotencyKey,
  scopeOf,
  searchWindow,
} from '@app/common';
import { MAX_VISITS } from './availability/visit-plan';
import { AvailabilityService, MAX_SEARCH_DAYS } from './availability.service';
import { BookingLifecycleService } from './booking-lifecycle.service';
import { BookingSchedulingService } from './booking-scheduling.service';
import { BookingIdempotencyKeyReusedError, HoldExpiredError, HoldMismatchError, HoldNotFoundError } from './booking-holds.errors';
import { IdempotentBookingsService } from './idempotent-bookings.service';
import { BookingsService } from './bookings.service';
import { AvailabilityQueryDto, SuggestionsQueryDto } from './dto/availability-query.dto';
import { AvailabilityResponse, availabilityBody } from './dto/availability.response';
import { BookingDetailResponse, BookingResponse } from './dto/booking.response';
import { CancelBookingDto } from './dto/cancel-booking.dto';
import { AVAILABILITY_RESPONSE_EXAMPLE, CREATE_BOOKING_REQUEST_EXAMPLES, CREATE_BOOKING_RESPONSE_EXAMPLE } from './dto/booking.examples';
import { CreateBookingDto } from './dto/create-booking.dto';
import { NoShowBookingDto } from './dto/no-show-booking.dto';
import { ListBookingsQueryDto } from './dto/list-bookings-query.dto';
import { RescheduleBookingDto } from './dto/reschedule-booking.dto';
import { SuggestionsResponse, suggestionsJson } from './dto/suggestions.response';
import {
  AppointmentNotStartedError,
  BookingChangedError,
  BookingNotFoundError,
  BookingNotScheduledError,
  EngineerNotEligibleError,
  InstallationInProgressError,
  InstallationNotBookableError,
  InstallationNotFoundError,
  OrderAlreadyBookedError,
  SLOT_RULE_ERRORS,
  WorkLongerThanWorkingSpanError,
  WorkNotStartedError,
} from './bookings.errors';
import { OrderClosedError, OrderNotFoundError } from '../orders/orders.errors';
import { DevicesNotReportedError, NoServiceToScheduleError } from '../services/services.errors';
import { EngineerNotFoundError } from '../engineers/engineers.errors';

/** The header Fastify gives a serialised object; with it, JSON text already written goes out as it is. */

@ApiTags('bookings')
@Controller({ path: 'bookings', version: '1' })
export class BookingsController {
  constructor(
    private readonly availabilityService: AvailabilityService,
    private readonly bookingsService: BookingsService,
    private readonly scheduling: BookingSchedulingService,
    private readonly idempotentBookings: IdempotentBookingsService,
    private readonly lifecycle: BookingLifecycleService,
  ) {}

  @Get('availability')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'getBookingAvailability',
    summary: 'Slots in which an eligible engineer could do the order’s installation',
    description:
      'Engineers who are active, cover the installation postcode and have every required skill; slots on the grid, after the ' +
      'lead time, inside one working span, clear of time off, other bookings (with the travel buffer) and the daily job limit. ' +
      'Work longer than every span of an engineer’s week is offered as runs of visits (`visits`) on consecutive working days: ' +
      'the first from the start to the end of its span, each later one in the next working day’s first span; every visit keeps ' +
      `those rules, and a run has at most ${MAX_VISITS} visits (422 \`WORK_LONGER_THAN_WORKING_SPAN\` when no run could hold the work). ` +
      'Travel: other bookings stay at least the travel time between their place and the installation’s away (great-circle ' +
      'distance × `settings.roadFactor` at `settings.averageSpeedKmh`, never less than `travelBufferMinutes`; the flat buffer where ' +
      'a place is not known), and with `settings.travelFromHome` a day’s first job leaves room to travel from the engineer’s home base. ' +
      `Sorted by start, then engineer name. The window (of starts) may span at most ${MAX_SEARCH_DAYS} days. ` +
      '`explain=true` adds `excluded` and, when there is no slot, `nextAvailableDate`.',
  })
  @ApiOkResponse({ type: AvailabilityResponse, example: AVAILABILITY_RESPONSE_EXAMPLE })
  @ApiProblems(InstallationNotFoundError, InstallationInProgressError, InstallationNotBookableError, WorkLongerThanWorkingSpanError)
  @Header('Content-Type', JSON_BODY)
  async availability(@Query() query: AvailabilityQueryDto): Promise<Buffer> {
    const window = searchWindow(query.from, query.to, MAX_SEARCH_DAYS);
    return availabilityBody(await this.availabilityService.availability(query.orderId, window, query.engineerId, query.explain));
  }

  @Get('suggestions')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'suggestBookings',
    summary: 'The best few engineer and slot pairs for an order',
    description:
      `Within the next ${MAX_SEARCH_DAYS} days, the slots that add the least travel to the engineer’s day first (\`addedTravelKm\`), ` +
      'then the earliest; at the same start, the engineer with fewer booked minutes that day. Each shows the travel kept before and ' +
      'after it. `explain=true` adds `excluded` and, when there is no slot, `nextAvailableDate`.',
  })
  @ApiOkResponse({ type: SuggestionsResponse })
  @ApiProblems(InstallationNotFoundError, InstallationInProgressError, InstallationNotBookableError, WorkLongerThanWorkingSpanError)
  @Header('Content-Type', JSON_BODY)
  async suggestions(@Query() query: SuggestionsQueryDto): Promise<string> {
    return suggestionsJson(await this.availabilityService.suggestions(query.orderId, query.limit, new Date(), query.explain));
  }

  @Get()
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({
    operationId: 'listBookings',
    summary: 'List bookings, newest first; an engineer sees their own',
    description: 'Bookings, keyset paginated, filtered by engineer, status, day (`date`) or a start range (`from`, `to`). An engineer sees only their own.',
  })
  @ApiOkResponse({ type: PageResponse(BookingResponse) })
  async list(@Query() query: ListBookingsQueryDto, @CurrentPrincipal() caller: Principal): Promise<PageResponseShape<BookingResponse>> {
    const { limit, cursor, from, to, ...filters } = query;
    const range = { startsFrom: from ? new Date(from) : undefined, startsBefore: to ? new Date(to) : undefined };
    return this.bookingsService.list({ ...filters, ...range }, { limit, cursor }, scopeOf(caller));
  }

  @Get(':id')
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({
    operationId: 'getBooking',
    summary: 'Read a booking with its audit trail and the e-mails to its customer',
    description:
      'An engineer reads their own bookings; another engineer’s is a 404. `notifications` lists the messages to the order’s ' +
      'customer (confirmation, move, cancellation, a reminder before each visit) with their delivery status.',
  })
  @ApiOkResponse({ type: BookingDetailResponse })
  @ApiProblems(BookingNotFoundError)
  async get(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<BookingDetailResponse> {
    return this.bookingsService.get(id, scopeOf(caller));
  }

  @Post()
  @Roles('admin', 'dispatcher', 'api-key')
  @ApiOperation({
    operationId: 'createBooking',
    summary: 'Book an engineer for an order’s installation',
    description:
      'Every availability rule is checked again, for every visit of a multi-day run; a broken rule is a 422 whose code names it ' +
      `(\`TOO_MANY_VISITS\`: from that start the run would need more than ${MAX_VISITS} visits), an overlap of any visit with another ` +
      'booking of the engineer a 409 `BOOKING_CONFLICT` naming that booking, and time held for another order’s checkout a 409 ' +
      '`SLOT_HELD`. The installation becomes `scheduled` with the engineer. With `holdId` (a live hold of the order, `POST /bookings/holds`) ' +
      'the hold’s engineer and start are booked and the hold is consumed; `engineerId` or `start` sent with it must be the hold’s (else ' +
      '409 `HOLD_MISMATCH`); an expired hold is 409 `HOLD_EXPIRED` with `alternatives`. An API key books only the orders it placed ' +
      '(another’s is a 404 `ORDER_NOT_FOUND`). With an `Idempotency-Key`, repeating the same request returns the original 201 response ' +
      '(marked `Idempotent-Replayed: true`) and books nothing; the same key with a different body is a 409 `IDEMPOTENCY_KEY_REUSED`. A key ' +
      'is remembered for `IDEMPOTENCY_KEY_TTL_HOURS` (24 by default).',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Client-chosen key, 1-255 visible ASCII characters' })
  @ApiBody({ type: CreateBookingDto, examples: CREATE_BOOKING_REQUEST_EXAMPLES })
  @ApiCreatedResponse({ type: BookingDetailResponse, example: CREATE_BOOKING_RESPONSE_EXAMPLE })
  @ApiProblems(
    OrderNotFoundError,
    InstallationNotFoundError,
    EngineerNotFoundError,
    HoldNotFoundError,
    OrderClosedError,
    OrderAlreadyBookedError,
    InstallationNotBookableError,
    InstallationInProgressError,
    NoServiceToScheduleError,
    HoldExpiredError,
    HoldMismatchError,
    BookingIdempotencyKeyReusedError,
    EngineerNotEligibleError,
    WorkLongerThanWorkingSpanError,
    ...SLOT_RULE_ERRORS,
  )
  async create(
    @Body() body: CreateBookingDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentPrincipal() caller: Principal,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<BookingDetailResponse> {
    const key = parseIdempotencyKey(idempotencyKey);
    const request = { ...body, start: body.start === undefined ? undefined : new Date(body.start) };
    const booker = { actor: actorOf(caller), scope: scopeOf(caller), apiKeyId: caller.kind === 'api-key' ? caller.id : null };
    const answer = await this.idempotentBookings.create(request, body, booker, key);
    if (answer.replayed) response.header('Idempotent-Replayed', 'true');
    return answer.booking;
  }

  @Patch(':id')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'rescheduleBooking',
    summary: 'Move a scheduled booking to another time and/or engineer, under the same checks',
    description: 'The whole run moves: its visits are worked out again from the new start, with the current estimate.',
  })
  @ApiOkResponse({ type: BookingDetailResponse })
  @ApiProblems(
    BookingNotFoundError,
    InstallationNotFoundError,
    EngineerNotFoundError,
    BookingNotScheduledError,
    BookingChangedError,
    InstallationNotBookableError,
    InstallationInProgressError,
    EngineerNotEligibleError,
    WorkLongerThanWorkingSpanError,
    ...SLOT_RULE_ERRORS,
  )
  async reschedule(
    @UuidParam() id: string,
    @Body() body: RescheduleBookingDto,
    @CurrentPrincipal() caller: Principal,
  ): Promise<BookingDetailResponse> {
    if (body.start === undefined && body.engineerId === undefined) {
      throw new ValidationFailedError([{ field: 'body', message: 'give start, engineerId or both' }]);
    }
    const start = body.start === undefined ? undefined : new Date(body.start);
    return this.scheduling.reschedule(id, { start, engineerId: body.engineerId }, actorOf(caller));
  }

  @Post(':id/cancel')
  @Roles('admin', 'dispatcher')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'cancelBooking',
    summary: 'Cancel a scheduled booking; the installation waits for a new one',
    description: 'Only a scheduled booking whose work has not started; its tasks go back to `pending`, waiting for a new booking.',
  })
  @ApiOkResponse({ type: BookingDetailResponse })
  @ApiProblems(BookingNotFoundError, IllegalTransitionError, InstallationInProgressError)
  async cancel(@UuidParam() id: string, @Body() body: CancelBookingDto, @CurrentPrincipal() caller: Principal): Promise<BookingDetailResponse> {
    return this.lifecycle.cancel(id, body.reason, actorOf(caller));
  }

  @Post(':id/complete')
  @Roles('admin', 'dispatcher', 'engineer')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'completeBooking',
    summary: 'The work is done: booking and services completed, the order fulfilled',
    description: 'An engineer completes their own bookings; another engineer’s is a 404.',
  })
  @ApiOkResponse({ type: BookingDetailResponse })
  @ApiProblems(BookingNotFoundError, IllegalTransitionError, WorkNotStartedError, DevicesNotReportedError)
  async complete(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<BookingDetailResponse> {
    return this.lifecycle.complete(id, actorOf(caller), scopeOf(caller));
  }

  @Post(':id/no-show')
  @Roles('admin', 'dispatcher')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'markBookingNoShow',
    summary: 'Nobody was there; the installation waits for a new booking',
    description: 'Once the appointment has begun and before the work starts: the booking ends as `no_show`, its tasks wait for a new booking.',
  })
  @ApiOkResponse({ type: BookingDetailResponse })
  @ApiProblems(BookingNotFoundError, IllegalTransitionError, AppointmentNotStartedError, InstallationInProgressError)
  async noShow(@UuidParam() id: string, @Body() body: NoShowBookingDto, @CurrentPrincipal() caller: Principal): Promise<BookingDetailResponse> {
    return this.lifecycle.markNoShow(id, body.reason ?? null, actorOf(caller));
  }
}
