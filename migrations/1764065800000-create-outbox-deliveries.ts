import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

const STATUSES = "'pending', 'delivered', 'failed'";

/**
 * Delivery per listener, in order within an aggregate. Events gain their aggregate and a
 * sequence number in it; attempts, errors and leases move to one delivery row per listener.
 * Events written before have no known aggregate: each becomes its own ("legacy", id, 1), and
 * the one still undelivered kind that has a listener today (order.placed) gets its delivery.
 */
export class CreateOutboxDeliveries1764065800000 implements MigrationInterface {
  name = 'CreateOutboxDeliveries1764065800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'outbox_events_next',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'event_name', type: 'varchar', length: '100' },
          { name: 'aggregate_type', type: 'varchar', length: '50' },
          { name: 'aggregate_id', type: 'varchar', length: '64' },
          { name: 'sequence', type: 'integer' },
          { name: 'payload', type: types.json },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'delivered_at', type: types.instant, isNullable: true },
          { name: 'created_at', type: types.instant },
        ],
        checks: [{ name: 'chk_outbox_events_status', expression: `status IN (${STATUSES})` }],
      }),
    );
    await queryRunner.query(
      `INSERT INTO "outbox_events_next" ("id", "event_name", "aggregate_type", "aggregate_id", "sequence", "payload", "status", "delivered_at", "created_at")` +
        ` SELECT "id", "event_name", 'legacy', CAST("id" AS varchar(64)), 1, "payload", "status", "delivered_at", "created_at" FROM "outbox_events"`,
    );
    await queryRunner.createTable(
      new Table({
        name: 'outbox_deliveries',
        columns: [
          { name: 'event_id', type: types.uuid, isPrimary: true },
          { name: 'listener', type: 'varchar', length: '150', isPrimary: true },
          { name: 'aggregate_type', type: 'varchar', length: '50' },
          { name: 'aggregate_id', type: 'varchar', length: '64' },
          { name: 'sequence', type: 'integer' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer' },
          { name: 'last_error', type: 'text', isNullable: true },
          { name: 'next_attempt_at', type: types.instant },
          { name: 'locked_until', type: types.instant, isNullable: true },
          { name: 'delivered_at', type: types.instant, isNullable: true },
        ],
        checks: [{ name: 'chk_outbox_deliveries_status', expression: `status IN (${STATUSES})` }],
      }),
    );
    await queryRunner.query(
      `INSERT INTO "outbox_deliveries" ("event_id", "listener", "aggregate_type", "aggregate_id", "sequence", "status", "attempts", "last_error", "next_attempt_at")` +
        ` SELECT "id", 'CreateInstallationTaskListener.handle', 'legacy', CAST("id" AS varchar(64)), 1, "status", "attempts", "last_error", "next_attempt_at"` +
        ` FROM "outbox_events" WHERE "status" <> 'delivered' AND "event_name" = 'order.placed'`,
    );
    await queryRunner.query(`UPDATE "outbox_events_next" SET "status" = 'delivered', "delivered_at" = "created_at" WHERE "status" <> 'delivered' AND "event_name" <> 'order.placed'`);
    await queryRunner.dropTable('outbox_events');
    await queryRunner.renameTable('outbox_events_next', 'outbox_events');
    await queryRunner.createIndex('outbox_events', new TableIndex({ name: 'uq_outbox_events_aggregate_sequence', columnNames: ['aggregate_type', 'aggregate_id', 'sequence'], isUnique: true }));
    await queryRunner.createIndex('outbox_events', new TableIndex({ name: 'idx_outbox_events_status_created', columnNames: ['status', 'created_at', 'id'] }));
    await queryRunner.createForeignKey(
      'outbox_deliveries',
      new TableForeignKey({
        name: 'fk_outbox_deliveries_event',
        columnNames: ['event_id'],
        referencedTableName: 'outbox_events',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      }),
    );
    await queryRunner.createIndex('outbox_deliveries', new TableIndex({ name: 'idx_outbox_deliveries_due', columnNames: ['status', 'next_attempt_at'] }));
    await queryRunner.createIndex(
      'outbox_deliveries',
      new TableIndex({ name: 'idx_outbox_deliveries_aggregate', columnNames: ['aggregate_type', 'aggregate_id', 'sequence'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'outbox_events_previous',
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
        checks: [{ name: 'chk_outbox_events_status', expression: `status IN (${STATUSES})` }],
      }),
    );
    await queryRunner.query(
      `INSERT INTO "outbox_events_previous" ("id", "event_name", "payload", "status", "attempts", "next_attempt_at", "delivered_at", "created_at")` +
        ` SELECT "id", "event_name", "payload", "status", 0, "created_at", "delivered_at", "created_at" FROM "outbox_events"`,
    );
    await queryRunner.dropTable('outbox_deliveries');
    await queryRunner.dropTable('outbox_events');
    await queryRunner.renameTable('outbox_events_previous', 'outbox_events');
    await queryRunner.createIndex('outbox_events', new TableIndex({ name: 'idx_outbox_events_due', columnNames: ['status', 'next_attempt_at'] }));
  }
}
