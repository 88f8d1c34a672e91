import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { OutboxEventEntity } from './outbox-event.entity';

export interface DeliveryFailure {
  error: string;
  nextAttemptAt: Date;
  giveUp: boolean;
}

@Injectable()
export class OutboxRepository {
  async add(manager: EntityManager, events: Array<Pick<OutboxEventEntity, 'id' | 'eventName' | 'payload'>>): Promise<void> {
    if (events.length === 0) return;
    const now = new Date();
    await manager.getRepository(OutboxEventEntity).insert(
      events.map((event) => manager.create(OutboxEventEntity, {
        ...event,
        status: 'pending' as const,
        attempts: 0,
        lastError: null,
        nextAttemptAt: now,
        lockedUntil: null,
        deliveredAt: null,
        createdAt: now,
      })) as QueryDeepPartialEntity<OutboxEventEntity>[],
    );
  }

  /**
   * Leases the oldest due rows to this instance. On PostgreSQL the rows are claimed with
   * FOR UPDATE SKIP LOCKED, so concurrent instances each take different rows.
   */
  async claimDue(manager: EntityManager, now: Date, leaseUntil: Date, limit: number): Promise<OutboxEventEntity[]> {
    const query = manager
      .getRepository(OutboxEventEntity)
      .createQueryBuilder('event')
      .where('event.status = :status', { status: 'pending' })
      .andWhere('event.nextAttemptAt <= :now', { now })
      .andWhere('(event.lockedUntil IS NULL OR event.lockedUntil < :now)', { now })
      .orderBy('event.createdAt', 'ASC')
      .limit(limit);
    if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write').setOnLocked('skip_locked');
    const due = await query.getMany();
    if (due.length > 0) {
      await manager.update(OutboxEventEntity, { id: In(due.map((event) => event.id)) }, { lockedUntil: leaseUntil });
    }
    return due;
  }

  async markDelivered(manager: EntityManager, id: string, attempts: number): Promise<void> {
    await manager.update(OutboxEventEntity, { id }, { status: 'delivered', attempts, deliveredAt: new Date(), lockedUntil: null, lastError: null });
  }

  async markFailed(manager: EntityManager, id: string, attempts: number, failure: DeliveryFailure): Promise<void> {
    await manager.update(
      OutboxEventEntity,
      { id },
      {
        status: failure.giveUp ? 'failed' : 'pending',
        attempts,
        lastError: failure.error.slice(0, 4000),
        nextAttemptAt: failure.nextAttemptAt,
        lockedUntil: null,
      },
    );
  }
}
