import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, jsonColumn, uuidColumn } from '@app/common';
import { BookingEntity } from './booking.entity';

/** A processed `Idempotency-Key` of POST /bookings with the booking it made and the answer it gave. */
@Entity({ name: 'booking_idempotency_keys' })
@Index('idx_booking_idempotency_keys_created', ['createdAt'])
export class BookingIdempotencyKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 } as PrimaryColumnOptions)
  key!: string;

  /** SHA-256 of the canonical request body: a reused key with another body is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash!: string;

  @Column(uuidColumn({ name: 'booking_id' }))
  bookingId!: string;

  /** The web shop's key that used it; null for staff, who share one client. */
  @Column(uuidColumn({ name: 'api_key_id', nullable: true }))
  apiKeyId!: string | null;

  /** The 201 answer, written just after the booking's commit; null in between. */
  @Column(jsonColumn({ name: 'response_body', nullable: true }))
  responseBody!: Record<string, unknown> | null;

  @Column(instantColumn({ name: 'created_at' }))
  createdAt!: Date;

  // Declared for the foreign key only, so TypeORM's view of the schema matches the migration.
  @ManyToOne(() => BookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_booking_idempotency_keys_booking' })
  booking?: BookingEntity;
}
