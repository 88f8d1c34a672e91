import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JSON_BODY, Page, PageResponse, Roles } from '@app/common';
import { DispatchBoardService } from './dispatch-board.service';
import { DispatchQueueService } from './dispatch-queue.service';
import { BoardQueryDto, MAX_BOARD_DAYS } from './dto/board-query.dto';
import { DispatchBoardResponse } from './dto/board.response';
import { QueueQueryDto } from './dto/queue-query.dto';
import { QueueEntryResponse } from './dto/queue.response';

/** The dispatcher's views across modules: the team's days and the work waiting to be booked. */
@ApiTags('dispatch')
@Controller({ path: 'dispatch', version: '1' })
export class DispatchController {
  constructor(
    private readonly board: DispatchBoardService,
    private readonly queue: DispatchQueueService,
  ) {}

  @Get('board')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'getDispatchBoard',
    summary: 'Every active engineer’s days: working spans, time off, visits, free gaps, booked and available minutes',
    description:
      `From \`date\` for \`days\` (1-${MAX_BOARD_DAYS}) local dates of the business time zone, for each active engineer in scope (\`area\`, \`skill\`), by name. ` +
      'Times are UTC instants with the local clock time beside them (`localStart`, `localEnd`, with the offset), so a day across a clock change reads right.',
  })
  @ApiOkResponse({ type: DispatchBoardResponse })
  @Header('Content-Type', JSON_BODY)
  getBoard(@Query() query: BoardQueryDto): Promise<Buffer> {
    return this.board.boardJson(query);
  }

  @Get('queue')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'getDispatchQueue',
    summary: 'Orders with work waiting for a booking, by due date, then oldest first',
    description:
      'Every open order with a pending task: new work, or a task back after a failed visit (`failedVisitCount`). ' +
      'Filters: `area` (the installation postcode’s area or district), `skill` (needed by the waiting work), `priority`. Keyset paginated.',
  })
  @ApiOkResponse({ type: PageResponse(QueueEntryResponse) })
  getQueue(@Query() query: QueueQueryDto): Promise<Page<QueueEntryResponse>> {
    return this.queue.queue(query);
  }
}
