import { ConfigType, registerAs } from '@nestjs/config';

export const databaseConfig = registerAs('database', () => ({
  url: process.env.DATABASE_URL || undefined,
  path: process.env.DATABASE_PATH ?? './data/vision.sqlite',
  logging: process.env.DATABASE_LOGGING === 'true',
  /** PostgreSQL: waiting for a connection, new or pooled. */
  connectTimeoutMs: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 3000),
  /** PostgreSQL `statement_timeout`; the client gives a frozen connection up a second later. */
  statementTimeoutMs: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 10000),
  /** PostgreSQL `lock_timeout`: waiting for a row or advisory lock. */
  lockTimeoutMs: Number(process.env.DATABASE_LOCK_TIMEOUT_MS ?? 5000),
  /** PostgreSQL: statements each connection keeps prepared; 0 for a pooler that cannot keep them (PgBouncer before 1.21 in transaction mode). */
  preparedStatements: Number(process.env.DATABASE_PREPARED_STATEMENTS ?? 200),
  /** SQLite: a write waiting for another connection's write lock. */
  busyTimeoutMs: Number(process.env.DATABASE_BUSY_TIMEOUT_MS ?? 5000),
}));

export type DatabaseConfig = ConfigType<typeof databaseConfig>;
