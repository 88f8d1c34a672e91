import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/**
 * Each engineer's calendar subscription: the secret in the feed's URL. Calendar apps cannot
 * send an Authorization header, so the URL itself is the credential; rotating replaces it.
 */
export class CreateCalendarFeeds1764067900000 implements MigrationInterface {
  name = 'CreateCalendarFeeds1764067900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'calendar_feeds',
        columns: [
          { name: 'engineer_id', type: types.uuid, isPrimary: true },
          { name: 'token', type: 'varchar', length: '64', isNullable: false },
          { name: 'created_at', type: types.instant, isNullable: false },
        ],
        indices: [{ name: 'uq_calendar_feeds_token', columnNames: ['token'], isUnique: true }],
        foreignKeys: [{ name: 'fk_calendar_feeds_engineer', columnNames: ['engineer_id'], referencedTableName: 'engineers', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('calendar_feeds');
  }
}
