import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity, instantColumn, uuidColumn } from '@app/common';
import type { BookingStatus } from '../booking-status';

// Names and definitions match migrations/1764065300000-create-bookings.ts (and the order index of 1764065500000), so a generated
// migration sees no difference. The no-overlap exclusion constraint is on booking_visits (1764066500000).
@Entity({ name: 'bookings' })
@Index('uq_bookings_order_scheduled', ['orderId'], { unique: true, where: "status = 'scheduled'" })
@Index('idx_bookings_engineer_start', ['engineerId', 'startAt'])
@Index('idx_bookings_start', ['startAt'])
@Index('idx_bookings_created_at_id', ['createdAt', 'id'])
@Index('idx_bookings_status_created_at_id', ['status', 'createdAt', 'id'])
@Index('idx_bookings_order_created_at_id', ['orderId', 'createdAt', 'id'])
@Check('chk_bookings_status', "status IN ('scheduled', 'completed', 'cancelled', 'no_show')")
@Check('chk_bookings_period', 'end_at > start_at')
export class BookingEntity extends BaseEntity {
  /** No foreign key: the orders table belongs to the Orders module. */
  @Column(uuidColumn({ name: 'order_id' }))
  orderId!: string;

  /** No foreign key: the engineers table belongs to the Engineers module. */
  @Column(uuidColumn({ name: 'engineer_id' }))
  engineerId!: string;

  /** The first visit's start. */
  @Column(instantColumn({ name: 'start_at' }))
  startAt!: Date;

  /** The last visit's end. */
  @Column(instantColumn({ name: 'end_at' }))
  endAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  status!: BookingStatus;

  @Column({ name: 'cancellation_reason', type: 'varchar', length: 500, nullable: true })
  cancellationReason!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** When the first of its services was started: the visit began. */
  @Column(instantColumn({ name: 'started_at', nullable: true }))
  startedAt!: Date | null;

  @Column({ name: 'no_show_reason', type: 'varchar', length: 500, nullable: true })
  noShowReason!: string | null;
}
