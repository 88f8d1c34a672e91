import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, In } from 'typeorm';
import { PlainRowReader, applyKeysetPage, lockedForUpdate } from '@app/common';
import { Interval, MINUTE_MS } from './availability/interval';
import { BookingFilters } from './booking.model';
import { BookingAuditEntity } from './entities/booking-audit.entity';
import { BookingServiceEntity } from './entities/booking-service.entity';
import { BookingEntity } from './entities/booking.entity';

export type NewBooking = Pick<BookingEntity, 'orderId' | 'engineerId' | 'startAt' | 'endAt' | 'status' | 'cancellationReason' | 'notes'>;

export type NewAuditEntry = Omit<BookingAuditEntity, 'id' | 'booking'>;

function isPostgres(manager: EntityManager): boolean {
  return manager.connection.options.type === 'postgres';
}

/**
 * Every booking fits in one working span (checkSlot), and a span in one local day, which is
 * at most 25 hours long: a booking that overlaps a window starts less than this before it.
 */
const LONGEST_BOOKING_MS = 25 * 60 * MINUTE_MS;

const HELD_TIME_PROPERTIES = ['id', 'orderId', 'engineerId', 'startAt', 'endAt', 'status'] as const satisfies readonly (keyof BookingEntity)[];

/** What an engineer's agenda needs of a booking that holds their time. */
export type HeldTime = Pick<BookingEntity, (typeof HELD_TIME_PROPERTIES)[number]>;

/** Every query on the bookings tables. Writes take the caller's transaction manager. */
@Injectable()
export class BookingsRepository {
  private readonly bookingRows: PlainRowReader<BookingEntity>;
  private readonly heldTimeRows: PlainRowReader<HeldTime>;

  constructor(@InjectEntityManager() private readonly defaultManager: EntityManager) {
    const metadata = defaultManager.connection.getMetadata(BookingEntity);
    this.bookingRows = new PlainRowReader(defaultManager, metadata, 'b');
    this.heldTimeRows = new PlainRowReader(defaultManager, metadata, 'b', HELD_TIME_PROPERTIES);
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
   * Bookings that take the engineers' time (not cancelled) and overlap the window, by start:
   * what their agendas need of them. Every availability search reads a fortnight of a whole
   * team's bookings, so the columns are few and no entity is built.
   */
  findHoldingTime(engineerIds: string[], window: Interval, manager = this.defaultManager): Promise<HeldTime[]> {
    return this.holdingTime(this.heldTimeRows, engineerIds, window, manager);
  }

  /** As `findHoldingTime` for one engineer, the whole bookings: their schedule. */
  findScheduleOf(engineerId: string, window: Interval): Promise<BookingEntity[]> {
    return this.holdingTime(this.bookingRows, [engineerId], window, this.defaultManager);
  }

  private holdingTime<Row extends HeldTime>(rows: PlainRowReader<Row>, engineerIds: string[], window: Interval, manager: EntityManager): Promise<Row[]> {
    if (engineerIds.length === 0) return Promise.resolve([]);
    // Without a lower bound on start_at, the (engineer_id, start_at) index reads each
    // engineer's whole history to test end_at: 18 000 rows for a team's fortnight.
    const startsAfter = new Date(window.start.getTime() - LONGEST_BOOKING_MS);
    return rows.many(
      `SELECT ${rows.selectList} FROM "bookings" "b" WHERE "b"."engineer_id" IN (:...engineerIds) AND "b"."status" <> 'cancelled'` +
        ` AND "b"."start_at" < :end AND "b"."start_at" > :startsAfter AND "b"."end_at" > :start ORDER BY "b"."start_at", "b"."id"`,
      { engineerIds, start: window.start, end: window.end, startsAfter },
      manager,
    );
  }

  /** The scheduled booking the exclusion constraint compared a refused one with. */
  findScheduledOverlapping(engineerId: string, slot: Interval): Promise<BookingEntity | null> {
    return this.defaultManager
      .createQueryBuilder(BookingEntity, 'booking')
      .where('booking.engineerId = :engineerId', { engineerId })
      .andWhere("booking.status = 'scheduled'")
      .andWhere('booking.startAt < :end AND booking.endAt > :start', { start: slot.start, end: slot.end })
      .orderBy('booking.startAt', 'ASC')
      .getOne();
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

  /** An engineer's scheduled bookings ending after `since`, by start: the calendar feed. */
  findScheduledForEngineer(engineerId: string, since: Date): Promise<BookingEntity[]> {
    return this.defaultManager
      .createQueryBuilder(BookingEntity, 'booking')
      .where('booking.engineerId = :engineerId', { engineerId })
      .andWhere("booking.status = 'scheduled'")
      .andWhere('booking.endAt > :since', { since })
      .orderBy('booking.startAt', 'ASC')
      .addOrderBy('booking.id', 'ASC')
      .getMany();
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

  save(booking: BookingEntity, manager: EntityManager): Promise<BookingEntity> {
    return manager.save(booking);
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

  /** The engineer's scheduled bookings overlapping the half-open period, by start, read in `manager`'s transaction. */
  findScheduledOverlappingPeriod(engineerId: string, period: Interval, manager: EntityManager): Promise<HeldTime[]> {
    // The lower bound on start_at lets the (engineer_id, start_at) index skip the engineer's history.
    const startsAfter = new Date(period.start.getTime() - LONGEST_BOOKING_MS);
    return this.heldTimeRows.many(
      `SELECT ${this.heldTimeRows.selectList} FROM "bookings" "b" WHERE "b"."engineer_id" = :engineerId AND "b"."status" = 'scheduled'` +
        ` AND "b"."start_at" < :end AND "b"."start_at" > :startsAfter AND "b"."end_at" > :start ORDER BY "b"."start_at", "b"."id"`,
      { engineerId, start: period.start, end: period.end, startsAfter },
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
