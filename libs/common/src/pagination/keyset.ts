import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor } from './cursor';

/**
 * "Strictly after the cursor" in newest-first order, as one row-value comparison:
 * PostgreSQL and SQLite both turn `(created_at, id) < (…)` into a range on the
 * (created_at, id) index, so a page deep in the chain costs what the first page costs.
 * (The equivalent `created_at < c OR (created_at = c AND id < i)` is not a range: the
 * index is scanned from the newest row and every row up to the cursor is read.)
 */
export function keysetCondition(createdAtColumn: string, idColumn: string, cursor: string): { sql: string; parameters: ObjectLiteral } {
  const position = decodeCursor(cursor);
  return {
    sql: `(${createdAtColumn}, ${idColumn}) < (:cursorCreatedAt, :cursorId)`,
    parameters: { cursorCreatedAt: position.createdAt, cursorId: position.id },
  };
}

/**
 * Newest first, resuming strictly after the cursor. Fetches one extra row so `toPage`
 * can tell whether a next page exists. Relies on an index on (created_at, id).
 */
export function applyKeysetPage<Entity extends ObjectLiteral>(
  query: SelectQueryBuilder<Entity>,
  page: { limit: number; cursor?: string },
): SelectQueryBuilder<Entity> {
  const alias = query.alias;
  if (page.cursor) {
    const condition = keysetCondition(`${alias}.createdAt`, `${alias}.id`, page.cursor);
    query.andWhere(condition.sql, condition.parameters);
  }
  return query
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(page.limit + 1);
}
