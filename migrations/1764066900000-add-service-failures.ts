import { MigrationInterface, QueryRunner, TableCheck, TableColumn } from 'typeorm';

const REASONS = "'vehicle_not_present', 'vehicle_incompatible', 'customer_refused', 'parts_missing', 'other'";

/**
 * Visits that fail (issue 14, item 6): a booked task whose visit could not do the work goes back
 * to pending, and the status change that records it carries the reason (its note keeps the
 * engineer's words). Services' own table only; the booking's record of it is the next migration.
 */
export class AddServiceFailures1764066900000 implements MigrationInterface {
  name = 'AddServiceFailures1764066900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('service_status_history', new TableColumn({ name: 'failure_reason', type: 'varchar', length: '32', isNullable: true }));
    await queryRunner.createCheckConstraint(
      'service_status_history',
      new TableCheck({ name: 'chk_service_status_history_failure_reason', expression: `failure_reason IS NULL OR failure_reason IN (${REASONS})` }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropCheckConstraint('service_status_history', 'chk_service_status_history_failure_reason');
    await queryRunner.dropColumn('service_status_history', 'failure_reason');
  }
}
