import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, uuidColumn } from '@app/common';

/** One POST of a message to its endpoint, and how it went. */
@Entity({ name: 'webhook_attempts' })
@Index('idx_webhook_attempts_message', ['messageId', 'attempt'])
export class WebhookAttemptEntity {
  @PrimaryColumn(uuidColumn() as PrimaryColumnOptions)
  id!: string;

  @Column(uuidColumn({ name: 'message_id' }))
  messageId!: string;

  @Column({ type: 'integer' })
  attempt!: number;

  /** The receiver's HTTP status; null when it never answered (timeout, refused connection, refused URL). */
  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;

  @Column(instantColumn({ name: 'attempted_at' }))
  attemptedAt!: Date;
}
