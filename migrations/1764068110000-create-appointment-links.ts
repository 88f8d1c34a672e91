import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/**
 * Each booking's customer link: the secret in the URL a customer views, moves or cancels their
 * appointment at without signing in. One per booking; rotating replaces it.
 */
export class CreateAppointmentLinks1764068110000 implements MigrationInterface {
  name = 'CreateAppointmentLinks1764068110000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'appointment_links',
        columns: [
          { name: 'booking_id', type: types.uuid, isPrimary: true },
          { name: 'token', type: 'varchar', length: '64', isNullable: false },
          { name: 'created_at', type: types.instant, isNullable: false },
        ],
        // No foreign key to `bookings`, another module's table (as `bookings.order_id` has none to `orders`):
        // links are issued for bookings Bookings has shown to exist, and bookings are never deleted.
        indices: [{ name: 'uq_appointment_links_token', columnNames: ['token'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('appointment_links');
  }
}
