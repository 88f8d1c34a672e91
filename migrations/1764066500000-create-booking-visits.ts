import { MigrationInterface, QueryRunner, Table, TableExclusion } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

const NO_OVERLAP = "USING gist (engineer_id WITH =, tstzrange(start_at, end_at) WITH &&) WHERE (status = 'scheduled')";

/**
 * A booking's visits (issue 14, multi-day bookings): work longer than a working span is a run
 * of visits on consecutive working days. Every existing booking becomes one visit, its own
 * start and end. `status` repeats the booking's so that PostgreSQL's no-overlap exclusion
 * constraint, moved here from bookings, compares the visits of active bookings: a multi-day
 * booking's start-to-end envelope covers nights and weekends other work may use.
 */
export class CreateBookingVisits1764066500000 implements MigrationInterface {
  name = 'CreateBookingVisits1764066500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'booking_visits',
        columns: [
          { name: 'booking_id', type: types.uuid, isPrimary: true },
          { name: 'position', type: 'integer', isPrimary: true },
          { name: 'engineer_id', type: types.uuid },
          { name: 'start_at', type: types.instant },
          { name: 'end_at', type: types.instant },
          { name: 'status', type: 'varchar', length: '16' },
        ],
        // An engineer's agenda for a period: what every availability search reads.
        indices: [{ name: 'idx_booking_visits_engineer_start', columnNames: ['engineer_id', 'start_at'] }],
        foreignKeys: [
          { name: 'fk_booking_visits_booking', columnNames: ['booking_id'], referencedTableName: 'bookings', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        checks: [
          { name: 'chk_booking_visits_period', expression: 'end_at > start_at' },
          { name: 'chk_booking_visits_status', expression: "status IN ('scheduled', 'completed', 'cancelled', 'no_show')" },
          { name: 'chk_booking_visits_position', expression: 'position >= 0' },
        ],
      }),
    );
    await queryRunner.query(
      'INSERT INTO "booking_visits" ("booking_id", "position", "engineer_id", "start_at", "end_at", "status")' +
        ' SELECT "id", 0, "engineer_id", "start_at", "end_at", "status" FROM "bookings"',
    );
    if (postgres) {
      await queryRunner.dropExclusionConstraint('bookings', 'ex_bookings_engineer_no_overlap');
      await queryRunner.createExclusionConstraint('booking_visits', new TableExclusion({ name: 'ex_booking_visits_engineer_no_overlap', expression: NO_OVERLAP }));
    }
  }

  /**
   * Back to one period per booking. A scheduled multi-day booking whose envelope overlaps
   * another's cannot be put under the old constraint: `down` then fails on PostgreSQL, and
   * nothing is lost.
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.dropExclusionConstraint('booking_visits', 'ex_booking_visits_engineer_no_overlap');
      await queryRunner.createExclusionConstraint('bookings', new TableExclusion({ name: 'ex_bookings_engineer_no_overlap', expression: NO_OVERLAP }));
    }
    await queryRunner.dropTable('booking_visits');
  }
}
