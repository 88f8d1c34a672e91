import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

type ColumnTypes = ReturnType<typeof migrationColumnTypes>;

function engineerForeignKey(table: string) {
  return {
    name: `fk_${table}_engineer`,
    columnNames: ['engineer_id'],
    referencedTableName: 'engineers',
    referencedColumnNames: ['id'],
    onDelete: 'CASCADE',
  };
}

function timestampColumns(types: ColumnTypes): TableColumnOptions[] {
  return [
    { name: 'created_at', type: types.instant, isNullable: false },
    { name: 'updated_at', type: types.instant, isNullable: false },
  ];
}

/**
 * Skills and areas are one value per row, keyed by (engineer, value), with an index led
 * by the value so "who covers SW1A" and "who fits dashcams" are index lookups.
 */
function engineerValueTable(types: ColumnTypes, name: string, valueColumn: string, length: number): Table {
  return new Table({
    name,
    columns: [
      { name: 'engineer_id', type: types.uuid, isPrimary: true },
      { name: valueColumn, type: 'varchar', length: String(length), isPrimary: true },
    ],
    indices: [{ name: `idx_${name}_${valueColumn}`, columnNames: [valueColumn, 'engineer_id'] }],
    foreignKeys: [engineerForeignKey(name)],
  });
}

export class CreateEngineers1764064900000 implements MigrationInterface {
  name = 'CreateEngineers1764064900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'engineers',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'name', type: 'varchar', length: '120', isNullable: false },
          { name: 'email', type: 'varchar', length: '254', isNullable: false },
          { name: 'phone', type: 'varchar', length: '32', isNullable: false },
          { name: 'working_hours', type: types.json, isNullable: true },
          { name: 'max_jobs_per_day', type: 'integer', isNullable: true },
          { name: 'active', type: 'boolean', isNullable: false },
          ...timestampColumns(types),
        ],
        indices: [
          // Emails are stored lower-case, so this is a case-insensitive uniqueness rule.
          { name: 'uq_engineers_email', columnNames: ['email'], isUnique: true },
          { name: 'idx_engineers_created_at_id', columnNames: ['created_at', 'id'] },
          // Serves the `active` filter and keeps the filtered list in keyset order.
          { name: 'idx_engineers_active_created_at_id', columnNames: ['active', 'created_at', 'id'] },
        ],
        checks: [{ name: 'chk_engineers_max_jobs_per_day', expression: 'max_jobs_per_day BETWEEN 1 AND 20' }],
      }),
    );
    await queryRunner.createTable(engineerValueTable(types, 'engineer_skills', 'skill', 40));
    await queryRunner.createTable(engineerValueTable(types, 'engineer_areas', 'area', 4));
    await queryRunner.createTable(
      new Table({
        name: 'engineer_time_off',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'engineer_id', type: types.uuid, isNullable: false },
          { name: 'start_at', type: types.instant, isNullable: false },
          { name: 'end_at', type: types.instant, isNullable: false },
          { name: 'reason', type: 'varchar', length: '200', isNullable: true },
          ...timestampColumns(types),
        ],
        indices: [{ name: 'idx_engineer_time_off_engineer_start', columnNames: ['engineer_id', 'start_at'] }],
        foreignKeys: [engineerForeignKey('engineer_time_off')],
        checks: [{ name: 'chk_engineer_time_off_period', expression: 'end_at > start_at' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['engineer_time_off', 'engineer_areas', 'engineer_skills', 'engineers']) {
      await queryRunner.dropTable(table);
    }
  }
}
