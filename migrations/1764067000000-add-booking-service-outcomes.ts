import { MigrationInterface, QueryRunner, TableCheck, TableColumn } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

const REASONS = "'vehicle_not_present', 'vehicle_incompatible', 'customer_refused', 'parts_missing', 'other'";
const ACTIONS_BEFORE = "'created', 'rescheduled', 'started', 'service_removed', 'cancelled', 'completed', 'no_show'";
const ACTIONS_AFTER = "'created', 'rescheduled', 'started', 'service_removed', 'service_failed', 'cancelled', 'completed', 'no_show'";

function auditActionCheck(actions: string): TableCheck {
  return new TableCheck({ name: 'chk_booking_audit_action', expression: `action IN (${actions})` });
}

/**
 * What a booking's visits did with each of its tasks (issue 14, item 6): `outcome` is
 * `completed` or `failed` (with the reason and note), null while the task is still to be done.
 * The audit gains `service_failed`.
 */
export class AddBookingServiceOutcomes1764067000000 implements MigrationInterface {
  name = 'AddBookingServiceOutcomes1764067000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.addColumns('booking_services', [
      new TableColumn({ name: 'outcome', type: 'varchar', length: '16', isNullable: true }),
      new TableColumn({ name: 'failure_reason', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn({ name: 'failure_note', type: 'text', isNullable: true }),
      new TableColumn({ name: 'outcome_at', type: types.instant, isNullable: true }),
    ]);
    await queryRunner.createCheckConstraint(
      'booking_services',
      new TableCheck({
        name: 'chk_booking_services_outcome',
        expression:
          `(outcome IS NULL AND failure_reason IS NULL AND outcome_at IS NULL) OR ` +
          `(outcome = 'completed' AND failure_reason IS NULL AND outcome_at IS NOT NULL) OR ` +
          `(outcome = 'failed' AND failure_reason IN (${REASONS}) AND outcome_at IS NOT NULL)`,
      }),
    );
    await queryRunner.dropCheckConstraint('booking_audit', 'chk_booking_audit_action');
    await queryRunner.createCheckConstraint('booking_audit', auditActionCheck(ACTIONS_AFTER));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "booking_audit" WHERE "action" = 'service_failed'`);
    await queryRunner.dropCheckConstraint('booking_audit', 'chk_booking_audit_action');
    await queryRunner.createCheckConstraint('booking_audit', auditActionCheck(ACTIONS_BEFORE));
    await queryRunner.dropCheckConstraint('booking_services', 'chk_booking_services_outcome');
    await queryRunner.dropColumns('booking_services', ['outcome_at', 'failure_note', 'failure_reason', 'outcome']);
  }
}
