import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Clock, ReadThroughCache, groupBy } from '@app/common';
import type { AppConfig } from '../../config/app.config';
import { Announcements, ChangedData } from '../../redis/announcements';
import type { BoardHold, BoardVisit } from '../bookings/booking.model';
import { BookingHoldsService } from '../bookings/booking-holds.service';
import { BookingsService } from '../bookings/bookings.service';
import { CustomersService } from '../customers/customers.service';
import type { EngineerTimeOff, SchedulableEngineer } from '../engineers/engineer.model';
import { EngineersService } from '../engineers/engineers.service';
import { OrdersService } from '../orders/orders.service';
import { SettingsService } from '../settings/settings.service';
import { LocalClock, LocalDay, Period, localDaysFrom, planDay, workingSpansOn } from './board-day';
import { BoardDayResponse, BoardHoldResponse, BoardOrderFields, BoardVisitResponse, DispatchBoardResponse, LocalPeriodResponse } from './dto/board.response';

export interface BoardRequest {
  date: string;
  days: number;
  area?: string;
  skill?: string;
}

/** What a board shows comes from these; a change to any of them, announced by any instance, drops every board held. */
const SHOWN_ON_THE_BOARD: ReadonlySet<ChangedData> = new Set(['settings', 'engineers', 'customers', 'bookings']);
/**
 * Boards of a week's dates, filtered a few ways. A 200-engineer day is about 440 kB of JSON (a
 * week seven times that), so the boards kept are bounded by their bytes too.
 */
const MAX_BOARDS = 50;
const MAX_BOARD_BYTES = 16 * 1024 * 1024;

/** A board as sent, and when the first hold it shows lapses (the board is stale from then on, though nothing was written). */
interface BoardAnswer {
  body: Buffer;
  firstHoldExpiry: Date | null;
}

function overlaps(period: Period, day: Period): boolean {
  return period.start < day.end && period.end > day.start;
}

/**
 * The dispatcher's board, composed from the modules that own its parts (docs/architecture.md,
 * "Dispatch"): the team from Engineers, visits from Bookings, order numbers and postcodes from
 * Orders, names from Customers. One batch read per module, whatever the team's size.
 * Every dispatcher's screen asks for the same few boards again and again, and one costs tens of
 * milliseconds to build at full scale: the answer is kept, as the bytes sent, until a change to
 * what it shows is announced (docs/performance.md, scenario 10).
 */
@Injectable()
export class DispatchBoardService implements OnModuleInit {
  private readonly answers: ReadThroughCache<BoardAnswer>;

  constructor(
    private readonly settingsService: SettingsService,
    private readonly engineersService: EngineersService,
    private readonly bookingsService: BookingsService,
    private readonly holdsService: BookingHoldsService,
    private readonly ordersService: OrdersService,
    private readonly customersService: CustomersService,
    private readonly announcements: Announcements,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.answers = new ReadThroughCache<BoardAnswer>({
      max: MAX_BOARDS,
      maxSize: MAX_BOARD_BYTES,
      sizeOf: (answer) => answer.body.length,
      ttlMs: config.getOrThrow<AppConfig>('app').boardCacheTtlSeconds * 1000,
      isStale: (answer) => answer.firstHoldExpiry !== null && answer.firstHoldExpiry <= this.clock.now(),
    });
  }

  onModuleInit(): void {
    this.announcements.listen((announcement) => {
      if (announcement.kind === 'data-changed' && SHOWN_ON_THE_BOARD.has(announcement.data)) this.answers.evictAll();
    });
  }

  /** The board as JSON, built once until something it shows changes or a hold on it lapses. */
  async boardJson(request: BoardRequest): Promise<Buffer> {
    const key = `${request.date}|${request.days}|${request.area ?? ''}|${request.skill ?? ''}`;
    const answer = await this.answers.get(key, async () => {
      const board = await this.board(request);
      const expiries = board.engineers.flatMap((engineer) => engineer.days.flatMap((day) => day.holds.map((hold) => hold.expiresAt.getTime())));
      return { body: Buffer.from(JSON.stringify(board)), firstHoldExpiry: expiries.length > 0 ? new Date(Math.min(...expiries)) : null };
    });
    return answer.body;
  }

