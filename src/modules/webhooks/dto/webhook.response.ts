import { ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '../webhook-events';
import type { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';

export class WebhookResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'https://shop.example.com/hooks/vision' }) url!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Order status updates for the web shop' }) description!: string | null;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType', isArray: true }) events!: WebhookEventType[];
  /** The API key that manages the endpoint, whose orders' events alone it receives; null for staff's endpoints, which receive every order's. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerApiKeyId!: string | null;
  @ApiProperty() enabled!: boolean;
  /** Why it was disabled: by a PATCH, or after a message failed every attempt (about 24 h) with no success since. */
  @ApiProperty({ type: String, nullable: true, example: null }) disabledReason!: string | null;
  @ApiProperty({ type: Date, nullable: true }) disabledAt!: Date | null;
  /** Until when the secret a rotation replaced still signs alongside the current one. */
  @ApiProperty({ type: Date, nullable: true }) previousSecretExpiresAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class WebhookWithSecretResponse extends WebhookResponse {
  /** Verifies the `webhook-signature` header (Standard Webhooks). Shown only in this response: it cannot be read again. */
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })
  secret!: string;
}

export function mapWebhook(endpoint: WebhookEndpointEntity, now: Date): WebhookResponse {
  const overlapping = endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now ? endpoint.previousSecretExpiresAt : null;
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
    ownerApiKeyId: endpoint.ownerApiKeyId,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    disabledAt: endpoint.disabledAt,
    previousSecretExpiresAt: overlapping,
    createdAt: endpoint.createdAt,
    updatedAt: endpoint.updatedAt,
  };
}
