import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, instantColumn, uuidColumn } from '@app/common';
import type { WebhookEventType } from '../webhook-events';

export const WEBHOOK_MESSAGE_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type WebhookMessageStatus = (typeof WEBHOOK_MESSAGE_STATUSES)[number];

/**
 * One event for one endpoint: the body as it is signed and sent, the same on every attempt (its
 * id is the `webhook-id` header). `sequence` numbers an order's messages to the endpoint: one is
 * sent only when none before it is pending.
 */
@Entity({ name: 'webhook_messages' })
@Index('uq_webhook_messages_endpoint_event', ['endpointId', 'eventId'], { unique: true })
@Index('uq_webhook_messages_endpoint_order_sequence', ['endpointId', 'orderId', 'sequence'], { unique: true })
@Index('idx_webhook_messages_endpoint_created', ['endpointId', 'createdAt', 'id'])
@Index('idx_webhook_messages_due', ['status', 'nextAttemptAt'])
export class WebhookMessageEntity extends BaseEntity {
  @Column(uuidColumn({ name: 'endpoint_id' }))
  endpointId!: string;

  /** The domain event it tells of. */
  @Column(uuidColumn({ name: 'event_id' }))
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 50 })
  eventType!: WebhookEventType;

  @Column(uuidColumn({ name: 'order_id' }))
  orderId!: string;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: WebhookMessageStatus;

  /** Attempts of the current run (a re-send starts a new one): they pick the next wait. */
  @Column({ type: 'integer' })
  attempts!: number;

  /** Every attempt ever made, re-sends included: the attempt log's numbering. */
  @Column({ name: 'total_attempts', type: 'integer' })
  totalAttempts!: number;

  @Column(instantColumn({ name: 'next_attempt_at' }))
  nextAttemptAt!: Date;

  /** While set and ahead, an instance is sending it. */
  @Column(instantColumn({ name: 'locked_until', nullable: true }))
  lockedUntil!: Date | null;

  @Column(instantColumn({ name: 'delivered_at', nullable: true }))
  deliveredAt!: Date | null;
}
