import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/** What the engineer reported on completing a task (odometer, notes); null until then, and when nothing was reported. */
export class AddServiceCompletion1764066600000 implements MigrationInterface {
  name = 'AddServiceCompletion1764066600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.addColumn('services', new TableColumn({ name: 'completion_report', type: types.json, isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('services', 'completion_report');
  }
}
