import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageResponse, PageResponseShape, Roles, UuidParam } from '@app/common';
import { CreateEngineerDto } from './dto/create-engineer.dto';
import { EngineerResponse, mapEngineer } from './dto/engineer.response';
import { ListEngineersQueryDto } from './dto/list-engineers-query.dto';
import { UpdateEngineerDto } from './dto/update-engineer.dto';
import { EngineersService } from './engineers.service';
import { EngineerEmailTakenError, EngineerHasBookingsError, EngineerNotFoundError } from './engineers.errors';

@ApiTags('engineers')
@Controller({ path: 'engineers', version: '1' })
export class EngineersController {
  constructor(private readonly engineersService: EngineersService) {}

  @Get()
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'listEngineers',
    summary: 'List engineers, newest first, filtered by area, skill or status',
    description: 'Engineers, keyset paginated, filtered by area (postcode district), skill or active, `q` searching them.',
  })
  @ApiOkResponse({ type: PageResponse(EngineerResponse) })
  async list(@Query() query: ListEngineersQueryDto): Promise<PageResponseShape<EngineerResponse>> {
    const page = await this.engineersService.list(query);
    return { items: page.items.map(mapEngineer), nextCursor: page.nextCursor };
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    operationId: 'createEngineer',
    summary: 'Add an engineer',
    description: 'An engineer with skills, the postcode areas they cover and weekly working hours (business time); the e-mail is unique.',
  })
  @ApiCreatedResponse({ type: EngineerResponse })
  @ApiProblems(EngineerEmailTakenError)
  async create(@Body() dto: CreateEngineerDto): Promise<EngineerResponse> {
    return mapEngineer(await this.engineersService.create(dto));
  }

  @Get(':id')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'getEngineer',
    summary: 'Read one engineer',
    description: 'One engineer with skills, areas and working hours.',
  })
  @ApiOkResponse({ type: EngineerResponse })
  @ApiProblems(EngineerNotFoundError)
  async get(@UuidParam() id: string): Promise<EngineerResponse> {
    return mapEngineer(await this.engineersService.getById(id));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    operationId: 'updateEngineer',
    summary: 'Change some of an engineer’s fields, or reactivate them',
    description:
      '`{"active": false}` deactivates them under the same rule as DELETE: refused while they have scheduled bookings that have not ended.',
  })
  @ApiOkResponse({ type: EngineerResponse })
  @ApiProblems(EngineerNotFoundError, EngineerEmailTakenError, EngineerHasBookingsError)
  async update(@UuidParam() id: string, @Body() dto: UpdateEngineerDto): Promise<EngineerResponse> {
    return mapEngineer(await this.engineersService.update(id, dto));
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'deactivateEngineer',
    summary: 'Deactivate an engineer',
    description:
      'Sets `active` to false and keeps the engineer, so past jobs still name them. Repeating it is harmless. ' +
      'Refused while they have scheduled bookings that have not ended: reschedule or cancel those first. ' +
      'Reactivate with PATCH `{"active": true}`.',
  })
  @ApiNoContentResponse({ description: 'Deactivated' })
  @ApiProblems(EngineerNotFoundError, EngineerHasBookingsError)
  async deactivate(@UuidParam() id: string): Promise<void> {
    await this.engineersService.deactivate(id);
  }
}
