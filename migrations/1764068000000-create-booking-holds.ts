import { MigrationInterface, QueryRunner, Table, TableCheck, TableColumn } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

const HOLD_MINUTES_CHECK = new TableCheck({ name: 'chk_settings_hold_minutes', expression: 'hold_minutes BETWEEN 1 AND 120' });

/**
 * Web-shop self-booking (issue 16, item 3): a hold keeps an engineer's time for one order's
 * checkout until it expires (`settings.hold_minutes`, 10 by default), and POST /bookings
 * remembers its `Idempotency-Key`s as POST /orders does. order_id and engineer_id have no
 * foreign keys: those tables belong to other modules. Expiry cannot be a constraint: the
 * agenda lock, which every writer of an engineer's time takes, is what keeps holds apart.
 */
export class CreateBookingHolds1764068000000 implements MigrationInterface {
  name = 'CreateBookingHolds1764068000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.addColumn('settings', new TableColumn({ name: 'hold_minutes', type: 'integer', isNullable: false, default: 10 }));
    await queryRunner.createCheckConstraint('settings', HOLD_MINUTES_CHECK);
    await queryRunner.createTable(
      new Table({
        name: 'booking_holds',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'order_id', type: types.uuid },
          { name: 'engineer_id', type: types.uuid },
          { name: 'start_at', type: types.instant },
          { name: 'end_at', type: types.instant },
          // Every visit of the run the hold keeps, earliest first: [{start, end}].
          { name: 'visits', type: types.json },
          { name: 'site_lat', type: 'double precision', isNullable: true },
          { name: 'site_lng', type: 'double precision', isNullable: true },
          { name: 'expires_at', type: types.instant },
          { name: 'created_at', type: types.instant },
        ],
        indices: [
          // One hold per order: a newer one replaces it.
          { name: 'uq_booking_holds_order', columnNames: ['order_id'], isUnique: true },
          // The engineers' agendas: their live holds in a window.
          { name: 'idx_booking_holds_engineer_start', columnNames: ['engineer_id', 'start_at'] },
          // The retention job.
          { name: 'idx_booking_holds_expires', columnNames: ['expires_at'] },
        ],
        checks: [
          { name: 'chk_booking_holds_period', expression: 'end_at > start_at' },
          { name: 'chk_booking_holds_expiry', expression: 'expires_at > created_at' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'booking_idempotency_keys',
        columns: [
          { name: 'key', type: 'varchar', length: '255', isPrimary: true },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'booking_id', type: types.uuid },
          // The web shop's key that used it; null for staff, who share one client.
          { name: 'api_key_id', type: types.uuid, isNullable: true },
          // Written just after the booking's commit; null in between, when the booking as it is now answers.
          { name: 'response_body', type: types.json, isNullable: true },
          { name: 'created_at', type: types.instant },
        ],
        indices: [{ name: 'idx_booking_idempotency_keys_created', columnNames: ['created_at'] }],
        foreignKeys: [{ name: 'fk_booking_idempotency_keys_booking', columnNames: ['booking_id'], referencedTableName: 'bookings', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('booking_idempotency_keys');
    await queryRunner.dropTable('booking_holds');
    await queryRunner.dropCheckConstraint('settings', HOLD_MINUTES_CHECK.name!);
    await queryRunner.dropColumn('settings', 'hold_minutes');
  }
}
