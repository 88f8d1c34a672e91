import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn, uuidColumn } from '@app/common';
import type { BookingAction } from '../booking-action';
import type { BookingStatus } from '../booking-status';
import { BookingEntity } from './booking.entity';

/** One change of a booking: what it was before (null on creation) and after. Rows are only appended. */
@Entity({ name: 'booking_audit' })
@Index('idx_booking_audit_booking_at', ['bookingId', 'at', 'id'])
@Check('chk_booking_audit_action', "action IN ('created', 'rescheduled', 'started', 'service_removed', 'service_failed', 'cancelled', 'completed', 'no_show')")
@Check('chk_booking_audit_old_status', "old_status IN ('scheduled', 'completed', 'cancelled', 'no_show')")
@Check('chk_booking_audit_new_status', "new_status IN ('scheduled', 'completed', 'cancelled', 'no_show')")
export class BookingAuditEntity {
  /** A serial rather than a UUID: it keeps changes made in the same millisecond in order. */
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column(uuidColumn({ name: 'booking_id' }))
  bookingId!: string;

  // Declared for the foreign key only, so TypeORM's view of the schema matches the migration.
  @ManyToOne(() => BookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_booking_audit_booking' })
  booking?: BookingEntity;

  @Column({ type: 'varchar', length: 16 })
  action!: BookingAction;

  @Column(uuidColumn({ name: 'old_engineer_id', nullable: true }))
  oldEngineerId!: string | null;

  @Column(uuidColumn({ name: 'new_engineer_id' }))
  newEngineerId!: string;

  @Column(instantColumn({ name: 'old_start_at', nullable: true }))
  oldStartAt!: Date | null;

  @Column(instantColumn({ name: 'old_end_at', nullable: true }))
  oldEndAt!: Date | null;

  @Column(instantColumn({ name: 'new_start_at' }))
  newStartAt!: Date;

  @Column(instantColumn({ name: 'new_end_at' }))
  newEndAt!: Date;

  @Column({ name: 'old_status', type: 'varchar', length: 16, nullable: true })
  oldStatus!: BookingStatus | null;

  @Column({ name: 'new_status', type: 'varchar', length: 16 })
  newStatus!: BookingStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column(instantColumn())
  at!: Date;

  @Column({ type: 'varchar', length: 100 })
  actor!: string;
}
