import { isUUID } from 'class-validator';
import { DateTime } from 'luxon';
import { ValidationFailedError } from '../errors/domain-error';
import { isInstantInRange } from '../time/instant';

/** Position in a list ordered by (createdAt DESC, id DESC). */
export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(position) || position.length !== 2) throw new Error('bad cursor');
    const [createdAt, id] = position as unknown[];
    // What encodeCursor wrote: an ISO instant and a UUID. Anything else (a number, a date out of
    // range, a non-UUID id) would reach PostgreSQL's columns and fail as a 500.
    if (typeof createdAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(createdAt) || !isUUID(id)) throw new Error('bad cursor');
    const date = new Date(createdAt);
    if (!isInstantInRange(date)) throw new Error('bad cursor');
    return { createdAt: date, id: id as string };
  } catch {
    throw new ValidationFailedError([{ field: 'cursor', message: 'cursor is not a value returned as nextCursor' }]);
  }
}

/** Position in a list ordered by (date ASC, createdAt ASC, id ASC): e.g. work by due date, oldest first. */
export interface DatedKeysetPosition extends KeysetPosition {
  /** `YYYY-MM-DD`. */
  date: string;
}

export function encodeDatedCursor(position: DatedKeysetPosition): string {
  return Buffer.from(JSON.stringify([position.date, position.createdAt.toISOString(), position.id])).toString('base64url');
}

/** As `decodeCursor`, with the leading calendar date; anything else is a 400 naming cursor. */
export function decodeDatedCursor(cursor: string): DatedKeysetPosition {
  const invalid = new ValidationFailedError([{ field: 'cursor', message: 'cursor is not a value returned as nextCursor' }]);
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(position) || position.length !== 3) throw invalid;
  const [date, ...rest] = position as unknown[];
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date, { zone: 'utc' }).isValid) throw invalid;
  return { date, ...decodeCursor(Buffer.from(JSON.stringify(rest)).toString('base64url')) };
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Rows were fetched with `limit + 1`; the extra row only says whether another page exists. */
export function toPage<Row extends KeysetPosition, Item>(rows: Row[], limit: number, map: (row: Row) => Item): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(map),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
