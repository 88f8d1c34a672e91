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

  @Column(jsonColumn({ name: 'default_working_hours' }))
  defaultWorkingHours!: WorkingHours;

  /** Working days (Mon–Fri) a standard order may wait for its booking: its `dueBy`. */
  @Column({ name: 'book_within_working_days', type: 'integer', default: 10 })
  bookWithinWorkingDays!: number;

  /** As `bookWithinWorkingDays`, for an urgent order. */
  @Column({ name: 'urgent_book_within_working_days', type: 'integer', default: 2 })
  urgentBookWithinWorkingDays!: number;
}
