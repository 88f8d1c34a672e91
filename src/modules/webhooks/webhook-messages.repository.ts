import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { applyKeysetPage } from '@app/common';
import { deleteDueRows } from '../../retention/delete-due-rows';
import { WebhookAttemptEntity } from './entities/webhook-attempt.entity';
import { WebhookMessageEntity, WebhookMessageStatus } from './entities/webhook-message.entity';
import type { WebhookEventType } from './webhook-events';

export interface NewWebhookMessages {
  eventId: string;
  eventType: WebhookEventType;
  orderId: string;
  body: string;
  endpointIds: readonly string[];
}

/** A message this instance has leased to send. */
export interface ClaimedMessage {
  id: string;
  endpointId: string;
  eventType: WebhookEventType;
  body: string;
  /** Of the current run, this one included. */
  attempts: number;
  /** Ever, this one included: the attempt's number in the log. */
  totalAttempts: number;
  createdAt: Date;
}

export interface MessageClaim {
  now: Date;
  leaseUntil: Date;
  limit: number;
}

/** What one attempt did to its message. */
export type AttemptOutcome = { kind: 'delivered' } | { kind: 'retry'; nextAttemptAt: Date } | { kind: 'failed' };

export interface RecordedAttempt {
  messageId: string;
  attempt: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: Date;
}

interface ClaimedRow {
  id: string;
  endpoint_id: string;
  event_type: WebhookEventType;
  body: string;
  attempts: number;
  total_attempts: number;
  created_at: Date;
  next_attempt_at: Date;
}

function isPostgres(manager: EntityManager): boolean {
  return manager.connection.options.type === 'postgres';
}

/**
 * Due: pending, its time come, not leased, its endpoint enabled, and no earlier message of the
 * same order to the same endpoint still pending (so an order's messages go out one by one, in
 * order). Shared by both databases' claims; `m` is the candidate, `now` the placeholder of the instant.
 */
const dueConditions = (now: string) => `m.status = 'pending' AND m.next_attempt_at <= ${now} AND (m.locked_until IS NULL OR m.locked_until < ${now})
  AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = m.endpoint_id AND e.enabled)
  AND NOT EXISTS (SELECT 1 FROM webhook_messages earlier
                   WHERE earlier.endpoint_id = m.endpoint_id AND earlier.order_id = m.order_id
                     AND earlier.sequence < m.sequence AND earlier.status = 'pending')`;

/** Every query on the webhook_messages and webhook_attempts tables. */
@Injectable()
export class WebhookMessagesRepository {
  constructor(@InjectEntityManager() private readonly defaultManager: EntityManager) {}

  /** Whether the event's messages were written already (a listener's retry after a crash). */
  async hasMessagesOf(eventId: string, manager: EntityManager): Promise<boolean> {
    return (await manager.countBy(WebhookMessageEntity, { eventId })) > 0;
  }

