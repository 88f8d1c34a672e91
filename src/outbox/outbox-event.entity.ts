import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, jsonColumn, uuidColumn } from '@app/common';

export type OutboxStatus = 'pending' | 'delivered' | 'failed';

/** A domain event written in the same transaction as the change that raised it. */
@Entity({ name: 'outbox_events' })
@Index('idx_outbox_events_due', ['status', 'nextAttemptAt'])
export class OutboxEventEntity {
  /** The domain event's own id, so a retried publish cannot store the event twice. */
  @PrimaryColumn(uuidColumn() as PrimaryColumnOptions)
  id!: string;

  @Column({ name: 'event_name', type: 'varchar', length: 100 })
  eventName!: string;

  @Column(jsonColumn())
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 16 })
  status!: OutboxStatus;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column(instantColumn({ name: 'next_attempt_at' }))
  nextAttemptAt!: Date;

  /** Set while one dispatcher instance delivers the row; a crash lets the lease expire. */
  @Column(instantColumn({ name: 'locked_until', nullable: true }))
  lockedUntil!: Date | null;

  @Column(instantColumn({ name: 'delivered_at', nullable: true }))
  deliveredAt!: Date | null;

  @Column(instantColumn({ name: 'created_at' }))
  createdAt!: Date;
}
