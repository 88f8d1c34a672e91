import { Injectable } from '@nestjs/common';
import { ActorDetails, OwnershipScope, Page, canSeeJob, jobsFilter, toPage } from '@app/common';
import { ActorsService } from '../auth/actors.service';
import { SettingsService } from '../settings/settings.service';
import { BusinessCalendar } from './availability/business-calendar';
import { Interval } from './availability/interval';
import { BookingDetailParticipants, BookingNotificationView } from './booking-detail-participants';
import { BoardVisit, Booking, BookingAuditEntry, BookingOutcome, BookingVisit, BookingDetail, BookingFilters, BookingListQuery, BookingSummary } from './booking.model';
import { BookingNotFoundError } from './bookings.errors';
import { BookingsRepository } from './bookings.repository';
import { BookingAuditEntity } from './entities/booking-audit.entity';
import { BookingServiceEntity } from './entities/booking-service.entity';
import { BookingEntity } from './entities/booking.entity';

function toOutcome(links: BookingServiceEntity[]): BookingOutcome {
  return {
    completed: links.filter((link) => link.outcome === 'completed').map((link) => link.serviceId),
    failed: links
      .filter((link) => link.outcome === 'failed')
      .map((link) => ({ serviceId: link.serviceId, reason: link.failureReason!, note: link.failureNote })),
  };
}

function toBooking(row: BookingEntity, links: BookingServiceEntity[], visits: BookingVisit[] | undefined): Booking {
  return {
    id: row.id,
    orderId: row.orderId,
    engineerId: row.engineerId,
    start: row.startAt,
    end: row.endAt,
    // A booking always has its visits; the fallback only covers a row read while being written.
    visits: visits && visits.length > 0 ? visits : [{ start: row.startAt, end: row.endAt }],
    status: row.status,
    cancellationReason: row.cancellationReason,
    noShowReason: row.noShowReason,
    startedAt: row.startedAt,
    notes: row.notes,
    serviceIds: links.map((link) => link.serviceId),
    outcome: toOutcome(links),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toAuditEntry(row: BookingAuditEntity, actors: ReadonlyMap<string, ActorDetails>): BookingAuditEntry {
  return {
    action: row.action,
    oldEngineerId: row.oldEngineerId,
    newEngineerId: row.newEngineerId,
    oldStart: row.oldStartAt,
    oldEnd: row.oldEndAt,
    newStart: row.newStartAt,
    newEnd: row.newEndAt,
    oldStatus: row.oldStatus,
    newStatus: row.newStatus,
    reason: row.reason,
    at: row.at,
    actor: row.actor,
    actorDetails: actors.get(row.actor)!,
  };
}

/** Reading bookings. */
@Injectable()
export class BookingsService {
  constructor(
    private readonly bookingsRepository: BookingsRepository,
    private readonly settingsService: SettingsService,
    private readonly actors: ActorsService,
    private readonly detailParticipants: BookingDetailParticipants,
  ) {}

  /** A booking the scope may not see is as missing as one that does not exist, so ids do not leak. */
  async get(id: string, scope: OwnershipScope): Promise<BookingDetail> {
    const row = await this.bookingsRepository.findById(id);
    if (!row || !canSeeJob(scope, row.engineerId)) throw new BookingNotFoundError(id);
    const [[booking], audit, parts] = await Promise.all([
      this.withServices([row]),
      this.bookingsRepository.findAudit(id),
      this.detailParticipants.map((participant) => participant.detailOf(id)),
    ]);
    const actors = await this.actors.describe(audit.map((row) => row.actor));
    const notifications = parts.flatMap((part): BookingNotificationView[] => part.notifications ?? []);
    return { ...booking!, audit: audit.map((row) => toAuditEntry(row, actors)), notifications };
  }

  /** The booking, whoever may see it, with its count of changes since it was created (an invitation's SEQUENCE). */
  async withRevision(id: string): Promise<{ booking: Booking; sequence: number }> {
    const row = await this.bookingsRepository.findById(id);
    if (!row) throw new BookingNotFoundError(id);
    const [[booking], revisions] = await Promise.all([this.withServices([row]), this.bookingsRepository.revisionsOf([id])]);
    return { booking: booking!, sequence: revisions.get(id) ?? 0 };
  }

  /** An engineer's list holds their own bookings only, whatever engineer it asks for. */
  async list(query: BookingListQuery, page: { limit: number; cursor?: string }, scope: OwnershipScope): Promise<Page<Booking>> {
    const rows = await this.bookingsRepository.findPage({ ...(await this.withinDate(query)), ...jobsFilter(scope) }, page);
    const ids = rows.map((row) => row.id);
    const [links, visits] = await Promise.all([this.bookingsRepository.findServiceLinks(ids), this.bookingsRepository.findVisits(ids)]);
    return toPage(rows, page.limit, (row) => toBooking(row, links.get(row.id) ?? [], visits.get(row.id)));
  }

  /**
   * The booking an order page shows: the active one, else the latest (completed, cancelled,
   * no-show), else null. At most one booking of an order is active at a time.
   */
  async currentForOrder(orderId: string): Promise<BookingSummary | null> {
    const row = await this.bookingsRepository.findCurrentByOrder(orderId);
    return row && { id: row.id, engineerId: row.engineerId, start: row.startAt, end: row.endAt, status: row.status };
  }

  /** The engineer's bookings that take time (not cancelled) and overlap the window, by start. */
  async forEngineer(engineerId: string, window: Interval): Promise<Booking[]> {
    return this.withServices(await this.bookingsRepository.findScheduleOf(engineerId, window));
  }

  /** The visits of these engineers that take time (not cancelled) and overlap the window, by start: a dispatcher's board. */
  async boardVisits(engineerIds: string[], window: Interval): Promise<BoardVisit[]> {
    return (await this.bookingsRepository.findBoardVisits(engineerIds, window)).map((row) => ({
      bookingId: row.bookingId,
      orderId: row.orderId,
      engineerId: row.engineerId,
      start: row.startAt,
      end: row.endAt,
      status: row.status,
      visitNumber: row.position + 1,
      visitCount: row.visitCount,
      taskCount: row.taskCount,
      failedTaskCount: row.failedTaskCount,
    }));
  }

  /** What the engineer's calendar feed shows (scheduled, and cancelled since `since`), with each booking's count of changes. */
  async forCalendarFeed(engineerId: string, since: Date): Promise<{ bookings: Booking[]; revisions: Map<string, number> }> {
    const rows = await this.bookingsRepository.findForFeed(engineerId, since);
    const [bookings, revisions] = await Promise.all([this.withServices(rows), this.bookingsRepository.revisionsOf(rows.map((row) => row.id))]);
    return { bookings, revisions };
  }

  /** A `date` narrows the from/to range to that local day (23 or 25 hours around a clock change). */
  private async withinDate({ date, ...filters }: BookingListQuery): Promise<BookingFilters> {
    if (!date) return filters;
    const day = new BusinessCalendar((await this.settingsService.current()).timezone).dayBounds(date);
    return {
      ...filters,
      startsFrom: filters.startsFrom && filters.startsFrom > day.start ? filters.startsFrom : day.start,
      startsBefore: filters.startsBefore && filters.startsBefore < day.end ? filters.startsBefore : day.end,
    };
  }

  private async withServices(rows: BookingEntity[]): Promise<Booking[]> {
    const ids = rows.map((row) => row.id);
    const [links, visits] = await Promise.all([this.bookingsRepository.findServiceLinks(ids), this.bookingsRepository.findVisits(ids)]);
    return rows.map((row) => toBooking(row, links.get(row.id) ?? [], visits.get(row.id)));
  }
}
