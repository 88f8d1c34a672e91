import { ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '../webhook-events';
import { WEBHOOK_MESSAGE_STATUSES, WebhookMessageStatus } from '../entities/webhook-message.entity';
import type { WebhookAttemptEntity } from '../entities/webhook-attempt.entity';
import type { WebhookMessageEntity } from '../entities/webhook-message.entity';

export class WebhookAttemptResponse {
  /** 1 for the first; re-sends go on counting. */
  @ApiProperty({ type: 'integer', example: 1 }) attempt!: number;
  @ApiProperty() at!: Date;
  /** The receiver's HTTP status; null when it never answered. */
  @ApiProperty({ type: 'integer', nullable: true, example: 500 }) statusCode!: number | null;
  /** Why the attempt failed; null when it was answered with a 2xx. */
  @ApiProperty({ type: String, nullable: true, example: 'HTTP 500' }) error!: string | null;
  @ApiProperty({ type: 'integer', example: 84 }) durationMs!: number;
}

/** One event sent to the endpoint: its message, and every attempt to deliver it. */
export class WebhookDeliveryResponse {
  /** Also the `webhook-id` header of every attempt, for receivers to drop duplicates. */
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The domain event it tells of' }) eventId!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType' }) eventType!: WebhookEventType;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  /** pending: to be sent (again); delivered: answered with a 2xx; failed: given up after its last attempt (re-send it). */
  @ApiProperty({ enum: WEBHOOK_MESSAGE_STATUSES, enumName: 'WebhookDeliveryStatus' }) status!: WebhookMessageStatus;
  /** When the next attempt is due, while pending. */
  @ApiProperty({ type: Date, nullable: true }) nextAttemptAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) deliveredAt!: Date | null;
  @ApiProperty({ type: [WebhookAttemptResponse] }) attempts!: WebhookAttemptResponse[];
  @ApiProperty() createdAt!: Date;
}

export function mapWebhookDelivery(message: WebhookMessageEntity, attempts: readonly WebhookAttemptEntity[]): WebhookDeliveryResponse {
  return {
    id: message.id,
    eventId: message.eventId,
    eventType: message.eventType,
    orderId: message.orderId,
    status: message.status,
    nextAttemptAt: message.status === 'pending' ? message.nextAttemptAt : null,
    deliveredAt: message.deliveredAt,
    attempts: attempts.map((attempt) => ({
      attempt: attempt.attempt,
      at: attempt.attemptedAt,
      statusCode: attempt.statusCode,
      error: attempt.error,
      durationMs: attempt.durationMs,
    })),
    createdAt: message.createdAt,
  };
}
