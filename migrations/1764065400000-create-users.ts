import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/**
 * Users who sign in. engineer_id links an engineer's login to their engineer record; it has
 * no foreign key because the engineers table belongs to the Engineers module.
 */
export class CreateUsers1764065400000 implements MigrationInterface {
  name = 'CreateUsers1764065400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'engineer_id', type: types.uuid, isNullable: true },
          { name: 'active', type: 'boolean' },
          // Bumped to end every session of the user: tokens carry the version they were issued under.
          { name: 'token_version', type: 'integer' },
          { name: 'created_at', type: types.instant },
          { name: 'updated_at', type: types.instant },
        ],
        checks: [
          { name: 'chk_users_role', expression: "role IN ('admin', 'dispatcher', 'engineer')" },
          // An engineer's login always acts for one engineer; staff logins for none.
          { name: 'chk_users_engineer_link', expression: "(role = 'engineer') = (engineer_id IS NOT NULL)" },
        ],
      }),
    );
    await queryRunner.createIndices('users', [
      // E-mails are stored lower-cased, so this makes them unique regardless of case.
      new TableIndex({ name: 'uq_users_email', columnNames: ['email'], isUnique: true }),
      new TableIndex({ name: 'uq_users_engineer', columnNames: ['engineer_id'], isUnique: true }),
      new TableIndex({ name: 'idx_users_created_at_id', columnNames: ['created_at', 'id'] }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('users');
  }
}
