import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor } from './cursor';

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
    const position = decodeCursor(page.cursor);
    query.andWhere(
      `(${alias}.createdAt < :cursorCreatedAt OR (${alias}.createdAt = :cursorCreatedAt AND ${alias}.id < :cursorId))`,
      { cursorCreatedAt: position.createdAt, cursorId: position.id },
    );
  }
  return query
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(page.limit + 1);
}
