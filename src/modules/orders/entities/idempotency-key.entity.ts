import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, jsonColumn, uuidColumn } from '@app/common';

/** A processed `Idempotency-Key` of POST /orders with the response it produced. */
@Entity({ name: 'order_idempotency_keys' })
@Index('idx_order_idempotency_keys_created', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 } as PrimaryColumnOptions)
  key!: string;

  /** SHA-256 of the canonical request body: a reused key with another body is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash!: string;

  @Column(uuidColumn({ name: 'order_id' }))
  orderId!: string;

  @Column({ name: 'response_status', type: 'integer' })
  responseStatus!: number;

  @Column(jsonColumn({ name: 'response_body' }))
  responseBody!: Record<string, unknown>;

  @Column(instantColumn({ name: 'created_at' }))
  createdAt!: Date;
}
