import { isUUID } from 'class-validator';
import { ValidationFailedError } from '../errors/domain-error';

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
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(createdAt);
    // Ids are UUIDs; anything else would reach PostgreSQL's uuid column and fail as a 500.
    if (!isUUID(id) || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { createdAt: date, id };
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
