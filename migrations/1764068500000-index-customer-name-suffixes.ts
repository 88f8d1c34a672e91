import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';
import { NAME_SUFFIX_LENGTH, nameSuffixes } from '../src/modules/customers/customer-name-suffixes';

/** Customers read per batch while the suffixes of existing names are written. */
const BACKFILL_BATCH = 500;
/** Rows per INSERT: three parameters each, well inside both drivers' bound-parameter limits. */
const ROWS_PER_INSERT = 300;

/**
 * Name search through an index range of the names' suffixes (customer-name-suffixes.ts) in
 * place of the name's trigram index, whose cost grows with how common the name's trigrams are.
 * Existing names are written in the app's own lower-casing, which search text uses too.
 */
export class IndexCustomerNameSuffixes1764068500000 implements MigrationInterface {
  name = 'IndexCustomerNameSuffixes1764068500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'customer_name_suffixes',
        columns: [
          { name: 'customer_id', type: types.uuid, isPrimary: true },
          // Bytewise on PostgreSQL, as SQLite's default is: the suffixes starting with a text are then one index range.
          { name: 'suffix', type: 'varchar', length: String(NAME_SUFFIX_LENGTH), isPrimary: true, ...(postgres ? { collation: 'C' } : {}) },
          { name: 'customer_created_at', type: types.instant, isNullable: false },
        ],
        indices: [{ name: 'idx_customer_name_suffixes_suffix', columnNames: ['suffix', 'customer_created_at', 'customer_id'] }],
        foreignKeys: [
          { name: 'fk_customer_name_suffixes_customer', columnNames: ['customer_id'], referencedTableName: 'customers', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
    );
    await backfill(queryRunner, postgres);
    if (postgres) await queryRunner.query('DROP INDEX "idx_customers_name_trgm"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query('CREATE INDEX "idx_customers_name_trgm" ON "customers" USING gin (lower("name") gin_trgm_ops)');
    }
    await queryRunner.dropTable('customer_name_suffixes');
  }
}

async function backfill(queryRunner: QueryRunner, postgres: boolean): Promise<void> {
  const placeholder = (index: number) => (postgres ? `$${index}` : '?');
  let after: string | undefined;
  for (;;) {
    const customers = (await queryRunner.query(
      `SELECT "id", "name", "created_at" FROM "customers"${after ? ` WHERE "id" > ${placeholder(1)}` : ''} ORDER BY "id" LIMIT ${BACKFILL_BATCH}`,
      after ? [after] : [],
    )) as Array<{ id: string; name: string; created_at: unknown }>;
    if (customers.length === 0) return;
    // The instant is written back as the driver read it, so it is stored exactly as the customer's.
    const rows = customers.flatMap((customer) => nameSuffixes(customer.name).map((suffix) => [customer.id, suffix, customer.created_at]));
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const chunk = rows.slice(start, start + ROWS_PER_INSERT);
      const values = chunk.map((_, row) => `(${[1, 2, 3].map((column) => placeholder(row * 3 + column)).join(', ')})`).join(', ');
      await queryRunner.query(`INSERT INTO "customer_name_suffixes" ("customer_id", "suffix", "customer_created_at") VALUES ${values}`, chunk.flat());
    }
    after = customers[customers.length - 1]!.id;
  }
}
