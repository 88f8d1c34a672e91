import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblems, CurrentPrincipal, Principal, Roles, UuidParam, canSeeJob, scopeOf } from '@app/common';
import { EngineerNotFoundError } from '../engineers/engineers.errors';
import { EngineersService } from '../engineers/engineers.service';
import { addMinutes } from './availability/interval';
import { MAX_SEARCH_DAYS } from './availability.service';
import { BookingsService } from './bookings.service';
import { renderCalendarFeed } from './calendar-feed';
import { EngineerScheduleResponse, mapEngineerSchedule } from './dto/engineer-schedule.response';
import { ScheduleQueryDto } from './dto/schedule-query.dto';
import { searchWindow } from './dto/search-window';

/** Bookings that ended longer ago than this drop out of the feed, keeping it small. */
const FEED_HISTORY_DAYS = 30;

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
  ) {}

  @Get(':id/schedule')
  @Roles('admin', 'dispatcher', 'engineer')
  @ApiOperation({
    operationId: 'getEngineerSchedule',
    summary: 'An engineer’s bookings and time off in a period',
    description:
      `Bookings (with a visit) and time off overlapping [from, to), which may span at most ${MAX_SEARCH_DAYS} days, and each visit of those bookings in the period. ` +
      'An engineer reads their own schedule; another engineer’s is a 404.',
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
    const [bookings, timeOff] = await Promise.all([
      this.bookingsService.forEngineer(id, window),
      this.engineersService.findTimeOffOverlapping([id], window),
    ]);
    return mapEngineerSchedule(id, window, bookings, timeOff);
  }

  @Get(':id/calendar.ics')
  @Roles('admin', 'dispatcher', 'engineer')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiOperation({
    operationId: 'getEngineerCalendarFeed',
    summary: 'iCalendar feed of an engineer’s scheduled bookings, one event per visit, for calendar apps to subscribe to',
    description: 'An engineer reads their own feed; another engineer’s is a 404.',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'RFC 5545 calendar', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiProblems(EngineerNotFoundError)
  async calendarFeed(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<string> {
    assertOwnAgenda(caller, id);
    const engineer = await this.engineersService.getById(id);
    const since = addMinutes(new Date(), -FEED_HISTORY_DAYS * 24 * 60);
    return renderCalendarFeed(engineer, await this.bookingsService.scheduledForEngineer(id, since));
  }
}
