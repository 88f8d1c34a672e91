import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/**
 * Orders, their lines and the idempotency keys of POST /orders. Customer and product ids
 * carry no foreign key: those tables belong to other modules, and lines keep a snapshot.
 */
export class CreateOrders1764065100000 implements MigrationInterface {
  name = 'CreateOrders1764065100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    const timestamps = [
      { name: 'created_at', type: types.instant },
      { name: 'updated_at', type: types.instant },
    ];
    if (queryRunner.connection.options.type === 'postgres') {
      // Hands out order numbers without a table scan or a race between instances.
      await queryRunner.query('CREATE SEQUENCE order_number_seq START 1');
    }
    await queryRunner.createTable(
      new Table({
        name: 'orders',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'number', type: 'varchar', length: '20', isUnique: true },
          { name: 'sequence_no', type: 'integer', isUnique: true },
          { name: 'customer_id', type: types.uuid },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'total_minor', type: 'integer' },
          { name: 'vehicle_registration', type: 'varchar', length: '10' },
          { name: 'vehicle_make', type: 'varchar', length: '60' },
          { name: 'vehicle_model', type: 'varchar', length: '60' },
          { name: 'vehicle_year', type: 'integer', isNullable: true },
          { name: 'address_line1', type: 'varchar', length: '200' },
          { name: 'address_line2', type: 'varchar', length: '200', isNullable: true },
          { name: 'address_city', type: 'varchar', length: '100' },
          { name: 'address_postcode', type: 'varchar', length: '8' },
          { name: 'notes', type: 'text', isNullable: true },
          { name: 'cancellation_reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'cancelled_at', type: types.instant, isNullable: true },
          { name: 'fulfilled_at', type: types.instant, isNullable: true },
          ...timestamps,
        ],
        checks: [
          { name: 'chk_orders_status', expression: "status IN ('placed', 'fulfilled', 'cancelled')" },
          { name: 'chk_orders_total', expression: 'total_minor >= 0' },
        ],
      }),
    );
    await queryRunner.createIndices('orders', [
      new TableIndex({ name: 'idx_orders_created', columnNames: ['created_at', 'id'] }),
      new TableIndex({ name: 'idx_orders_status_created', columnNames: ['status', 'created_at', 'id'] }),
      new TableIndex({ name: 'idx_orders_customer_created', columnNames: ['customer_id', 'created_at', 'id'] }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'order_items',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'order_id', type: types.uuid },
          { name: 'product_id', type: types.uuid },
          { name: 'sku', type: 'varchar', length: '40' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'category', type: 'varchar', length: '50' },
          { name: 'quantity', type: 'integer' },
          { name: 'unit_price_minor', type: 'integer' },
          { name: 'line_total_minor', type: 'integer' },
          { name: 'requires_installation', type: 'boolean' },
          { name: 'install_minutes', type: 'integer' },
          { name: 'position', type: 'integer' },
          ...timestamps,
        ],
        foreignKeys: [{ columnNames: ['order_id'], referencedTableName: 'orders', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        checks: [{ name: 'chk_order_items_quantity', expression: 'quantity BETWEEN 1 AND 100' }],
      }),
    );
    await queryRunner.createIndices('order_items', [
      new TableIndex({ name: 'idx_order_items_order', columnNames: ['order_id', 'position'] }),
      new TableIndex({ name: 'idx_order_items_product', columnNames: ['product_id'] }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'order_idempotency_keys',
        columns: [
          { name: 'key', type: 'varchar', length: '255', isPrimary: true },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'order_id', type: types.uuid },
          { name: 'response_status', type: 'integer' },
          { name: 'response_body', type: types.json },
          { name: 'created_at', type: types.instant },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('order_idempotency_keys');
    await queryRunner.dropTable('order_items');
    await queryRunner.dropTable('orders');
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query('DROP SEQUENCE order_number_seq');
    }
  }
}
