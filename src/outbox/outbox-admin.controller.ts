import { Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageResponse, PageResponseShape, Roles, UuidParam } from '@app/common';
import { ListOutboxEventsQueryDto } from './dto/list-outbox-events-query.dto';
import { OutboxEventResponse } from './dto/outbox-event.response';
import { OutboxAdminService } from './outbox-admin.service';
import { EventNotFailedError, EventNotFoundError } from './outbox.errors';

@ApiTags('admin')
@Controller({ path: 'admin/events', version: '1' })
export class OutboxAdminController {
  constructor(private readonly admin: OutboxAdminService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    operationId: 'listOutboxEvents',
    summary: 'Domain events and their deliveries, newest first',
    description: '`status=failed` lists the events with a delivery parked after `OUTBOX_MAX_ATTEMPTS`, with its last error.',
  })
  @ApiOkResponse({ type: PageResponse(OutboxEventResponse) })
  list(@Query() query: ListOutboxEventsQueryDto): Promise<PageResponseShape<OutboxEventResponse>> {
    return this.admin.list(query.status, { limit: query.limit, cursor: query.cursor });
  }

  @Post(':id/retry')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'retryOutboxEvent',
    summary: 'Re-send the event’s failed deliveries, their attempts reset',
    description: 'Every failed delivery of the event is queued again with its attempts reset; an event with none is a 409 `EVENT_NOT_FAILED`.',
  })
  @ApiOkResponse({ type: OutboxEventResponse })
  @ApiProblems(EventNotFoundError, EventNotFailedError)
  retry(@UuidParam() id: string): Promise<OutboxEventResponse> {
    return this.admin.retry(id);
  }
}
