import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, jsonColumn, uuidColumn } from '@app/common';

/** `pending` while a delivery is still to be made, `failed` while one is parked, else `delivered`. */
export const OUTBOX_EVENT_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type OutboxEventStatus = (typeof OUTBOX_EVENT_STATUSES)[number];

/**
 * A domain event written in the same transaction as the change that raised it, numbered
 * within its aggregate (`sequence`): an aggregate's events reach each listener in that order.
 */
@Entity({ name: 'outbox_events' })
@Index('uq_outbox_events_aggregate_sequence', ['aggregateType', 'aggregateId', 'sequence'], { unique: true })
@Index('idx_outbox_events_status_created', ['status', 'createdAt', 'id'])
export class OutboxEventEntity {
  /** The domain event's own id, so a retried publish cannot store the event twice. */
  @PrimaryColumn(uuidColumn() as PrimaryColumnOptions)
  id!: string;

  @Column({ name: 'event_name', type: 'varchar', length: 100 })
  eventName!: string;

  @Column({ name: 'aggregate_type', type: 'varchar', length: 50 })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'varchar', length: 64 })
  aggregateId!: string;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column(jsonColumn())
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 16 })
  status!: OutboxEventStatus;

  /** Deliveries not yet made (pending or parked): the event is delivered when it reaches 0. */
  @Column({ type: 'integer', default: 0 })
  undelivered!: number;

  /** When its last delivery was made; retention deletes delivered events some days after. */
  @Column(instantColumn({ name: 'delivered_at', nullable: true }))
  deliveredAt!: Date | null;

  @Column(instantColumn({ name: 'created_at' }))
  createdAt!: Date;
}
