import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

const NAME = { name: 'name', type: 'varchar', length: '120' };

/**
 * Users get a name, so audit trails and the dispatcher's list of colleagues read as people,
 * not ids. Existing users are named after their e-mail's local part until an admin renames them.
 */
export class AddUserNames1764067500000 implements MigrationInterface {
  name = 'AddUserNames1764067500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('users', new TableColumn({ ...NAME, isNullable: true }));
    const localPart =
      queryRunner.connection.options.type === 'postgres' ? "split_part(email, '@', 1)" : "substr(email, 1, instr(email, '@') - 1)";
    await queryRunner.query(`UPDATE "users" SET "name" = ${localPart}`);
    await queryRunner.changeColumn('users', 'name', new TableColumn({ ...NAME, isNullable: false }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('users', 'name');
  }
}
