import { MigrationInterface, QueryRunner, TableCheck, TableColumn } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

const ACTIONS_BEFORE = "'created', 'rescheduled', 'cancelled', 'completed', 'no_show'";
const ACTIONS_AFTER = "'created', 'rescheduled', 'started', 'service_removed', 'cancelled', 'completed', 'no_show'";

function auditActionCheck(actions: string): TableCheck {
  return new TableCheck({ name: 'chk_booking_audit_action', expression: `action IN (${actions})` });
}

/**
 * When the engineer started the booked work (its first service started), and why a visit
 * was a no-show. Until now a no-show's reason was dropped and a start left no mark on the booking.
 * The audit gains the two changes that record them: `started`, and `service_removed` (a task of
 * the booking was cancelled on its own).
 */
export class AddBookingOutcomes1764065700000 implements MigrationInterface {
  name = 'AddBookingOutcomes1764065700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.addColumns('bookings', [
      new TableColumn({ name: 'started_at', type: types.instant, isNullable: true }),
      new TableColumn({ name: 'no_show_reason', type: 'varchar', length: '500', isNullable: true }),
    ]);
    await queryRunner.dropCheckConstraint('booking_audit', 'chk_booking_audit_action');
    await queryRunner.createCheckConstraint('booking_audit', auditActionCheck(ACTIONS_AFTER));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "booking_audit" WHERE "action" IN ('started', 'service_removed')`);
    await queryRunner.dropCheckConstraint('booking_audit', 'chk_booking_audit_action');
    await queryRunner.createCheckConstraint('booking_audit', auditActionCheck(ACTIONS_BEFORE));
    await queryRunner.dropColumn('bookings', 'no_show_reason');
    await queryRunner.dropColumn('bookings', 'started_at');
  }
}
