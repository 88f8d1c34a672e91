import { ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Inserts the rows a chunk of `rowsPerInsert` at a time: one INSERT of a long list (a fleet
 * order's lines, a long name's suffixes) would pass SQLite's or PostgreSQL's bound-parameter limit.
 */
export async function insertInChunks<Entity extends ObjectLiteral>(
  repository: Repository<Entity>,
  rows: readonly QueryDeepPartialEntity<Entity>[],
  rowsPerInsert: number,
): Promise<void> {
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    await repository.insert(rows.slice(start, start + rowsPerInsert));
  }
}
