import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, QueryFailedError } from 'typeorm';
import { UnitOfWork } from './unit-of-work';

describe('UnitOfWork on SQLite', () => {
  const path = join(tmpdir(), `unit-of-work-${process.pid}.sqlite`);
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;
  /** Stands for another process: its own connection to the same file, which does not wait for locks. */
  let otherProcess: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'better-sqlite3', database: path, enableWAL: true, migrationsTableName: 'migrations' });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE "migrations" (id integer PRIMARY KEY)');
    await dataSource.query('CREATE TABLE jobs (id integer PRIMARY KEY, name text)');
    unitOfWork = new UnitOfWork(dataSource);
    otherProcess = new DataSource({ type: 'better-sqlite3', database: path, timeout: 0 });
    await otherProcess.initialize();
  });

  afterAll(async () => {
    await otherProcess.destroy();
    await dataSource.destroy();
    for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
  });

  async function otherProcessCanWrite(): Promise<boolean> {
    try {
      await otherProcess.query('BEGIN IMMEDIATE');
      await otherProcess.query('ROLLBACK');
      return true;
    } catch (error) {
      if (!(error instanceof QueryFailedError) || (error.driverError as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      return false;
    }
  }

  it('holds the write lock from the start of the transaction, before its first read', async () => {
    expect(await unitOfWork.run(() => otherProcessCanWrite())).toBe(false);
    expect(await otherProcessCanWrite()).toBe(true);
  });

  it('runs overlapping transactions of this process one after another and commits each', async () => {
    const names = ['a', 'b', 'c'];
    await Promise.all(
      names.map((name) =>
        unitOfWork.run(async (manager) => {
          const [{ count }] = await manager.query('SELECT COUNT(*) AS count FROM jobs');
          await manager.query('INSERT INTO jobs (id, name) VALUES (?, ?)', [count + 1, name]);
        }),
      ),
    );
    expect(await dataSource.query('SELECT id, name FROM jobs ORDER BY id')).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
      { id: 3, name: 'c' },
    ]);
  });

  it('rolls back a failed transaction and keeps serving the next one', async () => {
    await expect(
      unitOfWork.run(async (manager) => {
        await manager.query("INSERT INTO jobs (id, name) VALUES (10, 'lost')");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await unitOfWork.run((manager) => manager.query("INSERT INTO jobs (id, name) VALUES (11, 'kept')"));
    expect(await dataSource.query('SELECT name FROM jobs WHERE id >= 10')).toEqual([{ name: 'kept' }]);
  });
});
