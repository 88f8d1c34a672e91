import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { PlainRowReader } from '@app/common';
import { deleteDueRows } from '../../retention/delete-due-rows';
import { Interval } from './availability/interval';
import { BookingHoldEntity } from './entities/booking-hold.entity';

/** Every query on `booking_holds`. Writes take the caller's transaction manager. */
@Injectable()
export class BookingHoldsRepository {
  private readonly holdRows: PlainRowReader<BookingHoldEntity>;

  constructor(@InjectEntityManager() private readonly defaultManager: EntityManager) {
    this.holdRows = new PlainRowReader(defaultManager, defaultManager.connection.getMetadata(BookingHoldEntity), 'h');
  }

  findById(id: string, manager = this.defaultManager): Promise<BookingHoldEntity | null> {
    return manager.findOneBy(BookingHoldEntity, { id });
  }

  /**
   * The holds of these engineers live at `now` whose visits may overlap the window, by start,
   * except those of `exceptOrderId`: an order's own hold never stands in its way.
   */
  findLiveOverlapping(engineerIds: string[], window: Interval, now: Date, exceptOrderId: string | null, manager = this.defaultManager): Promise<BookingHoldEntity[]> {
    if (engineerIds.length === 0) return Promise.resolve([]);
    const ofOthers = exceptOrderId === null ? '' : ' AND "h"."order_id" <> :exceptOrderId';
    // Plain rows: every availability search asks, and the query builder's entity building cost more than the read.
    return this.holdRows.many(
      `SELECT ${this.holdRows.selectList} FROM "booking_holds" "h" WHERE "h"."engineer_id" IN (:...engineerIds) AND "h"."expires_at" > :now` +
        ` AND "h"."start_at" < :end AND "h"."end_at" > :start${ofOthers} ORDER BY "h"."start_at", "h"."id"`,
      { engineerIds, now, start: window.start, end: window.end, exceptOrderId },
      manager,
    );
  }

  /** The order's hold from now on is this one: any earlier hold of the order gives way. */
  async replaceForOrder(hold: BookingHoldEntity, manager: EntityManager): Promise<void> {
    await this.deleteForOrder(hold.orderId, manager);
    await manager.insert(BookingHoldEntity, hold);
  }

  /** The order was booked: its hold, if any, has done its work. */
  async deleteForOrder(orderId: string, manager: EntityManager): Promise<void> {
    await manager.delete(BookingHoldEntity, { orderId });
  }

  /** At most `limit` holds that expired before `cutoff`, in one statement; answers how many. */
  deleteExpiredBefore(cutoff: Date, limit: number, manager: EntityManager): Promise<number> {
    return deleteDueRows(manager, BookingHoldEntity, 'due.expiresAt < :cutoff', { cutoff }, limit);
  }
}
