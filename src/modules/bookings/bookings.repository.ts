import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, In } from 'typeorm';
import { GeoPoint, PlainRowReader, applyKeysetPage, lockedForUpdate } from '@app/common';
import { Interval, MINUTE_MS } from './availability/interval';
import { BookingFilters } from './booking.model';
import { BookingAuditEntity } from './entities/booking-audit.entity';
import { BookingServiceEntity } from './entities/booking-service.entity';
import { BookingVisitEntity } from './entities/booking-visit.entity';
import { BookingEntity } from './entities/booking.entity';
import { MAX_VISITS } from './availability/visit-plan';

export type NewBooking = Pick<BookingEntity, 'orderId' | 'engineerId' | 'startAt' | 'endAt' | 'status' | 'cancellationReason' | 'notes'>;

export type NewAuditEntry = Omit<BookingAuditEntity, 'id' | 'booking'>;

function isPostgres(manager: EntityManager): boolean {
  return manager.connection.options.type === 'postgres';
}

/**
 * Every visit fits in one working span (checkVisits), and a span in one local day, which is
 * at most 25 hours long: a visit that overlaps a window starts less than this before it.
 */
const LONGEST_VISIT_MS = 25 * 60 * MINUTE_MS;

/**
 * A booking runs over at most MAX_VISITS working days, and a week has at least one of them
 * (runHorizonDays): a booking that overlaps a window starts less than this before it.
 */
const LONGEST_BOOKING_MS = (MAX_VISITS * 7 + 2) * 24 * 60 * MINUTE_MS;

const VISIT_TIME_PROPERTIES = ['bookingId', 'engineerId', 'startAt', 'endAt', 'siteLat', 'siteLng'] as const satisfies readonly (keyof BookingVisitEntity)[];

/** A visit that takes an engineer's time, as the agendas need it. */
export type HeldVisit = Pick<BookingVisitEntity, (typeof VISIT_TIME_PROPERTIES)[number]>;

const BOARD_VISIT_PROPERTIES = ['bookingId', 'engineerId', 'startAt', 'endAt', 'status', 'position'] as const satisfies readonly (keyof BookingVisitEntity)[];

/** A visit as a dispatcher's board shows it: with its booking's order and how many tasks the booking holds. */
export type BoardVisitRow = Pick<BookingVisitEntity, (typeof BOARD_VISIT_PROPERTIES)[number]> & {
  orderId: string;
  visitCount: number;
  taskCount: number;
  failedTaskCount: number;
};

/** A visit as bookings show it. */
export interface VisitPeriod {
  start: Date;
  end: Date;
}

const HELD_TIME_PROPERTIES = ['id', 'orderId', 'engineerId', 'startAt', 'endAt', 'status'] as const satisfies readonly (keyof BookingEntity)[];

/** What an engineer's agenda needs of a booking that holds their time. */
export type HeldTime = Pick<BookingEntity, (typeof HELD_TIME_PROPERTIES)[number]>;

/** Every query on the bookings tables. Writes take the caller's transaction manager. */
@Injectable()
export class BookingsRepository {
  private readonly heldTimeRows: PlainRowReader<HeldTime>;
  private readonly visitRows: PlainRowReader<HeldVisit>;
  private readonly boardVisitRows: PlainRowReader<Pick<BookingVisitEntity, (typeof BOARD_VISIT_PROPERTIES)[number]>>;

  constructor(@InjectEntityManager() private readonly defaultManager: EntityManager) {
    const metadata = defaultManager.connection.getMetadata(BookingEntity);
    this.heldTimeRows = new PlainRowReader(defaultManager, metadata, 'b', HELD_TIME_PROPERTIES);
    this.visitRows = new PlainRowReader(defaultManager, defaultManager.connection.getMetadata(BookingVisitEntity), 'v', VISIT_TIME_PROPERTIES);
    this.boardVisitRows = new PlainRowReader(defaultManager, defaultManager.connection.getMetadata(BookingVisitEntity), 'v', BOARD_VISIT_PROPERTIES);
  }

