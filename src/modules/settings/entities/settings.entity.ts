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
}
