import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * A LIKE pattern for "contains `text`", lower-cased to be compared with LOWER(column):
 * PostgreSQL's LIKE is case-sensitive while SQLite's is not, so both sides are lowered.
 * The wildcards % and _ and the escape character itself are escaped, so input matches literally.
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Keeps rows where any of the given properties contains `text`, ignoring case on both
 * databases. On PostgreSQL an index lookup where the table has a trigram index on
 * `lower(column)` (engineers and customers do: migration IndexSearch1764067700000), else a scan.
 */
export function applyTextSearch<Entity extends ObjectLiteral>(
  query: SelectQueryBuilder<Entity>,
  properties: readonly string[],
  text: string,
): SelectQueryBuilder<Entity> {
  const alias = query.alias;
  const anyContains = properties.map((property) => `LOWER(${alias}.${property}) LIKE :textSearch ESCAPE '\\'`).join(' OR ');
  return query.andWhere(`(${anyContains})`, { textSearch: containsPattern(text) });
}
