import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/**
 * The e-mails to bookings' customers (notifications module): queued, sent, retried, failed.
 * `booking_id` refers to a booking by value, with no foreign key: the table is the
 * notifications module's, and bookings are never deleted.
 */
export class CreateNotifications1764068300000 implements MigrationInterface {
  name = 'CreateNotifications1764068300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'booking_id', type: types.uuid, isNullable: false },
          { name: 'order_id', type: types.uuid, isNullable: false },
          { name: 'event_id', type: types.uuid, isNullable: false },
          { name: 'type', type: 'varchar', length: '20', isNullable: false },
          { name: 'visit_number', type: 'integer', isNullable: false },
          { name: 'visit_start', type: types.instant, isNullable: true },
          { name: 'recipient', type: 'varchar', length: '320', isNullable: false },
          { name: 'status', type: 'varchar', length: '10', isNullable: false },
          { name: 'attempts', type: 'integer', isNullable: false },
          { name: 'due_at', type: types.instant, isNullable: false },
          { name: 'locked_until', type: types.instant, isNullable: true },
          { name: 'sent_at', type: types.instant, isNullable: true },
          { name: 'last_error', type: 'text', isNullable: true },
          { name: 'created_at', type: types.instant, isNullable: false },
          { name: 'updated_at', type: types.instant, isNullable: false },
        ],
        indices: [
          { name: 'uq_notifications_event_type_visit', columnNames: ['event_id', 'type', 'visit_number'], isUnique: true },
          { name: 'idx_notifications_booking_created', columnNames: ['booking_id', 'created_at'] },
          { name: 'idx_notifications_status_due', columnNames: ['status', 'due_at'] },
        ],
        checks: [
          { name: 'chk_notifications_type', expression: "type IN ('confirmation', 'reschedule', 'cancellation', 'reminder')" },
          { name: 'chk_notifications_status', expression: "status IN ('pending', 'sent', 'failed')" },
          { name: 'chk_notifications_visit', expression: "(type = 'reminder') = (visit_number > 0)" },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notifications');
  }
}
