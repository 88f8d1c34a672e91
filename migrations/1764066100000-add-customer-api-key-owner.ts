import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/**
 * The API key that created a customer, so a web shop refers only to the customers it created
 * and finds its repeat buyers by e-mail. Null for customers created by staff. No foreign key:
 * api_keys belongs to the Auth module.
 */
export class AddCustomerApiKeyOwner1764066100000 implements MigrationInterface {
  name = 'AddCustomerApiKeyOwner1764066100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.addColumn('customers', new TableColumn({ name: 'created_by_api_key_id', type: types.uuid, isNullable: true }));
    // The web shop's repeat buyer: its customer with this e-mail.
    await queryRunner.createIndex(
      'customers',
      new TableIndex({ name: 'idx_customers_api_key_email', columnNames: ['created_by_api_key_id', 'email'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('customers', 'idx_customers_api_key_email');
    await queryRunner.dropColumn('customers', 'created_by_api_key_id');
  }
}
