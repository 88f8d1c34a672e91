import { MigrationInterface, QueryRunner, TableCheck, TableColumn, TableIndex } from 'typeorm';
import { addWorkingDays, localDateOf } from '../libs/common/src/time/working-days';

const BACKFILL_BATCH = 1_000;
/** The defaults the settings columns get, which existing orders are dated with. */
const BOOK_WITHIN_WORKING_DAYS = 10;
const URGENT_BOOK_WITHIN_WORKING_DAYS = 2;

/** SQLite returns instants as `YYYY-MM-DD HH:MM:SS.SSS` (UTC) text, PostgreSQL as Date. */
function instantOf(value: unknown): Date {
  return value instanceof Date ? value : new Date(`${String(value).replace(' ', 'T')}Z`);
}

/**
 * The dispatcher's queue (issue 15, item 2): orders get a `priority` and the date they should
 * be booked by (`due_by`, a local date), and `awaiting_booking`, kept by Services in the
 * transaction of every change of a task to or from pending, so the queue reads a partial
 * index of the few orders waiting instead of scanning a million. Settings say how many working
 * days an order may wait. Existing orders are standard and dated from their placement in the
 * business time zone; the orders with a pending task are marked.
 */
export class AddOrderDispatchPlanning1764067600000 implements MigrationInterface {
  name = 'AddOrderDispatchPlanning1764067600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('settings', [
      new TableColumn({ name: 'book_within_working_days', type: 'integer', isNullable: false, default: BOOK_WITHIN_WORKING_DAYS }),
      new TableColumn({ name: 'urgent_book_within_working_days', type: 'integer', isNullable: false, default: URGENT_BOOK_WITHIN_WORKING_DAYS }),
    ]);
    await queryRunner.addColumns('orders', [
      new TableColumn({ name: 'priority', type: 'varchar', length: '16', isNullable: false, default: "'standard'" }),
      new TableColumn({ name: 'due_by', type: 'date', isNullable: true }),
      new TableColumn({ name: 'awaiting_booking', type: 'boolean', isNullable: false, default: false }),
    ]);
    await queryRunner.createCheckConstraint('orders', new TableCheck({ name: 'chk_orders_priority', expression: "priority IN ('standard', 'urgent')" }));
    await this.backfillDueDates(queryRunner);
    await queryRunner.query(
      `UPDATE "orders" SET "awaiting_booking" = TRUE WHERE "status" = 'placed' AND "id" IN (SELECT "order_id" FROM "services" WHERE "status" = 'pending')`,
    );
    // The queue: orders waiting for a booking, by due date, oldest first.
    await queryRunner.createIndex(
      'orders',
      new TableIndex({ name: 'idx_orders_awaiting_booking_due', columnNames: ['due_by', 'created_at', 'id'], where: 'awaiting_booking = TRUE' }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('orders', 'idx_orders_awaiting_booking_due');
    await queryRunner.dropCheckConstraint('orders', 'chk_orders_priority');
    await queryRunner.dropColumns('orders', ['awaiting_booking', 'due_by', 'priority']);
    await queryRunner.dropColumns('settings', ['urgent_book_within_working_days', 'book_within_working_days']);
  }

  /** In batches by id; one UPDATE per due date of a batch (orders of a day share one). */
  private async backfillDueDates(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const placeholder = (index: number) => (postgres ? `$${index + 1}` : '?');
    const [settings] = (await queryRunner.query(`SELECT "timezone" FROM "settings" ORDER BY "created_at" LIMIT 1`)) as Array<{ timezone: string }>;
    const timezone = settings?.timezone ?? 'Europe/London';
    let after: string | null = null;
    for (;;) {
      const rows = (await queryRunner.query(
        `SELECT "id", "created_at" FROM "orders"${after === null ? '' : ` WHERE "id" > ${placeholder(0)}`} ORDER BY "id" LIMIT ${BACKFILL_BATCH}`,
        after === null ? [] : [after],
      )) as Array<{ id: string; created_at: unknown }>;
      if (rows.length === 0) return;
      const idsByDueDate = new Map<string, string[]>();
      for (const row of rows) {
        const dueBy = addWorkingDays(localDateOf(instantOf(row.created_at), timezone), BOOK_WITHIN_WORKING_DAYS);
        idsByDueDate.set(dueBy, [...(idsByDueDate.get(dueBy) ?? []), row.id]);
      }
      for (const [dueBy, ids] of idsByDueDate) {
        await queryRunner.query(
          `UPDATE "orders" SET "due_by" = ${placeholder(0)} WHERE "id" IN (${ids.map((_, index) => placeholder(index + 1)).join(', ')})`,
          [dueBy, ...ids],
        );
      }
      after = rows[rows.length - 1]!.id;
    }
  }
}
