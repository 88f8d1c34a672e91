import { MigrationInterface, QueryRunner, Table, TableExclusion } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

const BOOKING_STATUSES = "'scheduled', 'completed', 'cancelled', 'no_show'";
const BOOKING_ACTIONS = "'created', 'rescheduled', 'cancelled', 'completed', 'no_show'";

function bookingForeignKey(table: string) {
  return {
    name: `fk_${table}_booking`,
    columnNames: ['booking_id'],
    referencedTableName: 'bookings',
    referencedColumnNames: ['id'],
    onDelete: 'CASCADE',
  };
}

/**
 * Bookings, the services each one scheduled and the audit trail of every change.
 * order_id, engineer_id and service_id have no foreign keys on purpose: those tables
 * belong to other modules, which this one reaches through their services and events only.
 */
export class CreateBookings1764065300000 implements MigrationInterface {
  name = 'CreateBookings1764065300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'bookings',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'order_id', type: types.uuid },
          { name: 'engineer_id', type: types.uuid },
          { name: 'start_at', type: types.instant },
          { name: 'end_at', type: types.instant },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'cancellation_reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'notes', type: 'text', isNullable: true },
          { name: 'created_at', type: types.instant },
          { name: 'updated_at', type: types.instant },
        ],
        indices: [
          // At most one active booking per order; cancelled and finished ones stay as history.
          { name: 'uq_bookings_order_scheduled', columnNames: ['order_id'], isUnique: true, where: "status = 'scheduled'" },
          // An engineer's agenda for a period, and the engineerId filter.
          { name: 'idx_bookings_engineer_start', columnNames: ['engineer_id', 'start_at'] },
          // The from/to/date filters across all engineers.
          { name: 'idx_bookings_start', columnNames: ['start_at'] },
          { name: 'idx_bookings_created_at_id', columnNames: ['created_at', 'id'] },
          { name: 'idx_bookings_status_created_at_id', columnNames: ['status', 'created_at', 'id'] },
        ],
        checks: [
          { name: 'chk_bookings_status', expression: `status IN (${BOOKING_STATUSES})` },
          { name: 'chk_bookings_period', expression: 'end_at > start_at' },
        ],
      }),
    );
    if (queryRunner.connection.options.type === 'postgres') {
      // The database itself refuses two overlapping active bookings of one engineer, however
      // many app instances write. btree_gist lets a GiST index compare the uuid with `=`.
      await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
      await queryRunner.createExclusionConstraint(
        'bookings',
        new TableExclusion({
          name: 'ex_bookings_engineer_no_overlap',
          expression: "USING gist (engineer_id WITH =, tstzrange(start_at, end_at) WITH &&) WHERE (status = 'scheduled')",
        }),
      );
    }

    await queryRunner.createTable(
      new Table({
        name: 'booking_services',
        columns: [
          { name: 'booking_id', type: types.uuid, isPrimary: true },
          { name: 'service_id', type: types.uuid, isPrimary: true },
        ],
        foreignKeys: [bookingForeignKey('booking_services')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'booking_audit',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'booking_id', type: types.uuid },
          { name: 'action', type: 'varchar', length: '16' },
          { name: 'old_engineer_id', type: types.uuid, isNullable: true },
          { name: 'new_engineer_id', type: types.uuid },
          { name: 'old_start_at', type: types.instant, isNullable: true },
          { name: 'old_end_at', type: types.instant, isNullable: true },
          { name: 'new_start_at', type: types.instant },
          { name: 'new_end_at', type: types.instant },
          { name: 'old_status', type: 'varchar', length: '16', isNullable: true },
          { name: 'new_status', type: 'varchar', length: '16' },
          { name: 'reason', type: 'text', isNullable: true },
          { name: 'at', type: types.instant },
          { name: 'actor', type: 'varchar', length: '100' },
        ],
        indices: [{ name: 'idx_booking_audit_booking_at', columnNames: ['booking_id', 'at', 'id'] }],
        foreignKeys: [bookingForeignKey('booking_audit')],
        checks: [
          { name: 'chk_booking_audit_action', expression: `action IN (${BOOKING_ACTIONS})` },
          { name: 'chk_booking_audit_old_status', expression: `old_status IN (${BOOKING_STATUSES})` },
          { name: 'chk_booking_audit_new_status', expression: `new_status IN (${BOOKING_STATUSES})` },
        ],
      }),
    );
  }

  // btree_gist stays installed: other schemas may rely on it, and it holds no data.
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('booking_audit');
    await queryRunner.dropTable('booking_services');
    await queryRunner.dropTable('bookings');
  }
}
