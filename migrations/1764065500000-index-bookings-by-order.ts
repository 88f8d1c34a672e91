import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * An order's bookings, newest first: the order page shows the active booking or else the
 * latest one. Without it that read scanned the whole bookings table (300 000 rows in the
 * benchmark, docs/performance.md); the partial unique index covers scheduled rows only.
 */
export class IndexBookingsByOrder1764065500000 implements MigrationInterface {
  name = 'IndexBookingsByOrder1764065500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('bookings', new TableIndex({ name: 'idx_bookings_order_created_at_id', columnNames: ['order_id', 'created_at', 'id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('bookings', 'idx_bookings_order_created_at_id');
  }
}
