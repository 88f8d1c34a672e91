import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, uuidColumn } from '@app/common';
import type { VisitFailureReason } from '../../services/service-participants';
import type { ServiceOutcome } from '../booking.model';
import { BookingEntity } from './booking.entity';

/** A service the booking scheduled. No foreign key to services: that table belongs to the Services module. */
@Entity({ name: 'booking_services' })
@Check(
  'chk_booking_services_outcome',
  "(outcome IS NULL AND failure_reason IS NULL AND outcome_at IS NULL) OR " +
    "(outcome = 'completed' AND failure_reason IS NULL AND outcome_at IS NOT NULL) OR " +
    "(outcome = 'failed' AND failure_reason IN ('vehicle_not_present', 'vehicle_incompatible', 'customer_refused', 'parts_missing', 'other') AND outcome_at IS NOT NULL)",
)
export class BookingServiceEntity {
  @PrimaryColumn(uuidColumn({ name: 'booking_id' }) as PrimaryColumnOptions)
  bookingId!: string;

  @PrimaryColumn(uuidColumn({ name: 'service_id' }) as PrimaryColumnOptions)
  serviceId!: string;

  /** What the booking's visits did with the task: null while it is still to be done. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome!: ServiceOutcome | null;

  @Column({ name: 'failure_reason', type: 'varchar', length: 32, nullable: true })
  failureReason!: VisitFailureReason | null;

  @Column({ name: 'failure_note', type: 'text', nullable: true })
  failureNote!: string | null;

  @Column(instantColumn({ name: 'outcome_at', nullable: true }))
  outcomeAt!: Date | null;

  // Declared for the foreign key only, so TypeORM's view of the schema matches the migration.
  @ManyToOne(() => BookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_booking_services_booking' })
  booking?: BookingEntity;
}
