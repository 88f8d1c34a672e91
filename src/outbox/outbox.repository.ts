import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { applyKeysetPage } from '@app/common';
import { OutboxDeliveryEntity } from './entities/outbox-delivery.entity';
import { OutboxEventEntity, OutboxEventStatus } from './entities/outbox-event.entity';

export interface NewOutboxEvent {
  id: string;
  eventName: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  listeners: readonly string[];
}

/** A delivery claimed by this instance, with what its listener needs. */
export interface ClaimedDelivery {
  eventId: string;
  listener: string;
  eventName: string;
  payload: Record<string, unknown>;
  aggregateType: string;
  aggregateId: string;
  /** Including this claim. */
  attempts: number;
}

export interface DeliveryClaim {
  /** Deliveries due by this instant: a pass takes what was due when it began, not its own retries. */
  dueBy: Date;
  now: Date;
  /**
   * Until when a delivery on its `attempts`-th attempt stays hidden from other claims. It
   * covers the retry delay too, so a failure the database refused to record is not retried early.
   */
  leaseUntil: (attempts: number) => Date;
  limit: number;
}

/** A row of the PostgreSQL claim's RETURNING. */
interface ClaimedRow {
  event_id: string;
  listener: string;
  attempts: number;
  next_attempt_at: Date;
  event_name: string;
  payload: Record<string, unknown>;
  aggregate_type: string;
  aggregate_id: string;
}

/** Leases the PostgreSQL claim knows by attempt; later attempts take the last (the back-off is capped long before). */
const LEASES_BY_ATTEMPT = 32;

export interface DeliveryFailure {
  error: string;
  nextAttemptAt: Date;
  giveUp: boolean;
}

export interface OutboxBacklog {
  failedDeliveries: number;
  oldestPendingAt: Date | null;
}

function isPostgres(manager: EntityManager): boolean {
  return manager.connection.options.type === 'postgres';
}

/** Claimed deliveries by the attempt this claim makes, so each group gets one lease in one statement. */
function groupByNextAttempt(due: OutboxDeliveryEntity[]): Map<number, OutboxDeliveryEntity[]> {
  const groups = new Map<number, OutboxDeliveryEntity[]>();
  for (const delivery of due) {
    const attempts = delivery.attempts + 1;
    groups.set(attempts, [...(groups.get(attempts) ?? []), delivery]);
  }
  return groups;
}

