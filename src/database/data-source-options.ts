import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';

export interface DatabaseSettings {
  url?: string;
  path: string;
  logging: boolean;
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
    return { ...common, type: 'postgres', url: settings.url, extra: { max: 10 } };
  }

  const database = settings.path === ':memory:' ? settings.path : resolve(settings.path);
  if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database,
    enableWAL: true,
    timeout: 10_000,
    prepareDatabase: (db: { pragma(statement: string): unknown }) => {
      db.pragma('foreign_keys = ON');
    },
  };
}

export function databaseSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  return {
    url: env.DATABASE_URL || undefined,
    path: env.DATABASE_PATH ?? './data/vision.sqlite',
    logging: env.DATABASE_LOGGING === 'true',
  };
}
