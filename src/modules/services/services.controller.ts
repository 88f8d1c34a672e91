import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageResponse, PageResponseShape, UuidParam } from '@app/common';
import { CancelServiceDto } from './dto/cancel-service.dto';
import { ListServicesQueryDto } from './dto/list-services-query.dto';
import { ServiceDetailResponse, ServiceResponse, mapService, mapServiceDetail } from './dto/service.response';
import { API_ACTOR } from './service-actors';
import { ServicesService } from './services.service';

@ApiTags('services')
@Controller({ path: 'services', version: '1' })
export class ServicesController {
  constructor(private readonly servicesService: ServicesService) {}

  @Get()
  @ApiOperation({ operationId: 'listServices', summary: 'List services, newest first' })
  @ApiOkResponse({ type: PageResponse(ServiceResponse) })
  @ApiProblems(400)
  async list(@Query() query: ListServicesQueryDto): Promise<PageResponseShape<ServiceResponse>> {
    const { limit, cursor, ...filters } = query;
    const page = await this.servicesService.list(filters, { limit, cursor });
    return { items: page.items.map(mapService), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getService', summary: 'Read a service with its status history' })
  @ApiOkResponse({ type: ServiceDetailResponse })
  @ApiProblems(400, 404)
  async get(@UuidParam() id: string): Promise<ServiceDetailResponse> {
    return mapServiceDetail(await this.servicesService.get(id));
  }

  @Post(':id/start')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'startService', summary: 'The engineer started the work (scheduled → in_progress)' })
  @ApiOkResponse({ type: ServiceResponse })
  @ApiProblems(400, 404, 409)
  async start(@UuidParam() id: string): Promise<ServiceResponse> {
    return mapService(await this.servicesService.start(id, API_ACTOR));
  }

  @Post(':id/complete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'completeService', summary: 'The work is done (in_progress → completed)' })
  @ApiOkResponse({ type: ServiceResponse })
  @ApiProblems(400, 404, 409)
  async complete(@UuidParam() id: string): Promise<ServiceResponse> {
    return mapService(await this.servicesService.complete(id, API_ACTOR));
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'cancelService', summary: 'Cancel a service that is not completed yet' })
  @ApiOkResponse({ type: ServiceResponse })
  @ApiProblems(400, 404, 409)
  async cancel(@UuidParam() id: string, @Body() body: CancelServiceDto): Promise<ServiceResponse> {
    return mapService(await this.servicesService.cancel(id, body.reason, API_ACTOR));
  }
}
