import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, CurrentPrincipal, Roles, UserPrincipal } from '@app/common';
import { EngineerTimeOffResponse, mapEngineerTimeOff } from './dto/engineer-time-off.response';
import { EngineerResponse, mapEngineer } from './dto/engineer.response';
import { EngineerTimeOffService } from './engineer-time-off.service';
import { EngineersService } from './engineers.service';
import { EngineerNotFoundError } from './engineers.errors';

type EngineerPrincipal = Extract<UserPrincipal, { role: 'engineer' }>;

/** An engineer's own record, read with their own login: no engineer id to know or to guess. */
@ApiTags('engineers')
@Controller({ path: 'me', version: '1' })
export class MyEngineerController {
  constructor(
    private readonly engineersService: EngineersService,
    private readonly timeOffService: EngineerTimeOffService,
  ) {}

  @Get('engineer')
  @Roles('engineer')
  @ApiOperation({
    operationId: 'getMyEngineer',
    summary: 'Read the engineer record the signed-in engineer acts for',
    description: 'For a signed-in engineer: the engineer record they act for (skills, areas, working hours).',
  })
  @ApiOkResponse({ type: EngineerResponse })
  @ApiProblems(EngineerNotFoundError)
  async engineer(@CurrentPrincipal() caller: EngineerPrincipal): Promise<EngineerResponse> {
    return mapEngineer(await this.engineersService.getById(caller.engineerId));
  }

  @Get('time-off')
  @Roles('engineer')
  @ApiOperation({
    operationId: 'listMyTimeOff',
    summary: 'List the signed-in engineer’s time off, earliest start first',
    description: 'For a signed-in engineer: their own time off, earliest start first.',
  })
  @ApiOkResponse({ type: [EngineerTimeOffResponse] })
  @ApiProblems(EngineerNotFoundError)
  async timeOff(@CurrentPrincipal() caller: EngineerPrincipal): Promise<EngineerTimeOffResponse[]> {
    return (await this.timeOffService.list(caller.engineerId)).map(mapEngineerTimeOff);
  }
}
