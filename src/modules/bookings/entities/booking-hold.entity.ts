import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, jsonColumn, uuidColumn } from '@app/common';

/** One visit a hold keeps, as stored: ISO instants. */
export interface HeldVisitPeriod {
  start: string;
  end: string;
}

/** The hold's visits as instants (they are stored as ISO text). */
export function heldPeriods(hold: Pick<BookingHoldEntity, 'visits'>): Array<{ start: Date; end: Date }> {
  return hold.visits.map((visit) => ({ start: new Date(visit.start), end: new Date(visit.end) }));
}

// Names and definitions match migrations/1764068000000-create-booking-holds.ts.
/**
 * An engineer's time kept for one order's checkout until `expiresAt`: every visit of the run
 * a booking from `startAt` would take. Consumed by the booking made with it, replaced by the
 * order's next hold; an expired one is kept a day (to answer HOLD_EXPIRED) and then deleted.
 */
@Entity({ name: 'booking_holds' })
@Index('uq_booking_holds_order', ['orderId'], { unique: true })
@Index('idx_booking_holds_engineer_start', ['engineerId', 'startAt'])
@Index('idx_booking_holds_expires', ['expiresAt'])
@Check('chk_booking_holds_period', 'end_at > start_at')
@Check('chk_booking_holds_expiry', 'expires_at > created_at')
export class BookingHoldEntity {
  @PrimaryColumn(uuidColumn() as PrimaryColumnOptions)
  id!: string;

  @Column(uuidColumn({ name: 'order_id' }))
  orderId!: string;

  @Column(uuidColumn({ name: 'engineer_id' }))
  engineerId!: string;

  /** The first visit's start. */
  @Column(instantColumn({ name: 'start_at' }))
  startAt!: Date;

  /** The last visit's end. */
  @Column(instantColumn({ name: 'end_at' }))
  endAt!: Date;

  @Column(jsonColumn())
  visits!: HeldVisitPeriod[];

  /** Where the work is, for the agendas' travel times; both null when not known. */
  @Column({ name: 'site_lat', type: 'double precision', nullable: true })
  siteLat!: number | null;

  @Column({ name: 'site_lng', type: 'double precision', nullable: true })
  siteLng!: number | null;

  @Column(instantColumn({ name: 'expires_at' }))
  expiresAt!: Date;

  @Column(instantColumn({ name: 'created_at' }))
  createdAt!: Date;
}
