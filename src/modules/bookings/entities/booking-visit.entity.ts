import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, uuidColumn } from '@app/common';
import type { BookingStatus } from '../booking-status';
import { BookingEntity } from './booking.entity';

// Names and definitions match migrations/1764066500000-create-booking-visits.ts, so a generated migration sees no
// difference. TypeORM applies @Exclusion on PostgreSQL only.
/**
 * One stretch of a booking's work: a booking is one visit, or a run of visits on consecutive
 * working days of its engineer. `status` is the booking's own, kept equal to it by the
 * repository in every write, so that the database can refuse overlapping visits of active bookings.
 */
@Entity({ name: 'booking_visits' })
@Index('idx_booking_visits_engineer_start', ['engineerId', 'startAt'])
@Check('chk_booking_visits_period', 'end_at > start_at')
@Check('chk_booking_visits_status', "status IN ('scheduled', 'completed', 'cancelled', 'no_show')")
@Check('chk_booking_visits_position', 'position >= 0')
@Exclusion(
  'ex_booking_visits_engineer_no_overlap',
  "USING gist (engineer_id WITH =, tstzrange(start_at, end_at) WITH &&) WHERE (status = 'scheduled')",
)
export class BookingVisitEntity {
  @PrimaryColumn(uuidColumn({ name: 'booking_id' }) as PrimaryColumnOptions)
  bookingId!: string;

  /** 0 for the first visit. */
  @PrimaryColumn({ type: 'integer' })
  position!: number;

  /** The booking's engineer; no foreign key: the engineers table belongs to the Engineers module. */
  @Column(uuidColumn({ name: 'engineer_id' }))
  engineerId!: string;

  @Column(instantColumn({ name: 'start_at' }))
  startAt!: Date;

  @Column(instantColumn({ name: 'end_at' }))
  endAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  status!: BookingStatus;

  /** Where the visit's work is (the order's installation address), copied when the visit is written, so that agendas read travel without another module's table: WGS84 degrees; both null when not known. */
  @Column({ name: 'site_lat', type: 'double precision', nullable: true })
  siteLat!: number | null;

  @Column({ name: 'site_lng', type: 'double precision', nullable: true })
  siteLng!: number | null;

  // Declared for the foreign key only, so TypeORM's view of the schema matches the migration.
  @ManyToOne(() => BookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_booking_visits_booking' })
  booking?: BookingEntity;
}
