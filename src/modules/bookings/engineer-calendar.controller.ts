import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblems, CurrentPrincipal, Principal, Roles, UuidParam, canSeeJob, scopeOf, searchWindow } from '@app/common';
import { EngineerNotFoundError } from '../engineers/engineers.errors';
import { EngineersService } from '../engineers/engineers.service';
import { SettingsService } from '../settings/settings.service';
import { MAX_SEARCH_DAYS } from './availability.service';
import { BookingsService } from './bookings.service';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarFeedUrlResponse } from './dto/calendar-feed-url.response';
import { sendFeed } from './feed-response';
import { EngineerScheduleResponse, mapEngineerSchedule } from './dto/engineer-schedule.response';
import { ScheduleQueryDto } from './dto/schedule-query.dto';

/** An engineer reads their own agenda only; another's answers as if that engineer did not exist. */
function assertOwnAgenda(caller: Principal, engineerId: string): void {
  if (!canSeeJob(scopeOf(caller), engineerId)) throw new EngineerNotFoundError(engineerId);
}

/** An engineer's agenda, served under /engineers but owned by Bookings, which holds the bookings. */
@ApiTags('engineers')
@Controller({ path: 'engineers', version: '1' })
export class EngineerCalendarController {
  constructor(
    private readonly bookingsService: BookingsService,
    private readonly engineersService: EngineersService,
    private readonly calendarFeeds: CalendarFeedsService,
    private readonly settingsService: SettingsService,
  ) {}

  @Get(':id/schedule')
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({
    operationId: 'getEngineerSchedule',
    summary: 'An engineer’s bookings and time off in a period',
    description:
      `Bookings (with a visit) and time off overlapping [from, to), which may span at most ${MAX_SEARCH_DAYS} days, and each visit of those bookings in the period. ` +
      'An engineer reads their own schedule; another engineer’s is a 404. `timezone` is the business time zone to show its times in.',
  })
  @ApiOkResponse({ type: EngineerScheduleResponse })
  @ApiProblems(EngineerNotFoundError)
  async schedule(
    @UuidParam() id: string,
    @Query() query: ScheduleQueryDto,
    @CurrentPrincipal() caller: Principal,
  ): Promise<EngineerScheduleResponse> {
    assertOwnAgenda(caller, id);
    const window = searchWindow(query.from, query.to, MAX_SEARCH_DAYS);
    await this.engineersService.getById(id);
    const [bookings, timeOff, settings] = await Promise.all([
      this.bookingsService.forEngineer(id, window),
      this.engineersService.findTimeOffOverlapping([id], window),
      this.settingsService.current(),
    ]);
    return mapEngineerSchedule(id, window, bookings, timeOff, settings.timezone);
  }

  @Get(':id/calendar.ics')
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({
    operationId: 'getEngineerCalendarFeed',
    summary: 'iCalendar feed of an engineer’s bookings, one event per visit, read with a bearer token (the console)',
    description:
      'What the engineer’s secret feed URL serves (`GET /engineers/{id}/calendar-feed`), for clients that can sign in. ' +
      'An engineer reads their own feed; another engineer’s is a 404.',
  })
  @ApiProduces('text/calendar')
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of a feed held: 304 while it is current' })
  @ApiOkResponse({ description: 'RFC 5545 calendar', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiProblems(EngineerNotFoundError)
  async calendarFeed(
    @UuidParam() id: string,
    @CurrentPrincipal() caller: Principal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    assertOwnAgenda(caller, id);
    return sendFeed(request, reply, await this.calendarFeeds.render(id));
  }

  @Get(':id/calendar-feed')
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({
    operationId: 'getEngineerCalendarFeedUrl',
    summary: 'The secret URL of an engineer’s calendar feed, for a calendar app to subscribe to',
    description:
      'Issued on first asking and the same after, until rotated. Anyone holding it reads the feed without signing in, so treat it as a password. ' +
      'An engineer reads their own; another engineer’s is a 404.',
  })
  @ApiOkResponse({ type: CalendarFeedUrlResponse })
  @ApiProblems(EngineerNotFoundError)
  async calendarFeedUrl(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<CalendarFeedUrlResponse> {
    assertOwnAgenda(caller, id);
    return { url: await this.calendarFeeds.urlOf(id) };
  }

  @Post(':id/calendar-feed/rotate')
  @HttpCode(200)
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({
    operationId: 'rotateEngineerCalendarFeedUrl',
    summary: 'Replaces the secret URL of an engineer’s calendar feed; the old one stops answering at once',
    description: 'For a URL that was shared or leaked. Calendars subscribed to the old URL must subscribe to the new one. An engineer rotates their own.',
  })
  @ApiOkResponse({ type: CalendarFeedUrlResponse })
  @ApiProblems(EngineerNotFoundError)
  async rotateCalendarFeedUrl(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<CalendarFeedUrlResponse> {
    assertOwnAgenda(caller, id);
    return { url: await this.calendarFeeds.rotate(id) };
  }
}
