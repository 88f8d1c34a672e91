import { isUUID } from 'class-validator';
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
