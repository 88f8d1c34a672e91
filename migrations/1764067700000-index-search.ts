import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { phoneDigits } from '../libs/common/src/contact/contact-phone';

const PHONE_DIGITS = { name: 'phone_digits', type: 'varchar', length: '32' };

/** Trigram indexes (PostgreSQL): what `q` searches as contained text, lower-cased as the queries compare it. */
const TRIGRAM_INDEXES = [
  { name: 'idx_customers_name_trgm', table: 'customers', expression: 'lower("name")' },
  { name: 'idx_customers_email_trgm', table: 'customers', expression: 'lower("email")' },
  { name: 'idx_customers_postcode_trgm', table: 'customers', expression: 'lower("address_postcode")' },
  { name: 'idx_customers_phone_digits_trgm', table: 'customers', expression: '"phone_digits"' },
  { name: 'idx_engineers_name_trgm', table: 'engineers', expression: 'lower("name")' },
  { name: 'idx_engineers_email_trgm', table: 'engineers', expression: 'lower("email")' },
  { name: 'idx_engineers_phone_trgm', table: 'engineers', expression: 'lower("phone")' },
];

/** Exact matches on normalised columns: an order's installation postcode, each ordered vehicle's registration. */
const EXACT_INDEXES = [
  { table: 'orders', index: new TableIndex({ name: 'idx_orders_address_postcode', columnNames: ['address_postcode'] }) },
  { table: 'order_vehicles', index: new TableIndex({ name: 'idx_order_vehicles_registration', columnNames: ['registration'] }) },
];

/**
 * Search (`q`) on orders, customers and engineers that stays an index lookup at scale. Customers
 * get `phone_digits`, their phone number's digits, so a number is found however it was spaced.
 */
export class IndexSearch1764067700000 implements MigrationInterface {
  name = 'IndexSearch1764067700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    await queryRunner.addColumn('customers', new TableColumn({ ...PHONE_DIGITS, isNullable: true }));
    if (postgres) {
      await queryRunner.query(`UPDATE "customers" SET "phone_digits" = regexp_replace("phone", '[^0-9]', '', 'g')`);
    } else {
      // SQLite has no regular expressions; its databases are development-sized.
      const rows = (await queryRunner.query('SELECT "id", "phone" FROM "customers"')) as Array<{ id: string; phone: string }>;
      for (const row of rows) await queryRunner.query('UPDATE "customers" SET "phone_digits" = ? WHERE "id" = ?', [phoneDigits(row.phone), row.id]);
    }
    await queryRunner.changeColumn('customers', 'phone_digits', new TableColumn({ ...PHONE_DIGITS, isNullable: false }));
    for (const { table, index } of EXACT_INDEXES) await queryRunner.createIndex(table, index);
    if (postgres) {
      await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      for (const { name, table, expression } of TRIGRAM_INDEXES) {
        await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" USING gin (${expression} gin_trgm_ops)`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The extension stays, as btree_gist does: it may have been there before, and other objects may use it.
    if (queryRunner.connection.options.type === 'postgres') {
      for (const { name } of TRIGRAM_INDEXES) await queryRunner.query(`DROP INDEX "${name}"`);
    }
    for (const { table, index } of EXACT_INDEXES) await queryRunner.dropIndex(table, index);
    await queryRunner.dropColumn('customers', 'phone_digits');
  }
}
