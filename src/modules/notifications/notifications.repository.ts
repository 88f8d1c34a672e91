import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, In } from 'typeorm';
import { NotificationEntity } from './entities/notification.entity';

export interface NotificationClaim {
  now: Date;
  leaseUntil: Date;
  limit: number;
}

/**
 * A message is due when its time has come, no instance holds it, and no earlier notice of
 * its booking is still to be sent: a booking's confirmation, move and cancellation reach the
 * customer in the order they happened, retries included.
 */
const DUE = `n.status = 'pending' AND n.due_at <= :now AND (n.locked_until IS NULL OR n.locked_until < :now)
  AND NOT EXISTS (SELECT 1 FROM notifications earlier
                   WHERE earlier.booking_id = n.booking_id AND earlier.status = 'pending'
                     AND earlier.type <> 'reminder' AND earlier.created_at < n.created_at)`;

/** Every query on the notifications table. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectEntityManager() private readonly defaultManager: EntityManager) {}

  async add(rows: Array<Partial<NotificationEntity>>, manager: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    const repository = manager.getRepository(NotificationEntity);
    await repository.save(rows.map((row) => repository.create(row)));
  }

  async existsForEvent(eventId: string, manager: EntityManager): Promise<boolean> {
    return manager.getRepository(NotificationEntity).exists({ where: { eventId } });
  }

  /** Reminders not sent yet: the visits they were for have moved or will not take place. */
  async deletePendingReminders(bookingId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(NotificationEntity).delete({ bookingId, type: 'reminder', status: 'pending' });
  }

  findByBooking(bookingId: string): Promise<NotificationEntity[]> {
    return this.defaultManager.getRepository(NotificationEntity).find({ where: { bookingId }, order: { createdAt: 'ASC', visitNumber: 'ASC' } });
  }

  /**
   * Leases up to `limit` due messages to this instance and counts the attempt, so two
   * instances never send the same one: PostgreSQL skips rows another claim holds (FOR UPDATE
   * SKIP LOCKED); on SQLite the caller's unit of work holds the database's write lock.
   */
  async claimDue(manager: EntityManager, { now, leaseUntil, limit }: NotificationClaim): Promise<NotificationEntity[]> {
    let ids: string[];
    if (manager.connection.options.type === 'postgres') {
      const [rows] = (await manager.query(
        `WITH due AS (
           SELECT n.id FROM notifications n WHERE ${DUE.replace(/:now/g, '$1')}
            ORDER BY n.due_at, n.id LIMIT $2 FOR UPDATE OF n SKIP LOCKED)
         UPDATE notifications claimed SET attempts = claimed.attempts + 1, locked_until = $3
           FROM due WHERE claimed.id = due.id
         RETURNING claimed.id`,
        [now, limit, leaseUntil],
      )) as [Array<{ id: string }>, number];
      ids = rows.map((row) => row.id);
    } else {
      const due = await manager
        .getRepository(NotificationEntity)
        .createQueryBuilder('n')
        .select('n.id', 'id')
        .where(DUE, { now })
        .orderBy('n.dueAt', 'ASC')
        .addOrderBy('n.id', 'ASC')
        .limit(limit)
        .getRawMany<{ id: string }>();
      ids = due.map((row) => row.id);
      if (ids.length > 0) {
        await manager
          .createQueryBuilder()
          .update(NotificationEntity)
          .set({ attempts: () => 'attempts + 1', lockedUntil: leaseUntil })
          .where({ id: In(ids) })
          .execute();
      }
    }
    if (ids.length === 0) return [];
    const claimed = await manager.getRepository(NotificationEntity).find({ where: { id: In(ids) } });
    return claimed.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
  }

  async markSent(id: string, sent: { recipient: string; sentAt: Date }): Promise<void> {
    await this.defaultManager
      .getRepository(NotificationEntity)
      .update({ id, status: 'pending' }, { status: 'sent', recipient: sent.recipient, sentAt: sent.sentAt, lockedUntil: null, lastError: null, updatedAt: sent.sentAt });
  }

  async markAttemptFailed(id: string, failure: { error: string; at: Date; retryAt: Date | null }): Promise<void> {
    await this.defaultManager.getRepository(NotificationEntity).update(
      { id, status: 'pending' },
      failure.retryAt
        ? { lastError: failure.error, dueAt: failure.retryAt, lockedUntil: null, updatedAt: failure.at }
        : { status: 'failed', lastError: failure.error, lockedUntil: null, updatedAt: failure.at },
    );
  }

  /** A reminder found obsolete when it came to be sent: it never was a message. */
  async deletePending(id: string): Promise<void> {
    await this.defaultManager.getRepository(NotificationEntity).delete({ id, status: 'pending' });
  }
}
