import { Column, Entity } from 'typeorm';
import { BaseEntity, jsonColumn, WorkingHours } from '@app/common';

@Entity({ name: 'settings' })
export class SettingsEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 64 })
  timezone!: string;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ name: 'slot_minutes', type: 'integer' })
  slotMinutes!: number;

  @Column({ name: 'min_lead_hours', type: 'integer' })
  minLeadHours!: number;

  @Column({ name: 'travel_buffer_minutes', type: 'integer' })
  travelBufferMinutes!: number;

  /** Road distance over great-circle distance, for travel times between located places. */
  @Column({ name: 'road_factor', type: 'double precision', default: 1.3 })
  roadFactor!: number;

  @Column({ name: 'average_speed_kmh', type: 'integer', default: 40 })
  averageSpeedKmh!: number;

  /** On: an engineer's first visit of a day leaves room to travel from their home base at the day's start. */
  @Column({ name: 'travel_from_home', type: 'boolean', default: false })
  travelFromHome!: boolean;

  @Column(jsonColumn({ name: 'default_working_hours' }))
  defaultWorkingHours!: WorkingHours;

  /** Working days (Mon–Fri) a standard order may wait for its booking: its `dueBy`. */
  @Column({ name: 'book_within_working_days', type: 'integer', default: 10 })
  bookWithinWorkingDays!: number;

  /** As `bookWithinWorkingDays`, for an urgent order. */
  @Column({ name: 'urgent_book_within_working_days', type: 'integer', default: 2 })
  urgentBookWithinWorkingDays!: number;

  /** How long a web shop's hold keeps a slot for its checkout (POST /bookings/holds). */
  @Column({ name: 'hold_minutes', type: 'integer', default: 10 })
  holdMinutes!: number;
  /** Hours before the first visit after which a customer can no longer cancel or move it through their link. */
  @Column({ name: 'customer_change_cutoff_hours', type: 'integer', default: 24 })
  customerChangeCutoffHours!: number;
}
