import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, uuidColumn } from '@app/common';
import { OutboxEventEntity } from './outbox-event.entity';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One event for one listener: a retry re-runs only the listeners whose delivery failed. The
 * aggregate and sequence are copied from the event, so the claim can check "no earlier event
 * of this aggregate still undelivered" on this table alone.
 */
@Entity({ name: 'outbox_deliveries' })
@Index('idx_outbox_deliveries_due', ['status', 'nextAttemptAt'])
@Index('idx_outbox_deliveries_aggregate', ['aggregateType', 'aggregateId', 'sequence'])
export class OutboxDeliveryEntity {
  @PrimaryColumn(uuidColumn({ name: 'event_id' }) as PrimaryColumnOptions)
  eventId!: string;

  /** `Class.method` of the listener. */
  @PrimaryColumn({ type: 'varchar', length: 150 })
  listener!: string;

  // Declared for the foreign key only, so TypeORM's view of the schema matches the migration.
  @ManyToOne(() => OutboxEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_outbox_deliveries_event' })
  event?: OutboxEventEntity;

  @Column({ name: 'aggregate_type', type: 'varchar', length: 50 })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'varchar', length: 64 })
  aggregateId!: string;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: DeliveryStatus;

  /** Counted when a dispatcher claims the delivery, so one that crashes the process is not retried for ever. */
  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column(instantColumn({ name: 'next_attempt_at' }))
  nextAttemptAt!: Date;

  /** Set while one dispatcher instance delivers it; a crash lets the lease expire. */
  @Column(instantColumn({ name: 'locked_until', nullable: true }))
  lockedUntil!: Date | null;

  @Column(instantColumn({ name: 'delivered_at', nullable: true }))
  deliveredAt!: Date | null;
}
