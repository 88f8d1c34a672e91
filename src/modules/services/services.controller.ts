import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiProblems,
  CurrentPrincipal,
  IllegalTransitionError,
  PageResponse,
  PageResponseShape,
  Principal,
  Roles,
  UuidParam,
  actorOf,
  scopeOf,
} from '@app/common';
import { CancelServiceDto } from './dto/cancel-service.dto';
import { COMPLETE_SERVICE_REQUEST_EXAMPLES, COMPLETE_SERVICE_RESPONSE_EXAMPLE } from './dto/service.examples';
import { CompleteServiceDto } from './dto/complete-service.dto';
import { FailServiceDto } from './dto/fail-service.dto';
import { ListServicesQueryDto } from './dto/list-services-query.dto';
import { ServiceDetailResponse, ServiceResponse } from './dto/service.response';
import { ServicesService } from './services.service';
import { DeviceAlreadyFittedError } from '../vehicles/vehicles.errors';
import { ServiceNotFoundError, ServiceWithoutVehicleError } from './services.errors';
import { TooEarlyToStartError } from '../bookings/bookings.errors';

@ApiTags('services')
@Controller({ path: 'services', version: '1' })
export class ServicesController {
  constructor(private readonly servicesService: ServicesService) {}

  @Get()
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({
    operationId: 'listServices',
    summary: 'List services, newest first; an engineer sees their own',
    description: 'Installation tasks, keyset paginated, filtered by order, vehicle, engineer, status or type. An engineer sees only the tasks booked for them.',
  })
  @ApiOkResponse({ type: PageResponse(ServiceResponse) })
  async list(@Query() query: ListServicesQueryDto, @CurrentPrincipal() caller: Principal): Promise<PageResponseShape<ServiceResponse>> {
    const { limit, cursor, ...filters } = query;
    return this.servicesService.list(filters, { limit, cursor }, scopeOf(caller));
  }

  @Get(':id')
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({
    operationId: 'getService',
    summary: 'Read a service with its status history',
    description: 'An engineer reads their own services; another engineer’s is a 404.',
  })
  @ApiOkResponse({ type: ServiceDetailResponse })
  @ApiProblems(ServiceNotFoundError)
  async get(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<ServiceDetailResponse> {
    return this.servicesService.get(id, scopeOf(caller));
  }

  @Post(':id/start')
  @Roles('admin', 'dispatcher', 'engineer')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'startService',
    summary: 'The engineer started the work (scheduled → in_progress)',
    description:
      'An engineer starts their own services; another engineer’s is a 404. Starting a booked service starts its booking (`startedAt`), ' +
      'from the local start of the appointment’s day in the business time zone.',
  })
  @ApiOkResponse({ type: ServiceResponse })
  @ApiProblems(ServiceNotFoundError, IllegalTransitionError, TooEarlyToStartError)
  async start(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<ServiceResponse> {
    return this.servicesService.start(id, actorOf(caller), scopeOf(caller));
  }

  @Post(':id/complete')
  @Roles('admin', 'dispatcher', 'engineer')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'completeService',
    summary: 'The work is done (in_progress → completed)',
    description:
      'An engineer completes their own services; another engineer’s is a 404. `devices` records what was fitted, in the vehicle’s ' +
      'installation record: one entry per fitted unit of the task’s installable lines whose product declares `identifiers`, each with ' +
      'exactly those identifiers (an IMEI: 15 digits with a valid Luhn check digit; an ICCID: 19-20 digits starting 89 with a valid Luhn ' +
      'check digit). A task none of whose products declares identifiers may be completed without a body. When it was the booking’s last ' +
      'open service, the booking completes with it, and the order is fulfilled once none of its services is open.',
  })
  @ApiBody({ type: CompleteServiceDto, required: false, examples: COMPLETE_SERVICE_REQUEST_EXAMPLES })
  @ApiOkResponse({ type: ServiceResponse, example: COMPLETE_SERVICE_RESPONSE_EXAMPLE })
  @ApiProblems(ServiceNotFoundError, IllegalTransitionError, ServiceWithoutVehicleError, DeviceAlreadyFittedError)
  async complete(@UuidParam() id: string, @Body() body: CompleteServiceDto, @CurrentPrincipal() caller: Principal): Promise<ServiceResponse> {
    // No body at all is an empty one: the pipe validates it as {}.
    return this.servicesService.complete(id, actorOf(caller), scopeOf(caller), body ?? {});
  }

  @Post(':id/cancel')
  @Roles('admin', 'dispatcher')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'cancelService',
    summary: 'Cancel a service that is not completed yet',
    description:
      'The service leaves its active booking; a booking with no open service left is cancelled with the same reason. ' +
      'The order is cancelled once every task is, or fulfilled when the others were completed.',
  })
  @ApiOkResponse({ type: ServiceResponse })
  @ApiProblems(ServiceNotFoundError, IllegalTransitionError)
  async cancel(@UuidParam() id: string, @Body() body: CancelServiceDto, @CurrentPrincipal() caller: Principal): Promise<ServiceResponse> {
    return this.servicesService.cancel(id, body.reason, actorOf(caller), scopeOf(caller));
  }

  @Post(':id/fail')
  @Roles('admin', 'dispatcher', 'engineer')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'failService',
    summary: 'The visit could not do the work (scheduled or in_progress → pending)',
    description:
      'An engineer records the failure of their own services; another engineer’s is a 404. The task goes back to `pending`, without an ' +
      'engineer, the failure in its history (`lastFailure`); the booking records it in its `outcome` and is completed once every one of ' +
      'its tasks is completed or failed. The order stays open until the task is booked again and done (or cancelled). A scheduled task ' +
      'may fail from the local start of the appointment’s day in the business time zone, as it may start. `note` is required for `other`.',
  })
  @ApiOkResponse({ type: ServiceResponse })
  @ApiProblems(ServiceNotFoundError, IllegalTransitionError, TooEarlyToStartError)
  async fail(@UuidParam() id: string, @Body() body: FailServiceDto, @CurrentPrincipal() caller: Principal): Promise<ServiceResponse> {
    return this.servicesService.fail(id, { reason: body.reason, note: body.note ?? null }, actorOf(caller), scopeOf(caller));
  }
}