  findById(id: string, manager = this.defaultManager): Promise<BookingEntity | null> {
    return manager.findOneBy(BookingEntity, { id });
  }

  /** The booking, locked until the transaction ends on PostgreSQL (SQLite transactions run one at a time). */
  lockById(id: string, manager: EntityManager): Promise<BookingEntity | null> {
    const query = manager.createQueryBuilder(BookingEntity, 'booking').where('booking.id = :id', { id });
    return lockedForUpdate(query).getOne();
  }

  lockScheduledByOrder(orderId: string, manager: EntityManager): Promise<BookingEntity | null> {
    const query = manager
      .createQueryBuilder(BookingEntity, 'booking')
      .where('booking.orderId = :orderId', { orderId })
      .andWhere("booking.status = 'scheduled'");
    return lockedForUpdate(query).getOne();
  }

  /**
   * Serialises every change to these engineers' agendas until the transaction ends, so the
   * rules that span several bookings (travel buffer, jobs per day) hold under concurrent
   * requests from any number of app instances. Locks are taken in id order to avoid
   * deadlocks. On SQLite the transaction already holds the database write lock.
   */
  async lockEngineerAgendas(engineerIds: string[], manager: EntityManager): Promise<void> {
    if (!isPostgres(manager)) return;
    for (const engineerId of [...new Set(engineerIds)].sort()) {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`bookings:engineer:${engineerId}`]);
    }
  }

  /**
   * Visits of bookings that take the engineers' time (not cancelled) and overlap the window,
   * by start: what their agendas need. Every availability search reads a fortnight of a whole
   * team's visits, so the columns are few and no entity is built.
   */
  /**
   * The visits of the engineers' bookings that take time in the window, by start. `exceptOrderId`
   * leaves out that order's scheduled booking (in the same query: each query is a round trip).
   */
  findVisitsHoldingTime(engineerIds: string[], window: Interval, manager = this.defaultManager, exceptOrderId?: string): Promise<HeldVisit[]> {
    if (engineerIds.length === 0) return Promise.resolve([]);
    // Without a lower bound on start_at, the (engineer_id, start_at) index reads each
    // engineer's whole history to test end_at: 18 000 rows for a team's fortnight.
    const startsAfter = new Date(window.start.getTime() - LONGEST_VISIT_MS);
    const exceptOwn = exceptOrderId
      ? ` AND "v"."booking_id" NOT IN (SELECT "b"."id" FROM "bookings" "b" WHERE "b"."order_id" = :exceptOrderId AND "b"."status" = 'scheduled')`
      : '';
    return this.visitRows.many(
      `SELECT ${this.visitRows.selectList} FROM "booking_visits" "v" WHERE "v"."engineer_id" IN (:...engineerIds) AND "v"."status" <> 'cancelled'` +
        ` AND "v"."start_at" < :end AND "v"."start_at" > :startsAfter AND "v"."end_at" > :start${exceptOwn} ORDER BY "v"."start_at", "v"."booking_id"`,
      { engineerIds, start: window.start, end: window.end, startsAfter, exceptOrderId },
      manager,
    );
  }

  /**
   * As `findVisitsHoldingTime`, with what a board shows of each visit's booking, in one query
   * for the whole team: the order, how many visits and tasks the booking has, how many failed.
   */
  async findBoardVisits(engineerIds: string[], window: Interval): Promise<BoardVisitRow[]> {
    if (engineerIds.length === 0) return [];
    const startsAfter = new Date(window.start.getTime() - LONGEST_VISIT_MS);
    const rows = await this.boardVisitRows.many(
      `SELECT ${this.boardVisitRows.selectList}, "b"."order_id" AS "orderId",` +
        ` (SELECT COUNT(*) FROM "booking_visits" "w" WHERE "w"."booking_id" = "v"."booking_id") AS "visitCount",` +
        ` (SELECT COUNT(*) FROM "booking_services" "bs" WHERE "bs"."booking_id" = "v"."booking_id") AS "taskCount",` +
        ` (SELECT COUNT(*) FROM "booking_services" "bs" WHERE "bs"."booking_id" = "v"."booking_id" AND "bs"."outcome" = 'failed') AS "failedTaskCount"` +
        ` FROM "booking_visits" "v" INNER JOIN "bookings" "b" ON "b"."id" = "v"."booking_id"` +
        ` WHERE "v"."engineer_id" IN (:...engineerIds) AND "v"."status" <> 'cancelled'` +
        ` AND "v"."start_at" < :end AND "v"."start_at" > :startsAfter AND "v"."end_at" > :start ORDER BY "v"."start_at", "v"."booking_id"`,
      { engineerIds, start: window.start, end: window.end, startsAfter },
    );
    // COUNT(*) is a bigint, which PostgreSQL's driver returns as text.
    return rows.map((row) => {
      const counts = row as unknown as Record<'visitCount' | 'taskCount' | 'failedTaskCount', number | string>;
      return { ...(row as BoardVisitRow), visitCount: Number(counts.visitCount), taskCount: Number(counts.taskCount), failedTaskCount: Number(counts.failedTaskCount) };
    });
  }

  /** The engineer's bookings that take time (not cancelled) with a visit overlapping the window, by start: their schedule. */
  async findScheduleOf(engineerId: string, window: Interval): Promise<BookingEntity[]> {
    const ids = [...new Set((await this.findVisitsHoldingTime([engineerId], window)).map((visit) => visit.bookingId))];
    if (ids.length === 0) return [];
    return this.defaultManager.find(BookingEntity, { where: { id: In(ids) }, order: { startAt: 'ASC', id: 'ASC' } });
  }

  /** The scheduled booking with a visit overlapping one of `visits`: the one the exclusion constraint compared a refused visit with. */
  async findScheduledOverlapping(engineerId: string, visits: readonly Interval[]): Promise<BookingEntity | null> {
    for (const visit of visits) {
      const [found] = await this.scheduledVisitsOverlapping(engineerId, visit, this.defaultManager);
      if (found) return this.findById(found.bookingId);
    }
    return null;
  }

  private scheduledVisitsOverlapping(engineerId: string, period: Interval, manager: EntityManager): Promise<HeldVisit[]> {
    const startsAfter = new Date(period.start.getTime() - LONGEST_VISIT_MS);
    return this.visitRows.many(
      `SELECT ${this.visitRows.selectList} FROM "booking_visits" "v" WHERE "v"."engineer_id" = :engineerId AND "v"."status" = 'scheduled'` +
        ` AND "v"."start_at" < :end AND "v"."start_at" > :startsAfter AND "v"."end_at" > :start ORDER BY "v"."start_at", "v"."booking_id"`,
      { engineerId, start: period.start, end: period.end, startsAfter },
      manager,
    );
  }

  findScheduledByOrder(orderId: string): Promise<BookingEntity | null> {
    return this.defaultManager.findOneBy(BookingEntity, { orderId, status: 'scheduled' });
  }

  /** The order's scheduled booking, else its most recently made one, in one read: every order page asks. */
  async findCurrentByOrder(orderId: string): Promise<HeldTime | null> {
    const [row] = await this.heldTimeRows.many(
      `SELECT ${this.heldTimeRows.selectList} FROM "bookings" "b" WHERE "b"."order_id" = :orderId` +
        ` ORDER BY CASE WHEN "b"."status" = 'scheduled' THEN 0 ELSE 1 END, "b"."created_at" DESC, "b"."id" DESC LIMIT 1`,
      { orderId },
    );
    return row ?? null;
  }

  /** What an engineer's calendar feed shows: scheduled bookings not yet over, and those cancelled since `since`. */
  findForFeed(engineerId: string, since: Date): Promise<BookingEntity[]> {
    return this.defaultManager
      .createQueryBuilder(BookingEntity, 'booking')
      .where('booking.engineerId = :engineerId', { engineerId })
      .andWhere("((booking.status = 'scheduled' AND booking.endAt > :since) OR (booking.status = 'cancelled' AND booking.updatedAt > :since))", { since })
      .orderBy('booking.startAt', 'ASC')
      .addOrderBy('booking.id', 'ASC')
      .getMany();
  }

  /** How many audited changes each booking has had since it was made: its calendar events' SEQUENCE. */
  async revisionsOf(bookingIds: string[]): Promise<Map<string, number>> {
    if (bookingIds.length === 0) return new Map();
    const rows = await this.defaultManager
      .createQueryBuilder(BookingAuditEntity, 'audit')
      .select('audit.bookingId', 'bookingId')
      .addSelect('COUNT(*)', 'changes')
      .where('audit.bookingId IN (:...bookingIds)', { bookingIds })
      .groupBy('audit.bookingId')
      .getRawMany<{ bookingId: string; changes: string | number }>();
    return new Map(rows.map((row) => [row.bookingId, Math.max(0, Number(row.changes) - 1)]));
  }

  /** Newest first; one row more than the page so the caller can tell whether another follows. */
  findPage(filters: BookingFilters, page: { limit: number; cursor?: string }): Promise<BookingEntity[]> {
    const query = this.defaultManager.createQueryBuilder(BookingEntity, 'booking');
    if (filters.engineerId) query.andWhere('booking.engineerId = :engineerId', { engineerId: filters.engineerId });
    if (filters.status) query.andWhere('booking.status = :status', { status: filters.status });
    if (filters.startsFrom) query.andWhere('booking.startAt >= :startsFrom', { startsFrom: filters.startsFrom });
    if (filters.startsBefore) query.andWhere('booking.startAt < :startsBefore', { startsBefore: filters.startsBefore });
    return applyKeysetPage(query, page).getMany();
  }

  insert(booking: NewBooking, manager: EntityManager): Promise<BookingEntity> {
    return manager.save(manager.create(BookingEntity, booking));
  }

  /** Saves the booking; its visits take its status, so only an active booking's visits are under the no-overlap constraint. */
  async save(booking: BookingEntity, manager: EntityManager): Promise<BookingEntity> {
    const saved = await manager.save(booking);
    await manager.update(BookingVisitEntity, { bookingId: booking.id }, { status: booking.status });
    return saved;
  }

  /** The booking's visits from now on are these (earliest first), with its engineer and status. */
  /** `site`: where the work is, recorded on every visit for the agendas' travel times. */
  async replaceVisits(booking: BookingEntity, visits: readonly Interval[], site: GeoPoint | null, manager: EntityManager): Promise<void> {
    await manager.delete(BookingVisitEntity, { bookingId: booking.id });
    await manager.insert(
      BookingVisitEntity,
      visits.map((visit, position) => ({
        bookingId: booking.id,
        position,
        engineerId: booking.engineerId,
        startAt: visit.start,
        endAt: visit.end,
        status: booking.status,
        siteLat: site?.lat ?? null,
        siteLng: site?.lng ?? null,
      })),
    );
  }

  /** Visits per booking, earliest first, for a whole page in one query. */
  async findVisits(bookingIds: string[], manager = this.defaultManager): Promise<Map<string, VisitPeriod[]>> {
    const byBooking = new Map<string, VisitPeriod[]>(bookingIds.map((id) => [id, []]));
    if (bookingIds.length === 0) return byBooking;
    const rows = await manager.find(BookingVisitEntity, { where: { bookingId: In(bookingIds) }, order: { bookingId: 'ASC', position: 'ASC' } });
    for (const row of rows) byBooking.get(row.bookingId)!.push({ start: row.startAt, end: row.endAt });
    return byBooking;
  }

  async addServices(bookingId: string, serviceIds: string[], manager: EntityManager): Promise<void> {
    if (serviceIds.length === 0) return;
    await manager.insert(BookingServiceEntity, serviceIds.map((serviceId) => ({ bookingId, serviceId })));
  }

  /** Service ids per booking, for a whole page in one query. */
  async findServiceIds(bookingIds: string[], manager = this.defaultManager): Promise<Map<string, string[]>> {
    const byBooking = new Map<string, string[]>(bookingIds.map((id) => [id, []]));
    if (bookingIds.length === 0) return byBooking;
    const rows = await manager.find(BookingServiceEntity, { where: { bookingId: In(bookingIds) }, order: { serviceId: 'ASC' } });
    for (const row of rows) byBooking.get(row.bookingId)!.push(row.serviceId);
    return byBooking;
  }

  /** Each booking's links to its services, with what its visits did with each, for a whole page in one query. */
  async findServiceLinks(bookingIds: string[], manager = this.defaultManager): Promise<Map<string, BookingServiceEntity[]>> {
    const byBooking = new Map<string, BookingServiceEntity[]>(bookingIds.map((id) => [id, []]));
    if (bookingIds.length === 0) return byBooking;
    const rows = await manager.find(BookingServiceEntity, { where: { bookingId: In(bookingIds) }, order: { serviceId: 'ASC' } });
    for (const row of rows) byBooking.get(row.bookingId)!.push(row);
    return byBooking;
  }

  /** Records what the booking's visit did with the task. */
  async recordOutcome(
    bookingId: string,
    serviceId: string,
    outcome: Pick<BookingServiceEntity, 'outcome' | 'failureReason' | 'failureNote' | 'outcomeAt'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(BookingServiceEntity, { bookingId, serviceId }, outcome);
  }

  /** The service no longer belongs to the booking (it was cancelled on its own). */
  async removeService(bookingId: string, serviceId: string, manager: EntityManager): Promise<void> {
    await manager.delete(BookingServiceEntity, { bookingId, serviceId });
  }

  async addAudit(entry: NewAuditEntry, manager: EntityManager): Promise<void> {
    await manager.insert(BookingAuditEntity, entry);
  }

  /** Oldest first; the serial id orders changes made within the same millisecond. */
  findAudit(bookingId: string): Promise<BookingAuditEntity[]> {
    return this.defaultManager.find(BookingAuditEntity, { where: { bookingId }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** The engineer's scheduled bookings with a visit overlapping the half-open period, by start, read in `manager`'s transaction. */
  async findScheduledOverlappingPeriod(engineerId: string, period: Interval, manager: EntityManager): Promise<HeldTime[]> {
    const ids = [...new Set((await this.scheduledVisitsOverlapping(engineerId, period, manager)).map((visit) => visit.bookingId))];
    if (ids.length === 0) return [];
    return this.heldTimeRows.many(
      `SELECT ${this.heldTimeRows.selectList} FROM "bookings" "b" WHERE "b"."id" IN (:...ids) ORDER BY "b"."start_at", "b"."id"`,
      { ids },
      manager,
    );
  }

  /** The engineer's scheduled bookings ending after `since` (under way or to come), by start, read in `manager`'s transaction. */
  findScheduledEndingAfter(engineerId: string, since: Date, manager: EntityManager): Promise<HeldTime[]> {
    const startsAfter = new Date(since.getTime() - LONGEST_BOOKING_MS);
    return this.heldTimeRows.many(
      `SELECT ${this.heldTimeRows.selectList} FROM "bookings" "b" WHERE "b"."engineer_id" = :engineerId AND "b"."status" = 'scheduled'` +
        ` AND "b"."start_at" > :startsAfter AND "b"."end_at" > :since ORDER BY "b"."start_at", "b"."id"`,
      { engineerId, since, startsAfter },
      manager,
    );
  }
}
