import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingAuditEntity } from './entities/booking-audit.entity';
import { BookingServiceEntity } from './entities/booking-service.entity';
import { BookingEntity } from './entities/booking.entity';

/** Who installs an order and when: availability, the booking lifecycle and its audit trail. */
@Module({
  imports: [TypeOrmModule.forFeature([BookingEntity, BookingServiceEntity, BookingAuditEntity])],
})
export class BookingsModule {}
