import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The retention jobs select rows by age: idempotency keys by creation, refresh tokens by expiry.
 * Without these indexes every batch scanned its table, slow on a first large backlog.
 */
export class IndexRetentionCutoffs1764065900000 implements MigrationInterface {
  name = 'IndexRetentionCutoffs1764065900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('order_idempotency_keys', new TableIndex({ name: 'idx_order_idempotency_keys_created', columnNames: ['created_at'] }));
    await queryRunner.createIndex('refresh_tokens', new TableIndex({ name: 'idx_refresh_tokens_expires', columnNames: ['expires_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('refresh_tokens', 'idx_refresh_tokens_expires');
    await queryRunner.dropIndex('order_idempotency_keys', 'idx_order_idempotency_keys_created');
  }
}
