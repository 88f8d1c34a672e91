import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems, Public } from '@app/common';
import { CalendarFeedNotFoundError } from './bookings.errors';
import { CalendarFeedsService } from './calendar-feeds.service';
import { sendFeed } from './feed-response';

/** The feed behind an engineer's secret URL: calendar apps poll it without credentials. */
@ApiTags('calendar')
@Controller({ path: 'calendar', version: '1' })
export class CalendarSubscriptionController {
  constructor(private readonly calendarFeeds: CalendarFeedsService) {}

  @Get(':file')
  @Public()
  @ApiOperation({
    operationId: 'getCalendarSubscription',
    summary: 'An engineer’s calendar feed at its secret URL, for calendar apps',
    description:
      'One event per visit: the order number in the summary, the installation address as LOCATION, vehicles and tasks in the description, ' +
      'a stable UID, SEQUENCE raised by every change, and bookings cancelled in the last 30 days as STATUS:CANCELLED. ' +
      '`ETag` and `Cache-Control` let a calendar app poll cheaply (304 while unchanged). A rotated or unknown URL is a 404.',
  })
  @ApiParam({ name: 'file', description: 'The feed’s token followed by `.ics`', example: '6Kq0m3VwXy1pQ2rS3tU4vW5xY6zA7bC8dE9fG0hI1jK.ics' })
  @ApiProduces('text/calendar')
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of a feed held: 304 while it is current' })
  @ApiOkResponse({ description: 'RFC 5545 calendar', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiProblems(CalendarFeedNotFoundError)
  async subscription(@Param('file') file: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    if (!file.endsWith('.ics')) throw new CalendarFeedNotFoundError();
    return sendFeed(request, reply, await this.calendarFeeds.renderForToken(file.slice(0, -'.ics'.length)));
  }
}