/** Every query on the outbox tables. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectEntityManager() private readonly defaultManager: EntityManager) {}

  /**
   * Stores events with one pending delivery per listener, each numbered after the last event
   * of its aggregate. The caller's transaction holds the aggregate (the order row is locked
   * by every change that raises an order's events); the unique index is the backstop.
   */
  async add(manager: EntityManager, events: NewOutboxEvent[], now: Date): Promise<void> {
    for (const event of events) {
      if (isPostgres(manager)) await this.addInOneStatement(manager, event, now);
      else await this.addStatementByStatement(manager, event, now);
    }
  }

  /**
   * `add` of one event on PostgreSQL: its number, the event and its deliveries in one
   * statement. Every change that raises an event pays for it in its own transaction.
   */
  private async addInOneStatement(manager: EntityManager, event: NewOutboxEvent, now: Date): Promise<void> {
    const delivered = event.listeners.length === 0;
    await manager.query(
      `WITH event AS (
         INSERT INTO outbox_events (id, event_name, aggregate_type, aggregate_id, sequence, payload, status, undelivered, delivered_at, created_at)
         SELECT $1::uuid, $2::varchar, $3::varchar, $4::varchar,
                COALESCE((SELECT MAX(sequence) FROM outbox_events WHERE aggregate_type = $3::varchar AND aggregate_id = $4::varchar), 0) + 1,
                $5::jsonb, $6::varchar, cardinality($9::varchar[]), $7::timestamptz, $8::timestamptz
      RETURNING id, aggregate_type, aggregate_id, sequence)
       INSERT INTO outbox_deliveries (event_id, listener, aggregate_type, aggregate_id, sequence, status, attempts, last_error, next_attempt_at, locked_until, delivered_at)
       SELECT event.id, listener, event.aggregate_type, event.aggregate_id, event.sequence, 'pending', 0, NULL, $8::timestamptz, NULL, NULL
         FROM event, unnest($9::varchar[]) AS listener`,
      [event.id, event.eventName, event.aggregateType, event.aggregateId, event.payload, delivered ? 'delivered' : 'pending', delivered ? now : null, now, event.listeners],
    );
  }

  private async addStatementByStatement(manager: EntityManager, event: NewOutboxEvent, now: Date): Promise<void> {
    const sequence = (await this.lastSequence(manager, event.aggregateType, event.aggregateId)) + 1;
    const delivered = event.listeners.length === 0;
    await manager.getRepository(OutboxEventEntity).insert({
      id: event.id,
      eventName: event.eventName,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      sequence,
      payload: event.payload,
      status: delivered ? 'delivered' : 'pending',
      undelivered: event.listeners.length,
      deliveredAt: delivered ? now : null,
      createdAt: now,
    } as QueryDeepPartialEntity<OutboxEventEntity>);
    if (delivered) return;
    await manager.getRepository(OutboxDeliveryEntity).insert(
      event.listeners.map((listener) => ({
        eventId: event.id,
        listener,
        aggregateType: event.aggregateType,
        aggregateId: event.aggregateId,
        sequence,
        status: 'pending' as const,
        attempts: 0,
        lastError: null,
        nextAttemptAt: now,
        lockedUntil: null,
        deliveredAt: null,
      })),
    );
  }

  /**
   * Leases up to `limit` due deliveries to this instance and counts the attempt. A delivery is
   * due only when every earlier event of its aggregate has reached all its listeners, so an
   * aggregate's events take effect in sequence, whichever instance claims them.
   * PostgreSQL skips rows another instance has locked meanwhile.
   */
  async claimDue(manager: EntityManager, claim: DeliveryClaim): Promise<ClaimedDelivery[]> {
    if (isPostgres(manager)) return this.claimDueInOneStatement(manager, claim);
    const { dueBy, now, leaseUntil, limit } = claim;
    const query = manager
      .getRepository(OutboxDeliveryEntity)
      .createQueryBuilder('d')
      .where("d.status = 'pending'")
      .andWhere('d.nextAttemptAt <= :dueBy', { dueBy })
      .andWhere('(d.lockedUntil IS NULL OR d.lockedUntil < :now)', { now })
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM "outbox_deliveries" "earlier"' +
          ' WHERE "earlier"."aggregate_type" = "d"."aggregate_type" AND "earlier"."aggregate_id" = "d"."aggregate_id"' +
          ` AND "earlier"."sequence" < "d"."sequence" AND "earlier"."status" <> 'delivered')`,
      )
      .orderBy('d.nextAttemptAt', 'ASC')
      .addOrderBy('d.eventId', 'ASC')
      .limit(limit);
    const due = await query.getMany();
    if (due.length === 0) return [];
    for (const [attempts, deliveries] of groupByNextAttempt(due)) {
      await manager
        .createQueryBuilder()
        .update(OutboxDeliveryEntity)
        .set({ lockedUntil: leaseUntil(attempts), attempts })
        .where(deliveries.map(({ eventId, listener }) => ({ eventId, listener })))
        .execute();
    }
    const events = await manager.find(OutboxEventEntity, { where: { id: In([...new Set(due.map((delivery) => delivery.eventId))]) } });
    const eventById = new Map(events.map((event) => [event.id, event]));
    return due.map((delivery) => {
      const event = eventById.get(delivery.eventId)!;
      return {
        eventId: delivery.eventId,
        listener: delivery.listener,
        eventName: event.eventName,
        payload: event.payload,
        aggregateType: event.aggregateType,
        aggregateId: event.aggregateId,
        attempts: delivery.attempts + 1,
      };
    });
  }

  /**
   * `claimDue` on PostgreSQL as one statement, which needs no transaction of its own: under
   * sustained writes every pass claims, and the select, the lease update per attempt count and
   * the events' read were five round trips (docs/performance.md, scenario 6). The lease of the
   * attempt each row is on comes from an array indexed by that attempt.
   */
  private async claimDueInOneStatement(manager: EntityManager, { dueBy, now, leaseUntil, limit }: DeliveryClaim): Promise<ClaimedDelivery[]> {
    const leaseUntilByAttempt = Array.from({ length: LEASES_BY_ATTEMPT }, (_, index) => leaseUntil(index + 1).toISOString());
    const rows = (await manager.query(
      `WITH due AS (
         SELECT d.event_id, d.listener FROM outbox_deliveries d
          WHERE d.status = 'pending' AND d.next_attempt_at <= $1 AND (d.locked_until IS NULL OR d.locked_until < $2)
            AND NOT EXISTS (SELECT 1 FROM outbox_deliveries earlier
                             WHERE earlier.aggregate_type = d.aggregate_type AND earlier.aggregate_id = d.aggregate_id
                               AND earlier.sequence < d.sequence AND earlier.status <> 'delivered')
          ORDER BY d.next_attempt_at, d.event_id
          LIMIT $3
          FOR UPDATE OF d SKIP LOCKED)
       UPDATE outbox_deliveries claimed
          SET attempts = claimed.attempts + 1,
              locked_until = ($4::timestamptz[])[LEAST(claimed.attempts + 1, ${LEASES_BY_ATTEMPT})]
         FROM due, outbox_events event
        WHERE claimed.event_id = due.event_id AND claimed.listener = due.listener AND event.id = claimed.event_id
    RETURNING claimed.event_id, claimed.listener, claimed.attempts, claimed.next_attempt_at,
              event.event_name, event.payload, event.aggregate_type, event.aggregate_id`,
      [dueBy, now, limit, leaseUntilByAttempt],
    )) as [ClaimedRow[], number];
    // RETURNING keeps no order; the batch goes out oldest first, as the claim chose it.
    return rows[0]
      .sort((a, b) => a.next_attempt_at.getTime() - b.next_attempt_at.getTime() || (a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0))
      .map((row) => ({
        eventId: row.event_id,
        listener: row.listener,
        eventName: row.event_name,
        payload: row.payload,
        aggregateType: row.aggregate_type,
        aggregateId: row.aggregate_id,
        attempts: row.attempts,
      }));
  }

  /**
   * Records the delivery and, when it was the event's last one outstanding, the event: on
   * PostgreSQL in one statement, which needs no transaction. Several listeners' records of one
   * event take turns on the event row's update, each counting down from what the one before
   * left; a delivery recorded twice (its lease ran out and another instance made it too)
   * counts once.
   */
  async markDelivered(manager: EntityManager, delivery: Pick<ClaimedDelivery, 'eventId' | 'listener'>, now: Date): Promise<void> {
    if (isPostgres(manager)) {
      await manager.query(
        `WITH delivered AS (
           UPDATE outbox_deliveries SET status = 'delivered', delivered_at = $3, locked_until = NULL, last_error = NULL
            WHERE event_id = $1 AND listener = $2 AND status <> 'delivered'
        RETURNING event_id)
         UPDATE outbox_events
            SET undelivered = undelivered - 1,
                status = CASE WHEN undelivered = 1 THEN 'delivered' ELSE status END,
                delivered_at = CASE WHEN undelivered = 1 THEN $3 ELSE delivered_at END
          WHERE id IN (SELECT event_id FROM delivered)`,
        [delivery.eventId, delivery.listener, now],
      );
      return;
    }
    await manager.update(OutboxDeliveryEntity, { eventId: delivery.eventId, listener: delivery.listener }, { status: 'delivered', deliveredAt: now, lockedUntil: null, lastError: null });
    await this.refreshEventStatus(manager, delivery.eventId, now);
  }

  async markFailed(manager: EntityManager, delivery: Pick<ClaimedDelivery, 'eventId' | 'listener'>, failure: DeliveryFailure, now: Date): Promise<void> {
    if (failure.giveUp) await this.lockEventOnPostgres(manager, delivery.eventId);
    await manager.update(
      OutboxDeliveryEntity,
      { eventId: delivery.eventId, listener: delivery.listener },
      {
        status: failure.giveUp ? 'failed' : 'pending',
        lastError: failure.error.slice(0, 4000),
        nextAttemptAt: failure.nextAttemptAt,
        lockedUntil: null,
      },
    );
    if (failure.giveUp) await this.refreshEventStatus(manager, delivery.eventId, now);
  }

  /**
   * Before `refreshEventStatus` in a transaction on PostgreSQL: the event's row lock makes the
   * refresh take turns with other deliveries' records, and its count then sees every delivery
   * committed before. Outside a transaction it does nothing.
   */
  private async lockEventOnPostgres(manager: EntityManager, eventId: string): Promise<void> {
    if (isPostgres(manager) && manager.queryRunner?.isTransactionActive) {
      await manager.query('SELECT 1 FROM outbox_events WHERE id = $1 FOR UPDATE', [eventId]);
    }
  }

  /** Hands claimed deliveries that were not started back to any instance, their attempt uncounted. */
  async release(manager: EntityManager, deliveries: Array<Pick<ClaimedDelivery, 'eventId' | 'listener'>>): Promise<void> {
    if (deliveries.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(OutboxDeliveryEntity)
      .set({ lockedUntil: null, attempts: () => '"attempts" - 1' })
      .where(deliveries.map(({ eventId, listener }) => ({ eventId, listener, status: 'pending' as const })))
      .execute();
  }

  /** Parked deliveries of the event go back to pending, with their attempts reset; how many. */
  async requeueFailed(manager: EntityManager, eventId: string, now: Date): Promise<number> {
    await this.lockEventOnPostgres(manager, eventId);
    const result = await manager.update(
      OutboxDeliveryEntity,
      { eventId, status: 'failed' },
      { status: 'pending', attempts: 0, nextAttemptAt: now, lockedUntil: null },
    );
    await this.refreshEventStatus(manager, eventId, now);
    return result.affected ?? 0;
  }

  findEvent(id: string): Promise<OutboxEventEntity | null> {
    return this.defaultManager.findOneBy(OutboxEventEntity, { id });
  }

  /** Events by status, newest first, one keyset page (one row more than the limit, to tell a next page). */
  listEvents(status: OutboxEventStatus | undefined, page: { limit: number; cursor?: string }): Promise<OutboxEventEntity[]> {
    const query = this.defaultManager.createQueryBuilder(OutboxEventEntity, 'event');
    if (status) query.where('event.status = :status', { status });
    return applyKeysetPage(query, page).getMany();
  }

  /** Deliveries of the events, by event. */
  async deliveriesOf(eventIds: string[]): Promise<Map<string, OutboxDeliveryEntity[]>> {
    const byEvent = new Map<string, OutboxDeliveryEntity[]>(eventIds.map((id) => [id, []]));
    if (eventIds.length === 0) return byEvent;
    const rows = await this.defaultManager.find(OutboxDeliveryEntity, { where: { eventId: In(eventIds) }, order: { listener: 'ASC' } });
    for (const row of rows) byEvent.get(row.eventId)!.push(row);
    return byEvent;
  }

  /** What readiness reports: parked deliveries, and since when the oldest pending one waits. */
  async backlog(): Promise<OutboxBacklog> {
    const failedDeliveries = await this.defaultManager.countBy(OutboxDeliveryEntity, { status: 'failed' });
    const oldest = await this.defaultManager
      .createQueryBuilder(OutboxEventEntity, 'event')
      .where("event.status = 'pending'")
      .orderBy('event.createdAt', 'ASC')
      .limit(1)
      .getOne();
    return { failedDeliveries, oldestPendingAt: oldest?.createdAt ?? null };
  }

  /**
   * Deletes up to `limit` events delivered before `cutoff`, their deliveries first, in the
   * caller's transaction; how many events. On PostgreSQL the batch skips rows another
   * instance's batch holds, so overlapping runs share the work.
   */
  async deleteDeliveredBefore(manager: EntityManager, cutoff: Date, limit: number): Promise<number> {
    const query = manager
      .createQueryBuilder(OutboxEventEntity, 'event')
      .select('event.id')
      .where("event.status = 'delivered' AND event.deliveredAt < :cutoff", { cutoff })
      .limit(limit);
    if (isPostgres(manager)) query.setLock('pessimistic_write').setOnLocked('skip_locked');
    const ids = (await query.getMany()).map((event) => event.id);
    if (ids.length === 0) return 0;
    await manager.delete(OutboxDeliveryEntity, { eventId: In(ids) });
    await manager.delete(OutboxEventEntity, { id: In(ids) });
    return ids.length;
  }

  private async lastSequence(manager: EntityManager, aggregateType: string, aggregateId: string): Promise<number> {
    const row = await manager
      .createQueryBuilder(OutboxEventEntity, 'event')
      .select('MAX(event.sequence)', 'last')
      .where('event.aggregateType = :aggregateType AND event.aggregateId = :aggregateId', { aggregateType, aggregateId })
      .getRawOne<{ last: number | string | null }>();
    return Number(row?.last ?? 0);
  }

  /** The event is delivered once every delivery is, failed while one is parked, else pending. */
  private async refreshEventStatus(manager: EntityManager, eventId: string, now: Date): Promise<void> {
    const deliveries = await manager.find(OutboxDeliveryEntity, { select: { status: true }, where: { eventId } });
    const undelivered = deliveries.filter((delivery) => delivery.status !== 'delivered').length;
    const status: OutboxEventStatus = deliveries.some((delivery) => delivery.status === 'failed') ? 'failed' : undelivered === 0 ? 'delivered' : 'pending';
    await manager.update(OutboxEventEntity, { id: eventId }, { status, undelivered, deliveredAt: status === 'delivered' ? now : null });
  }
}
