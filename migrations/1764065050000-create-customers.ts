import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

export class CreateCustomers1764065050000 implements MigrationInterface {
  name = 'CreateCustomers1764065050000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'customers',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'name', type: 'varchar', length: '200', isNullable: false },
          { name: 'email', type: 'varchar', length: '254', isNullable: false },
          { name: 'phone', type: 'varchar', length: '32', isNullable: false },
          { name: 'address_line1', type: 'varchar', length: '200', isNullable: false },
          { name: 'address_line2', type: 'varchar', length: '200', isNullable: true },
          { name: 'address_city', type: 'varchar', length: '100', isNullable: false },
          // Normalised `SW1A 1AA`: the longest UK postcode is eight characters with its space.
          { name: 'address_postcode', type: 'varchar', length: '8', isNullable: false },
          { name: 'has_orders', type: 'boolean', isNullable: false, default: false },
          { name: 'created_at', type: types.instant, isNullable: false },
          { name: 'updated_at', type: types.instant, isNullable: false },
        ],
        indices: [
          { name: 'idx_customers_created_at_id', columnNames: ['created_at', 'id'] },
          { name: 'idx_customers_email', columnNames: ['email'] },
          { name: 'idx_customers_postcode', columnNames: ['address_postcode'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('customers');
  }
}
