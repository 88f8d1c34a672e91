import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { instantColumn, uuidColumn } from '@app/common';

/** A booking's customer link: the secret its URL carries. */
@Entity({ name: 'appointment_links' })
@Index('uq_appointment_links_token', ['token'], { unique: true })
export class AppointmentLinkEntity {
  @PrimaryColumn(uuidColumn({ name: 'booking_id' }) as PrimaryColumnOptions)
  bookingId!: string;

  @Column({ type: 'varchar', length: 64 })
  token!: string;

  @Column(instantColumn({ name: 'created_at' }))
  createdAt!: Date;
}
