import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Locks the rows a query reads until the transaction ends (FOR UPDATE) on PostgreSQL, so
 * two concurrent changes to them cannot interleave. SQLite has no row locks and needs
 * none: UnitOfWork runs its write transactions one at a time, holding the write lock.
 */
export function lockedForUpdate<Entity extends ObjectLiteral>(query: SelectQueryBuilder<Entity>): SelectQueryBuilder<Entity> {
  return query.connection.options.type === 'postgres' ? query.setLock('pessimistic_write') : query;
}
