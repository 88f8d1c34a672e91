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