  /**
   * One pending message per endpoint, each numbered after that endpoint's last message of the
   * order. An order's events reach the listener one at a time (the outbox keeps their order),
   * so no two fan-outs of one order number at once; the unique index is the backstop.
   */
  async add(messages: NewWebhookMessages, now: Date, manager: EntityManager): Promise<void> {
    if (messages.endpointIds.length === 0) return;
    const last = await manager
      .createQueryBuilder(WebhookMessageEntity, 'm')
      .select('m.endpointId', 'endpointId')
      .addSelect('MAX(m.sequence)', 'last')
      .where('m.orderId = :orderId AND m.endpointId IN (:...endpointIds)', { orderId: messages.orderId, endpointIds: messages.endpointIds })
      .groupBy('m.endpointId')
      .getRawMany<{ endpointId: string; last: number | string }>();
    const lastByEndpoint = new Map(last.map((row) => [row.endpointId, Number(row.last)]));
    await manager.getRepository(WebhookMessageEntity).insert(
      messages.endpointIds.map((endpointId) => ({
        id: randomUUID(),
        endpointId,
        eventId: messages.eventId,
        eventType: messages.eventType,
        orderId: messages.orderId,
        sequence: (lastByEndpoint.get(endpointId) ?? 0) + 1,
        body: messages.body,
        status: 'pending' as const,
        attempts: 0,
        totalAttempts: 0,
        nextAttemptAt: now,
        lockedUntil: null,
        deliveredAt: null,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }

  /**
   * Leases up to `limit` due messages to this instance and counts the attempt. PostgreSQL claims
   * in one statement and skips rows another instance is claiming; on SQLite the caller's unit of
   * work makes the read and the lease one transaction, and transactions run one at a time.
   */
  async claimDue(manager: EntityManager, claim: MessageClaim): Promise<ClaimedMessage[]> {
    if (isPostgres(manager)) return this.claimDueInOneStatement(manager, claim);
    const due = await manager
      .getRepository(WebhookMessageEntity)
      .createQueryBuilder('m')
      .where(dueConditions(':now'), { now: claim.now })
      .orderBy('m.nextAttemptAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(claim.limit)
      .getMany();
    if (due.length === 0) return [];
    await manager
      .createQueryBuilder()
      .update(WebhookMessageEntity)
      .set({ attempts: () => 'attempts + 1', totalAttempts: () => 'total_attempts + 1', lockedUntil: claim.leaseUntil })
      .where({ id: In(due.map((message) => message.id)) })
      .execute();
    return due.map((message) => ({
      id: message.id,
      endpointId: message.endpointId,
      eventType: message.eventType,
      body: message.body,
      attempts: message.attempts + 1,
      totalAttempts: message.totalAttempts + 1,
      createdAt: message.createdAt,
    }));
  }

  private async claimDueInOneStatement(manager: EntityManager, { now, leaseUntil, limit }: MessageClaim): Promise<ClaimedMessage[]> {
    const rows = (await manager.query(
      `WITH due AS (
         SELECT m.id FROM webhook_messages m
          WHERE ${dueConditions('$1')}
          ORDER BY m.next_attempt_at, m.id
          LIMIT $2
          FOR UPDATE OF m SKIP LOCKED)
       UPDATE webhook_messages claimed
          SET attempts = claimed.attempts + 1, total_attempts = claimed.total_attempts + 1, locked_until = $3
         FROM due
        WHERE claimed.id = due.id
    RETURNING claimed.id, claimed.endpoint_id, claimed.event_type, claimed.body, claimed.attempts, claimed.total_attempts,
              claimed.created_at, claimed.next_attempt_at`,
      [now, limit, leaseUntil],
    )) as [ClaimedRow[], number];
    // RETURNING keeps no order; the batch goes out oldest first, as the claim chose it.
    return rows[0]
      .sort((a, b) => a.next_attempt_at.getTime() - b.next_attempt_at.getTime() || (a.id < b.id ? -1 : 1))
      .map((row) => ({
        id: row.id,
        endpointId: row.endpoint_id,
        eventType: row.event_type,
        body: row.body,
        attempts: row.attempts,
        totalAttempts: row.total_attempts,
        createdAt: row.created_at,
      }));
  }

  /** Logs the attempt and moves its message on: delivered, due again later, or given up. */
  async recordAttempt(attempt: RecordedAttempt, outcome: AttemptOutcome, manager: EntityManager): Promise<void> {
    await manager.getRepository(WebhookAttemptEntity).insert({ id: randomUUID(), ...attempt, error: attempt.error?.slice(0, 1000) ?? null });
    const changes: QueryDeepPartialEntity<WebhookMessageEntity> = { lockedUntil: null, updatedAt: attempt.attemptedAt };
    if (outcome.kind === 'delivered') Object.assign(changes, { status: 'delivered', deliveredAt: attempt.attemptedAt });
    else if (outcome.kind === 'retry') Object.assign(changes, { nextAttemptAt: outcome.nextAttemptAt });
    else Object.assign(changes, { status: 'failed' });
    await manager.update(WebhookMessageEntity, { id: attempt.messageId }, changes);
  }

  /** Hands leased messages that were not sent back to any instance, their attempt uncounted. */
  async release(messageIds: readonly string[], manager: EntityManager): Promise<void> {
    if (messageIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(WebhookMessageEntity)
      .set({ lockedUntil: null, attempts: () => 'attempts - 1', totalAttempts: () => 'total_attempts - 1' })
      .where({ id: In([...messageIds]), status: 'pending' })
      .execute();
  }

  findOfEndpoint(endpointId: string, messageId: string, manager?: EntityManager): Promise<WebhookMessageEntity | null> {
    return (manager ?? this.defaultManager).findOneBy(WebhookMessageEntity, { id: messageId, endpointId });
  }

  /** The endpoint's messages, newest first, one keyset page (one row more than the limit). */
  findPage(endpointId: string, status: WebhookMessageStatus | undefined, page: { limit: number; cursor?: string }): Promise<WebhookMessageEntity[]> {
    const query = this.defaultManager.createQueryBuilder(WebhookMessageEntity, 'message').where('message.endpointId = :endpointId', { endpointId });
    if (status) query.andWhere('message.status = :status', { status });
    return applyKeysetPage(query, page).getMany();
  }

  /** The messages' attempts, by message, in the order they were made. */
  async attemptsOf(messageIds: readonly string[]): Promise<Map<string, WebhookAttemptEntity[]>> {
    const byMessage = new Map<string, WebhookAttemptEntity[]>(messageIds.map((id) => [id, []]));
    if (messageIds.length === 0) return byMessage;
    const rows = await this.defaultManager.find(WebhookAttemptEntity, { where: { messageId: In([...messageIds]) }, order: { attempt: 'ASC' } });
    for (const row of rows) byMessage.get(row.messageId)!.push(row);
    return byMessage;
  }

  /** A manual re-send: the message is pending again, due now, with a fresh run of attempts. */
  async resend(messageId: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.update(WebhookMessageEntity, { id: messageId }, { status: 'pending', attempts: 0, nextAttemptAt: now, deliveredAt: null, updatedAt: now });
  }

  /**
   * Deletes up to `limit` messages settled (delivered or failed) before `cutoff`, their attempts
   * with them (foreign key); how many. A pending message is never deleted: it still orders its
   * order's later ones.
   */
  deleteSettledBefore(cutoff: Date, limit: number, manager: EntityManager): Promise<number> {
    return deleteDueRows(manager, WebhookMessageEntity, "due.status <> 'pending' AND due.updatedAt < :cutoff", { cutoff }, limit);
  }

  /** The endpoint's pending messages are due now: it was enabled again. */
  async makePendingDue(endpointId: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.update(WebhookMessageEntity, { endpointId, status: 'pending' }, { nextAttemptAt: now, attempts: 0, updatedAt: now });
  }
}
