import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export interface TestDatabase {
  /** Environment the app under test must see. */
  env: Record<string, string | undefined>;
  drop(): Promise<void>;
}

/** Refuses anything that does not look like a throwaway test server database. */
function assertTestDatabase(url: URL): void {
  const name = url.pathname.replace(/^\//, '');
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to run e2e tests against database "${name}": its name must contain "test"`);
  }
}

async function adminQuery(url: URL, sql: string): Promise<void> {
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, uniquely named database for one test file: a new PostgreSQL database when
 * E2E_DATABASE_URL is set (dropped afterwards), otherwise a new SQLite file.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const baseUrl = process.env.E2E_DATABASE_URL;
  if (!baseUrl) {
    const path = join(tmpdir(), `vision-e2e-${suffix}.sqlite`);
    return {
      env: { DATABASE_URL: undefined, DATABASE_PATH: path },
      drop: async () => {
        for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
      },
    };
  }

  const admin = new URL(baseUrl);
  assertTestDatabase(admin);
  const name = `${admin.pathname.replace(/^\//, '')}_e2e_${suffix}`.toLowerCase();
  await adminQuery(admin, `CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: () => adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