  async board(request: BoardRequest): Promise<DispatchBoardResponse> {
    const settings = await this.settingsService.current();
    const days = localDaysFrom(request.date, request.days, settings.timezone);
    const window = { start: days[0]!.start, end: days[days.length - 1]!.end };
    const engineers = await this.engineersService.findActiveForBoard({ area: request.area, skill: request.skill });
    const ids = engineers.map((engineer) => engineer.id);
    const [timeOff, visits, holds] =
      ids.length === 0
        ? [[], [], []]
        : await Promise.all([this.engineersService.findTimeOffOverlapping(ids, window), this.bookingsService.boardVisits(ids, window), this.holdsService.boardHolds(ids, window)]);
    const orders = await this.ordersService.boardSummariesOf([...new Set([...visits, ...holds].map((entry) => entry.orderId))]);
    const names = await this.customersService.namesOf([...new Set([...orders.values()].map((order) => order.customerId))]);

    const clock = new LocalClock(settings.timezone);
    const localPeriod = (period: Period): LocalPeriodResponse => ({ start: period.start, end: period.end, localStart: clock.format(period.start), localEnd: clock.format(period.end) });
    /** The order a visit or hold is for, as the board names it. */
    const orderOf = (orderId: string): BoardOrderFields => {
      const order = orders.get(orderId);
      return { orderId, orderNumber: order?.number ?? '', customerName: (order && names.get(order.customerId)) ?? '', postcode: order?.addressPostcode ?? '' };
    };
    const visitView = (visit: BoardVisit): BoardVisitResponse => {
      const order = orderOf(visit.orderId);
      // Written out rather than spread from localPeriod and orderOf: V8 builds a spread-then-extended
      // literal slowly and JSON.stringify reads it slowly too (12 % of a board's CPU time).
      return {
        start: visit.start,
        end: visit.end,
        localStart: clock.format(visit.start),
        localEnd: clock.format(visit.end),
        bookingId: visit.bookingId,
        orderId: order.orderId,
        orderNumber: order.orderNumber,
        customerName: order.customerName,
        postcode: order.postcode,
        taskCount: visit.taskCount,
        failedTaskCount: visit.failedTaskCount,
        status: visit.status,
        visitNumber: visit.visitNumber,
        visitCount: visit.visitCount,
      };
    };
    // A day has few holds, if any: spread for brevity.
    const holdView = (hold: BoardHold): BoardHoldResponse => ({ ...localPeriod(hold), holdId: hold.holdId, ...orderOf(hold.orderId), expiresAt: hold.expiresAt });
    const dayOf = (engineer: SchedulableEngineer, day: LocalDay, own: { timeOff: EngineerTimeOff[]; visits: BoardVisit[]; holds: BoardHold[] }): BoardDayResponse => {
      const spans = workingSpansOn(day, engineer.workingHours ?? settings.defaultWorkingHours, clock);
      const dayTimeOff = own.timeOff.filter((period) => overlaps(period, day));
      const dayVisits = own.visits.filter((visit) => overlaps(visit, day));
      const dayHolds = own.holds.filter((hold) => overlaps(hold, day));
      const plan = planDay(spans, dayTimeOff, dayVisits, dayHolds);
      return {
        date: day.date,
        workingSpans: spans.map(localPeriod),
        timeOff: dayTimeOff.map((period) => ({ start: period.start, end: period.end, localStart: clock.format(period.start), localEnd: clock.format(period.end), id: period.id, reason: period.reason })),
        visits: dayVisits.map(visitView),
        holds: dayHolds.map(holdView),
        freeGaps: plan.freeGaps.map((gap) => ({
          start: gap.start,
          end: gap.end,
          localStart: clock.format(gap.start),
          localEnd: clock.format(gap.end),
          minutes: Math.round((gap.end.getTime() - gap.start.getTime()) / 60_000),
        })),
        availableMinutes: plan.availableMinutes,
        bookedMinutes: plan.bookedMinutes,
        heldMinutes: plan.heldMinutes,
      };
    };

    const timeOffOf = groupBy(timeOff, (period) => period.engineerId, (period) => period);
    const visitsOf = groupBy(visits, (visit) => visit.engineerId, (visit) => visit);
    const holdsOf = groupBy(holds, (hold) => hold.engineerId, (hold) => hold);
    return {
      date: days[0]!.date,
      days: days.length,
      timezone: settings.timezone,
      from: window.start,
      to: window.end,
      engineers: engineers.map((engineer) => ({
        engineerId: engineer.id,
        name: engineer.name,
        days: days.map((day) =>
          dayOf(engineer, day, { timeOff: timeOffOf.get(engineer.id) ?? [], visits: visitsOf.get(engineer.id) ?? [], holds: holdsOf.get(engineer.id) ?? [] }),
        ),
      })),
    };
  }
}
