import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

export class CreateProducts1764065000000 implements MigrationInterface {
  name = 'CreateProducts1764065000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'products',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'sku', type: 'varchar', length: '32', isNullable: false },
          { name: 'name', type: 'varchar', length: '200', isNullable: false },
          { name: 'description', type: 'text', isNullable: true },
          { name: 'category', type: 'varchar', length: '64', isNullable: false },
          { name: 'price_minor', type: 'integer', isNullable: false },
          { name: 'currency', type: 'varchar', length: '3', isNullable: false },
          { name: 'requires_installation', type: 'boolean', isNullable: false },
          { name: 'install_minutes', type: 'integer', isNullable: false },
          { name: 'active', type: 'boolean', isNullable: false },
          { name: 'created_at', type: types.instant, isNullable: false },
          { name: 'updated_at', type: types.instant, isNullable: false },
        ],
        checks: [
          { name: 'chk_products_price_minor', expression: 'price_minor >= 0' },
          { name: 'chk_products_install_minutes', expression: 'install_minutes >= 0' },
        ],
        indices: [
          // SKUs are stored upper-case, so a plain unique index is unique regardless of case.
          { name: 'uq_products_sku', columnNames: ['sku'], isUnique: true },
          { name: 'idx_products_created_at_id', columnNames: ['created_at', 'id'] },
          { name: 'idx_products_category', columnNames: ['category'] },
          { name: 'idx_products_active', columnNames: ['active'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('products');
  }
}
