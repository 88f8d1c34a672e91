import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles, UuidParam } from '@app/common';
import { CreateEngineerTimeOffDto } from './dto/create-engineer-time-off.dto';
import { EngineerTimeOffResponse, mapEngineerTimeOff } from './dto/engineer-time-off.response';
import { EngineerTimeOffService } from './engineer-time-off.service';
import { EngineerNotFoundError, EngineerTimeOffNotFoundError, TimeOffOverlapsBookingsError, TimeOffOverlapsError } from './engineers.errors';

@ApiTags('engineers')
@Controller({ path: 'engineers/:id/time-off', version: '1' })
export class EngineerTimeOffController {
  constructor(private readonly timeOffService: EngineerTimeOffService) {}

  @Get()
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'listEngineerTimeOff',
    summary: 'List an engineer’s time off, earliest start first',
    description: 'The engineer’s time off, earliest start first; availability offers no slot in it.',
  })
  @ApiOkResponse({ type: [EngineerTimeOffResponse] })
  @ApiProblems(EngineerNotFoundError)
  async list(@UuidParam() engineerId: string): Promise<EngineerTimeOffResponse[]> {
    return (await this.timeOffService.list(engineerId)).map(mapEngineerTimeOff);
  }

  @Post()
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'createEngineerTimeOff',
    summary: 'Book time off for an engineer',
    description:
      'Time off of one engineer never overlaps: a period that overlaps (or repeats) an existing entry is refused with 409 ' +
      '`TIME_OFF_OVERLAPS` naming it, never merged into it; to change an entry, delete it and add the new period. ' +
      'A period that overlaps any of the engineer’s scheduled bookings is refused with 409 `TIME_OFF_OVERLAPS_BOOKINGS` ' +
      'listing them: reschedule or cancel them first. Periods are half-open, so time off may end as a job starts.',
  })
  @ApiCreatedResponse({ type: EngineerTimeOffResponse })
  @ApiProblems(EngineerNotFoundError, TimeOffOverlapsError, TimeOffOverlapsBookingsError)
  async create(@UuidParam() engineerId: string, @Body() dto: CreateEngineerTimeOffDto): Promise<EngineerTimeOffResponse> {
    return mapEngineerTimeOff(await this.timeOffService.create(engineerId, dto));
  }

  @Delete(':timeOffId')
  @Roles('admin', 'dispatcher')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'deleteEngineerTimeOff',
    summary: 'Cancel an engineer’s time off',
    description: 'The period becomes available again.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(EngineerNotFoundError, EngineerTimeOffNotFoundError)
  async remove(@UuidParam() engineerId: string, @UuidParam('timeOffId') timeOffId: string): Promise<void> {
    await this.timeOffService.remove(engineerId, timeOffId);
  }
}
