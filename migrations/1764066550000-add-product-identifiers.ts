import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/** The identifiers a fitted unit of a product needs (`imei`, `iccid`, `serial`): none for existing products. */
export class AddProductIdentifiers1764066550000 implements MigrationInterface {
  name = 'AddProductIdentifiers1764066550000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.addColumn('products', new TableColumn({ name: 'identifiers', type: types.json, isNullable: false, default: "'[]'" }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('products', 'identifiers');
  }
}
