import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

const STATUSES = ['pending', 'delivered', 'failed'].map((status) => `'${status}'`).join(', ');

/**
 * Webhooks (issue 16): the endpoints that receive them, one message per event and endpoint,
 * and every attempt to send one. An API key's endpoints go with the key.
 */
export class CreateWebhooks1764068200000 implements MigrationInterface {
  name = 'CreateWebhooks1764068200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'webhook_endpoints',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'url', type: 'varchar', length: '2048', isNullable: false },
          { name: 'description', type: 'varchar', length: '500', isNullable: true },
          { name: 'events', type: types.json, isNullable: false },
          { name: 'owner_api_key_id', type: types.uuid, isNullable: true },
          { name: 'enabled', type: 'boolean', isNullable: false },
          { name: 'disabled_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'disabled_at', type: types.instant, isNullable: true },
          { name: 'secret_sealed', type: 'varchar', length: '200', isNullable: false },
          { name: 'previous_secret_sealed', type: 'varchar', length: '200', isNullable: true },
          { name: 'previous_secret_expires_at', type: types.instant, isNullable: true },
          { name: 'last_success_at', type: types.instant, isNullable: true },
          { name: 'created_at', type: types.instant, isNullable: false },
          { name: 'updated_at', type: types.instant, isNullable: false },
        ],
        indices: [
          { name: 'idx_webhook_endpoints_created', columnNames: ['created_at', 'id'] },
          { name: 'idx_webhook_endpoints_owner', columnNames: ['owner_api_key_id'] },
        ],
        foreignKeys: [
          { name: 'fk_webhook_endpoints_owner', columnNames: ['owner_api_key_id'], referencedTableName: 'api_keys', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webhook_messages',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'endpoint_id', type: types.uuid, isNullable: false },
          { name: 'event_id', type: types.uuid, isNullable: false },
          { name: 'event_type', type: 'varchar', length: '50', isNullable: false },
          { name: 'order_id', type: types.uuid, isNullable: false },
          { name: 'sequence', type: 'integer', isNullable: false },
          { name: 'body', type: 'text', isNullable: false },
          { name: 'status', type: 'varchar', length: '20', isNullable: false },
          { name: 'attempts', type: 'integer', isNullable: false },
          { name: 'total_attempts', type: 'integer', isNullable: false },
          { name: 'next_attempt_at', type: types.instant, isNullable: false },
          { name: 'locked_until', type: types.instant, isNullable: true },
          { name: 'delivered_at', type: types.instant, isNullable: true },
          { name: 'created_at', type: types.instant, isNullable: false },
          { name: 'updated_at', type: types.instant, isNullable: false },
        ],
        indices: [
          { name: 'uq_webhook_messages_endpoint_event', columnNames: ['endpoint_id', 'event_id'], isUnique: true },
          { name: 'uq_webhook_messages_endpoint_order_sequence', columnNames: ['endpoint_id', 'order_id', 'sequence'], isUnique: true },
          { name: 'idx_webhook_messages_endpoint_created', columnNames: ['endpoint_id', 'created_at', 'id'] },
          { name: 'idx_webhook_messages_due', columnNames: ['status', 'next_attempt_at'] },
        ],
        checks: [
          { name: 'chk_webhook_messages_status', expression: `status IN (${STATUSES})` },
          { name: 'chk_webhook_messages_attempts', expression: 'attempts >= 0 AND total_attempts >= attempts' },
        ],
        foreignKeys: [
          { name: 'fk_webhook_messages_endpoint', columnNames: ['endpoint_id'], referencedTableName: 'webhook_endpoints', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webhook_attempts',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'message_id', type: types.uuid, isNullable: false },
          { name: 'attempt', type: 'integer', isNullable: false },
          { name: 'status_code', type: 'integer', isNullable: true },
          { name: 'error', type: 'varchar', length: '1000', isNullable: true },
          { name: 'duration_ms', type: 'integer', isNullable: false },
          { name: 'attempted_at', type: types.instant, isNullable: false },
        ],
        indices: [{ name: 'idx_webhook_attempts_message', columnNames: ['message_id', 'attempt'] }],
        foreignKeys: [
          { name: 'fk_webhook_attempts_message', columnNames: ['message_id'], referencedTableName: 'webhook_messages', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('webhook_attempts');
    await queryRunner.dropTable('webhook_messages');
    await queryRunner.dropTable('webhook_endpoints');
  }
}
