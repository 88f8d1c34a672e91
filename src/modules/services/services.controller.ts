import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, CurrentPrincipal, PageResponse, PageResponseShape, Principal, Roles, UuidParam, actorOf, scopeOf } from '@app/common';
import { CancelServiceDto } from './dto/cancel-service.dto';
import { ListServicesQueryDto } from './dto/list-services-query.dto';
import { ServiceDetailResponse, ServiceResponse, mapService, mapServiceDetail } from './dto/service.response';
import { ServicesService } from './services.service';

@ApiTags('services')
@Controller({ path: 'services', version: '1' })
export class ServicesController {
  constructor(private readonly servicesService: ServicesService) {}

  @Get()
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({ operationId: 'listServices', summary: 'List services, newest first; an engineer sees their own' })
  @ApiOkResponse({ type: PageResponse(ServiceResponse) })
  @ApiProblems(400)
  async list(@Query() query: ListServicesQueryDto, @CurrentPrincipal() caller: Principal): Promise<PageResponseShape<ServiceResponse>> {
    const { limit, cursor, ...filters } = query;
    const page = await this.servicesService.list(filters, { limit, cursor }, scopeOf(caller));
    return { items: page.items.map(mapService), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({
    operationId: 'getService',
    summary: 'Read a service with its status history',
    description: 'An engineer reads their own services; another engineer’s is a 404.',
  })
  @ApiOkResponse({ type: ServiceDetailResponse })
  @ApiProblems(400, 404)
  async get(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<ServiceDetailResponse> {
    return mapServiceDetail(await this.servicesService.get(id, scopeOf(caller)));
  }

  @Post(':id/start')
  @Roles('admin', 'dispatcher', 'engineer')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'startService',
    summary: 'The engineer started the work (scheduled → in_progress)',
    description: 'An engineer starts their own services; another engineer’s is a 404.',
  })
  @ApiOkResponse({ type: ServiceResponse })
  @ApiProblems(400, 404, 409)
  async start(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<ServiceResponse> {
    return mapService(await this.servicesService.start(id, actorOf(caller), scopeOf(caller)));
  }

  @Post(':id/complete')
  @Roles('admin', 'dispatcher', 'engineer')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'completeService',
    summary: 'The work is done (in_progress → completed)',
    description: 'An engineer completes their own services; another engineer’s is a 404.',
  })
  @ApiOkResponse({ type: ServiceResponse })
  @ApiProblems(400, 404, 409)
  async complete(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<ServiceResponse> {
    return mapService(await this.servicesService.complete(id, actorOf(caller), scopeOf(caller)));
  }

  @Post(':id/cancel')
  @Roles('admin', 'dispatcher')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'cancelService', summary: 'Cancel a service that is not completed yet' })
  @ApiOkResponse({ type: ServiceResponse })
  @ApiProblems(400, 404, 409)
  async cancel(@UuidParam() id: string, @Body() body: CancelServiceDto, @CurrentPrincipal() caller: Principal): Promise<ServiceResponse> {
    return mapService(await this.servicesService.cancel(id, body.reason, actorOf(caller), scopeOf(caller)));
  }
}
