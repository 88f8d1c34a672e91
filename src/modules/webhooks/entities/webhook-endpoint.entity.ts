import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, instantColumn, jsonColumn, uuidColumn } from '@app/common';
import type { WebhookEventType } from '../webhook-events';

/** A receiver of webhooks: where to send which events, signed with its secret. */
@Entity({ name: 'webhook_endpoints' })
@Index('idx_webhook_endpoints_created', ['createdAt', 'id'])
@Index('idx_webhook_endpoints_owner', ['ownerApiKeyId'])
export class WebhookEndpointEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 2048 })
  url!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  @Column(jsonColumn())
  events!: WebhookEventType[];

  /** The API key that manages it and whose orders' events alone it receives; null: staff's, every order's. */
  @Column(uuidColumn({ name: 'owner_api_key_id', nullable: true }))
  ownerApiKeyId!: string | null;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Column({ name: 'disabled_reason', type: 'varchar', length: 1000, nullable: true })
  disabledReason!: string | null;

  @Column(instantColumn({ name: 'disabled_at', nullable: true }))
  disabledAt!: Date | null;

  /** Sealed (webhook-secrets.ts): the API answers it only when it is issued. */
  @Column({ name: 'secret_sealed', type: 'varchar', length: 200 })
  secretSealed!: string;

  /** The secret a rotation replaced: it keeps signing alongside the new one until `previousSecretExpiresAt`. */
  @Column({ name: 'previous_secret_sealed', type: 'varchar', length: 200, nullable: true })
  previousSecretSealed!: string | null;

  @Column(instantColumn({ name: 'previous_secret_expires_at', nullable: true }))
  previousSecretExpiresAt!: Date | null;

  /** The last 2xx answer; a message given up with none since it was written disables the endpoint. */
  @Column(instantColumn({ name: 'last_success_at', nullable: true }))
  lastSuccessAt!: Date | null;
}
