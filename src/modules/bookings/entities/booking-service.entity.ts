import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PrimaryColumnOptions } from 'typeorm/decorator/columns/PrimaryColumn';
import { uuidColumn } from '@app/common';
import { BookingEntity } from './booking.entity';

/** A service the booking scheduled. No foreign key to services: that table belongs to the Services module. */
@Entity({ name: 'booking_services' })
export class BookingServiceEntity {
  @PrimaryColumn(uuidColumn({ name: 'booking_id' }) as PrimaryColumnOptions)
  bookingId!: string;

  @PrimaryColumn(uuidColumn({ name: 'service_id' }) as PrimaryColumnOptions)
  serviceId!: string;

  // Declared for the foreign key only, so TypeORM's view of the schema matches the migration.
  @ManyToOne(() => BookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_booking_services_booking' })
  booking?: BookingEntity;
}
