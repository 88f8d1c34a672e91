import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../libs/common/src/testing';
import { migrations } from '../migrations';
import { buildDataSourceOptions } from '../src/database/data-source-options';

/** Every migration must apply, revert and apply again on the database under test. */
describe('Migrations (e2e)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(
      buildDataSourceOptions({
        url: database.env.DATABASE_URL,
        path: database.env.DATABASE_PATH ?? ':memory:',
        logging: false,
      }),
    );
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const tableNames = async (): Promise<string[]> => {
    const rows: Array<{ name: string }> =
      dataSource.options.type === 'postgres'
        ? await dataSource.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`)
        : await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
    return rows.map((row) => row.name).filter((name) => name !== 'migrations').sort();
  };

  it('goes up, all the way down, and up again', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((migration) => migration.name)).toEqual(migrations.map((migration) => migration.name));
    const schema = await tableNames();
    expect(schema).toEqual(expect.arrayContaining(['settings', 'engineers', 'products', 'customers', 'orders', 'services', 'outbox_events']));

    for (let step = 0; step < migrations.length; step += 1) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await tableNames()).toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tableNames()).toEqual(schema);
    const [settings] = await dataSource.query('SELECT timezone, currency FROM settings');
    expect(settings).toEqual({ timezone: 'Europe/London', currency: 'GBP' });
  });
});
