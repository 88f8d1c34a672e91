import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, CustomerLinkRateLimit, IllegalTransitionError, Public, searchWindow } from '@app/common';
import { MAX_SEARCH_DAYS } from '../bookings/availability.service';
import {
  BookingChangedError,
  BookingNotScheduledError,
  EngineerNotEligibleError,
  InstallationInProgressError,
  InstallationNotBookableError,
  InstallationNotFoundError,
  SLOT_RULE_ERRORS,
  WorkLongerThanWorkingSpanError,
} from '../bookings/bookings.errors';
import { EngineerNotFoundError } from '../engineers/engineers.errors';
import { AppointmentClosedError, AppointmentNotFoundError, ChangeTooLateError } from './appointments.errors';
import { AppointmentsService } from './appointments.service';
import { AppointmentAvailabilityQueryDto } from './dto/appointment-availability-query.dto';
import { AppointmentAvailabilityResponse, mapAppointmentAvailability } from './dto/appointment-availability.response';
import { AppointmentResponse, mapAppointment } from './dto/appointment.response';
import { CancelAppointmentDto } from './dto/cancel-appointment.dto';
import { RescheduleAppointmentDto } from './dto/reschedule-appointment.dto';

const TOKEN_PARAM = { name: 'token', description: 'The secret of the appointment’s link', example: '6Kq0m3VwXy1pQ2rS3tU4vW5xY6zA7bC8dE9fG0hI1jK' };
const CHANGE_PROBLEMS = [AppointmentNotFoundError, AppointmentClosedError, ChangeTooLateError] as const;

/**
 * The customer's side of a booking, at its secret link: no credentials (the token is the
 * credential), limited per client address (`CUSTOMER_LINK_RATE_LIMIT_*`). A wrong or replaced
 * token is a 404 whatever its shape.
 */
@ApiTags('appointments')
@Controller({ path: 'appointments', version: '1' })
@CustomerLinkRateLimit()
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get(':token')
  @Public()
  @ApiOperation({
    operationId: 'getAppointment',
    summary: 'The customer’s appointment at its link: when, where, on what, and whether it may still change',
    description:
      'Each visit in UTC and in the business time zone’s local time; the installation address and vehicles. ' +
      '`changesAllowed` until `changeableUntil` (`settings.customerChangeCutoffHours` before the first visit), while the booking is scheduled and not started.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems(AppointmentNotFoundError)
  async get(@Param('token') token: string): Promise<AppointmentResponse> {
    return mapAppointment(await this.appointments.view(token));
  }

  @Get(':token/availability')
  @Public()
  @ApiOperation({
    operationId: 'getAppointmentAvailability',
    summary: 'Slots the customer may move the appointment to',
    description:
      'The slots a dispatcher is offered for the order (`GET /bookings/availability`, without explanations), any eligible engineer: ' +
      `pass the chosen slot's \`start\` and \`engineerId\` to \`reschedule\`. The window may span at most ${MAX_SEARCH_DAYS} days. Only while changes are allowed.`,
  })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: AppointmentAvailabilityResponse })
  @ApiProblems(...CHANGE_PROBLEMS, InstallationNotFoundError, InstallationInProgressError, InstallationNotBookableError, WorkLongerThanWorkingSpanError)
  async availability(@Param('token') token: string, @Query() query: AppointmentAvailabilityQueryDto): Promise<AppointmentAvailabilityResponse> {
    const window = searchWindow(query.from, query.to, MAX_SEARCH_DAYS);
    return mapAppointmentAvailability(await this.appointments.availability(token, window));
  }

  @Post(':token/cancel')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'cancelAppointment',
    summary: 'The customer cancels their appointment',
    description:
      'Until `changeableUntil`, as a dispatcher’s cancellation: the booking is cancelled (audited with actor `customer`), its tasks wait for a new booking. ' +
      'Later: 409 `CHANGE_TOO_LATE`; a booking no longer scheduled: 409 `APPOINTMENT_CLOSED`.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems(...CHANGE_PROBLEMS, IllegalTransitionError, InstallationInProgressError)
  async cancel(@Param('token') token: string, @Body() body: CancelAppointmentDto): Promise<AppointmentResponse> {
    return mapAppointment(await this.appointments.cancel(token, body.reason));
  }

  @Post(':token/reschedule')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'rescheduleAppointment',
    summary: 'The customer moves their appointment to a slot of its availability',
    description:
      'Until `changeableUntil`, under every rule a dispatcher’s reschedule keeps (`PATCH /bookings/{id}`), audited with actor `customer`. ' +
      'Later: 409 `CHANGE_TOO_LATE`; a booking no longer scheduled: 409 `APPOINTMENT_CLOSED`.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems(
    ...CHANGE_PROBLEMS,
    BookingNotScheduledError,
    BookingChangedError,
    InstallationNotFoundError,
    EngineerNotFoundError,
    InstallationNotBookableError,
    InstallationInProgressError,
    EngineerNotEligibleError,
    WorkLongerThanWorkingSpanError,
    ...SLOT_RULE_ERRORS,
  )
  async reschedule(@Param('token') token: string, @Body() body: RescheduleAppointmentDto): Promise<AppointmentResponse> {
    return mapAppointment(await this.appointments.reschedule(token, { start: new Date(body.start), engineerId: body.engineerId }));
  }
}
