import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import { PoolClient } from './pg-client';

export interface DatabaseSettings {
  url?: string;
  path: string;
  logging: boolean;
  /** PostgreSQL: how long to wait for a connection, a new one or one from the pool. Default 3 s. */
  connectTimeoutMs?: number;
  /** SQLite: how long a write waits for another connection's write lock. Default 5 s. */
  busyTimeoutMs?: number;
  /**
   * PostgreSQL `statement_timeout` and `lock_timeout`, for the server's requests. Unset: no
   * limit, as for the migration CLI, whose schema changes may take longer than a request.
   */
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
  /** PostgreSQL: how many statements each connection keeps prepared (`PoolClient`). Unset: none, as for the migration CLI. */
  preparedStatements?: number;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;
/**
 * How much longer than `statement_timeout` the client waits for an answer before it gives up
 * on the connection: PostgreSQL's own cancellation arrives first unless the network or the
 * server is frozen.
 */
export const QUERY_TIMEOUT_MARGIN_MS = 1_000;

/** pg's pool and connection settings: none of its waits is unbounded when a timeout is set. */
function postgresPoolOptions(settings: DatabaseSettings): Record<string, unknown> {
  const extra: Record<string, unknown> = {
    max: 10,
    Client: PoolClient,
    // Covers opening a connection and waiting for a free one in the pool.
    connectionTimeoutMillis: settings.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    // A peer that vanished without closing (host down) is noticed on idle connections too.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    preparedStatements: settings.preparedStatements ?? 0,
  };
  if (settings.statementTimeoutMs) {
    extra.statement_timeout = settings.statementTimeoutMs;
    extra.query_timeout = settings.statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS;
  }
  if (settings.lockTimeoutMs) extra.lock_timeout = settings.lockTimeoutMs;
  return extra;
}

/**
 * PostgreSQL when a URL is given, the embedded SQLite file otherwise. Schema changes come
 * only from the migrations — `synchronize` stays off everywhere, tests included.
 */
export function buildDataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  const common = {
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: settings.logging,
  } as const;

  if (settings.url) {
    return { ...common, type: 'postgres', url: settings.url, extra: postgresPoolOptions(settings) };
  }

  const database = settings.path === ':memory:' ? settings.path : resolve(settings.path);
  if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database,
    enableWAL: true,
    // better-sqlite3 waits for the lock synchronously: the whole process waits with it.
    timeout: settings.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    prepareDatabase: (db: { pragma(statement: string): unknown }) => {
      db.pragma('foreign_keys = ON');
    },
  };
}

function milliseconds(value: string | undefined): number | undefined {
  return value === undefined || value === '' ? undefined : Number(value);
}

/**
 * The settings of the migration CLI (`npm run migration:run`): the server's connect and SQLite
 * busy timeouts, but no statement or lock timeout.
 */
export function databaseSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  return {
    url: env.DATABASE_URL || undefined,
    path: env.DATABASE_PATH ?? './data/vision.sqlite',
    logging: env.DATABASE_LOGGING === 'true',
    connectTimeoutMs: milliseconds(env.DATABASE_CONNECT_TIMEOUT_MS),
    busyTimeoutMs: milliseconds(env.DATABASE_BUSY_TIMEOUT_MS),
  };
}
