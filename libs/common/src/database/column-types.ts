import { ColumnOptions } from 'typeorm';

/**
 * Entity decorators run when their file is imported, before any Nest config exists, so
 * the driver is read from the environment here: PostgreSQL when DATABASE_URL is set,
 * otherwise the embedded SQLite. The two disagree on timestamp, uuid and json types.
 */
export function isPostgres(): boolean {
  return Boolean(process.env.DATABASE_URL);
}

/** An instant, stored in UTC on both drivers. */
export function instantColumn(options: ColumnOptions = {}): ColumnOptions {
  return { type: isPostgres() ? 'timestamptz' : 'datetime', ...options };
}

export function uuidColumn(options: ColumnOptions = {}): ColumnOptions {
  return isPostgres() ? { type: 'uuid', ...options } : { type: 'varchar', length: 36, ...options };
}

export function jsonColumn(options: ColumnOptions = {}): ColumnOptions {
  return { type: isPostgres() ? 'jsonb' : 'simple-json', ...options };
}

/** Column types for the QueryRunner Table API, used by migrations on either driver. */
export function migrationColumnTypes(driver: string) {
  const postgres = driver === 'postgres';
  return {
    uuid: postgres ? 'uuid' : 'varchar(36)',
    instant: postgres ? 'timestamptz' : 'datetime',
    json: postgres ? 'jsonb' : 'text',
  };
}
