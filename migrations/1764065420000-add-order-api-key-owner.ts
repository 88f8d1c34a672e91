import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/**
 * The API key that placed an order, so the web shop reads back only its own orders. Null
 * for orders placed by staff. No foreign key: api_keys belongs to the Auth module.
 */
export class AddOrderApiKeyOwner1764065420000 implements MigrationInterface {
  name = 'AddOrderApiKeyOwner1764065420000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.addColumn('orders', new TableColumn({ name: 'placed_by_api_key_id', type: types.uuid, isNullable: true }));
    // The web shop's order list: its own orders, newest first.
    await queryRunner.createIndex(
      'orders',
      new TableIndex({ name: 'idx_orders_api_key_created', columnNames: ['placed_by_api_key_id', 'created_at', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('orders', 'idx_orders_api_key_created');
    await queryRunner.dropColumn('orders', 'placed_by_api_key_id');
  }
}
