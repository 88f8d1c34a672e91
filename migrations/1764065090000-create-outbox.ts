import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

export class CreateOutbox1764065090000 implements MigrationInterface {
  name = 'CreateOutbox1764065090000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'outbox_events',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'event_name', type: 'varchar', length: '100' },
          { name: 'payload', type: types.json },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'last_error', type: 'text', isNullable: true },
          { name: 'next_attempt_at', type: types.instant },
          { name: 'locked_until', type: types.instant, isNullable: true },
          { name: 'delivered_at', type: types.instant, isNullable: true },
          { name: 'created_at', type: types.instant },
        ],
        checks: [{ name: 'chk_outbox_events_status', expression: "status IN ('pending', 'delivered', 'failed')" }],
      }),
    );
    await queryRunner.createIndex(
      'outbox_events',
      new TableIndex({ name: 'idx_outbox_events_due', columnNames: ['status', 'next_attempt_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox_events');
  }
}
