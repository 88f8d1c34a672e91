import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/**
 * Refresh tokens and API keys of the Auth module. Only SHA-256 digests of the secrets are
 * stored. user ids carry no foreign key: the users table belongs to the Users module.
 */
export class CreateAuthCredentials1764065410000 implements MigrationInterface {
  name = 'CreateAuthCredentials1764065410000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'refresh_tokens',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'user_id', type: types.uuid },
          // Every token rotated from one login shares the family, so reuse revokes them all.
          { name: 'family_id', type: types.uuid },
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'user_token_version', type: 'integer' },
          { name: 'expires_at', type: types.instant },
          { name: 'revoked_at', type: types.instant, isNullable: true },
          { name: 'created_at', type: types.instant },
        ],
      }),
    );
    await queryRunner.createIndices('refresh_tokens', [
      new TableIndex({ name: 'uq_refresh_tokens_hash', columnNames: ['token_hash'], isUnique: true }),
      new TableIndex({ name: 'idx_refresh_tokens_family', columnNames: ['family_id'] }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          // The first characters of the key, shown so an admin can tell keys apart.
          { name: 'key_prefix', type: 'varchar', length: '16' },
          { name: 'key_hash', type: 'varchar', length: '64' },
          { name: 'created_by', type: types.uuid },
          { name: 'revoked_at', type: types.instant, isNullable: true },
          { name: 'created_at', type: types.instant },
          { name: 'updated_at', type: types.instant },
        ],
      }),
    );
    await queryRunner.createIndex('api_keys', new TableIndex({ name: 'uq_api_keys_hash', columnNames: ['key_hash'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
    await queryRunner.dropTable('refresh_tokens');
  }
}
