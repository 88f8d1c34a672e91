import { QueryFailedError } from 'typeorm';

interface DriverError {
  code?: string;
  constraint?: string;
  message?: string;
}

function driverError(error: unknown): DriverError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  return error.driverError as DriverError;
}

/** PostgreSQL 23505 or SQLite's UNIQUE constraint failure. */
export function isUniqueViolation(error: unknown): boolean {
  const cause = driverError(error);
  return cause?.code === '23505' || cause?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** PostgreSQL 23P01: an EXCLUDE constraint (e.g. overlapping bookings) refused the row. */
export function isExclusionViolation(error: unknown): boolean {
  return driverError(error)?.code === '23P01';
}

/** The name of the violated constraint (PostgreSQL) or the column list SQLite reports. */
export function violatedConstraint(error: unknown): string {
  const cause = driverError(error);
  return cause?.constraint ?? cause?.message ?? '';
}

/**
 * PostgreSQL SQLSTATEs that say the database could not do the work now, not that the work is
 * wrong: class 08 (connection exception) is matched by its prefix.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57014', // query_canceled: statement_timeout
  '55P03', // lock_not_available: lock_timeout, NOWAIT
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, in recovery
  '53300', // too_many_connections
]);

/** Node's socket errors: the database host refuses, resets, cannot be reached or resolved. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * What pg and pg-pool throw, without a code, when a connection cannot be had or was lost: the
 * connection or pool timeouts, a connection closed under a query (by the server, the network,
 * a read timeout or the shutdown), and a pool already closed.
 */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // …unexpectedly, …due to connection timeout, or closed by us
  /^timeout exceeded when trying to connect$/,
  /^timeout expired$/,
  /^Query read timeout$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
];

function isUnavailableCause(error: { code?: unknown; message?: unknown }): boolean {
  const { code, message } = error;
  if (typeof code === 'string') {
    // SQLite: another connection held the write lock past the busy timeout (SQLITE_BUSY and
    // its extended codes: _SNAPSHOT, _RECOVERY, _TIMEOUT).
    if (code.startsWith('SQLITE_BUSY')) return true;
    if (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
  }
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * The database is down, did not answer in time or was locked past the limit: worth retrying
 * later, and never the caller's fault. Looks through TypeORM's QueryFailedError (a failed
 * query), pg's errors thrown while acquiring a connection, their `cause` and the errors of an
 * AggregateError (a connection attempt to each of a host's addresses).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const candidate = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  const driver = driverError(error);
  if (driver && isUnavailableCause(driver)) return true;
  if (isUnavailableCause(candidate)) return true;
  if (candidate.cause !== undefined && isDatabaseUnavailable(candidate.cause, depth + 1)) return true;
  return Array.isArray(candidate.errors) && candidate.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
