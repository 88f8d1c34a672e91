import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Deletes at most `limit` rows of `entity` that match `where` (a condition on the alias
 * `due`, e.g. `due.createdAt < :cutoff`) in one statement, and answers how many it deleted.
 * Run it in the caller's unit of work, one batch per transaction.
 *
 * Safe with several instances without a lock: a row is due whichever instance looks, and
 * deleting it twice deletes it once, so runs that overlap only share the work. On PostgreSQL
 * the batch is chosen `FOR UPDATE SKIP LOCKED`, so an instance passes over the rows another
 * one is deleting instead of waiting for them; SQLite runs one write transaction at a time.
 */
export async function deleteDueRows<Entity extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Entity>,
  where: string,
  parameters: ObjectLiteral,
  limit: number,
): Promise<number> {
  const [key, ...rest] = manager.connection.getMetadata(entity).primaryColumns;
  if (!key || rest.length > 0) throw new TypeError('deleteDueRows needs a single-column primary key');
  const due = manager.createQueryBuilder(entity, 'due').select(`due.${key.propertyName}`).where(where, parameters).limit(limit);
  if (manager.connection.options.type === 'postgres') due.setLock('pessimistic_write').setOnLocked('skip_locked');
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(entity)
    .where(`${manager.connection.driver.escape(key.databaseName)} IN (${due.getQuery()})`)
    .setParameters(due.getParameters())
    .execute();
  return result.affected ?? 0;
}
