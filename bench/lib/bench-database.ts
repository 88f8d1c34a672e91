import { Client } from 'pg';

export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/bench_vision';

export function benchDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.BENCH_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL;
}

/** Full scale uses BENCH_DATABASE_URL as given; other scales a sibling database, so a quick run never replaces the big one. */
export function benchDatabaseFor(scaleOfData: number, env: NodeJS.ProcessEnv = process.env): string {
  const url = benchDatabaseUrl(env);
  return scaleOfData === 1 ? url : withDatabaseName(url, `${databaseNameOf(url)}_s${String(scaleOfData).replace('.', '_')}`);
}

/** The same server and credentials, another database (the small-scale copy, or `postgres`). */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

function assertBenchName(name: string): void {
  // The seed drops the database it is given: refuse anything that is not obviously a bench database.
  if (!/^bench[a-z0-9_]*$/.test(name)) throw new Error(`Refusing to use database "${name}": bench database names start with "bench"`);
}

/** Runs `work` on a connection to the server's `postgres` database, for creating and dropping databases. */
export async function withMaintenanceClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabaseName(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops and creates the database, so every seed starts from the migrations alone. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url);
  assertBenchName(name);
  await withMaintenanceClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

/** What the seed recorded on the database (scale, schema), or null when it does not exist or was never completed. */
export async function readSeedStamp(url: string): Promise<SeedStamp | null> {
  const name = databaseNameOf(url);
  return withMaintenanceClient(url, async (client) => {
    const { rows } = await client.query<{ comment: string | null }>(
      'SELECT shobj_description(oid, $2) AS comment FROM pg_database WHERE datname = $1',
      [name, 'pg_database'],
    );
    const comment = rows[0]?.comment;
    if (!comment) return null;
    try {
      return JSON.parse(comment) as SeedStamp;
    } catch {
      return null;
    }
  });
}

export interface SeedStamp {
  scale: number;
  migrations: string[];
  seededAt: string;
  counts: Record<string, number>;
}

/** Written last: a seed that died half-way leaves no stamp and is redone. */
export async function writeSeedStamp(client: Client, url: string, stamp: SeedStamp): Promise<void> {
  const literal = JSON.stringify(stamp).replace(/'/g, "''");
  await client.query(`COMMENT ON DATABASE "${databaseNameOf(url)}" IS '${literal}'`);
}
