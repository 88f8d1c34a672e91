import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { EngineersModule } from '../engineers/engineers.module';
import { OrdersModule } from '../orders/orders.module';
import { ServicesModule } from '../services/services.module';
import { SettingsModule } from '../settings/settings.module';
import { AvailabilityService } from './availability.service';
import { BookingDetailParticipants } from './booking-detail-participants';
import { BookingHistory } from './booking-history';
import { BookingInvitationsService } from './booking-invitations.service';
import { BookingLifecycleService } from './booking-lifecycle.service';
import { BookingHoldsRepository } from './booking-holds.repository';
import { BookingIdempotencyKeysRepository } from './booking-idempotency-keys.repository';
import { BookingHoldsService } from './booking-holds.service';
import { BookingIdempotencyKeyRetentionJob, ExpiredHoldsRetentionJob } from './booking-retention.jobs';
import { BookingSchedulingService } from './booking-scheduling.service';
import { BookingsOrderParticipant, BookingsServiceParticipant } from './booking-participants';
import { BookingsEngineerParticipant } from './bookings-engineer.participant';
import { BookingsController } from './bookings.controller';
import { BookingsRepository } from './bookings.repository';
import { BookingsService } from './bookings.service';
import { CalendarFeedsRepository } from './calendar-feeds.repository';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarSubscriptionController } from './calendar-subscription.controller';
import { EngineerCalendarController } from './engineer-calendar.controller';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { BookingAuditEntity } from './entities/booking-audit.entity';
import { BookingServiceEntity } from './entities/booking-service.entity';
import { BookingVisitEntity } from './entities/booking-visit.entity';
import { BookingEntity } from './entities/booking.entity';
import { BookingHoldEntity } from './entities/booking-hold.entity';
import { BookingIdempotencyKeyEntity } from './entities/booking-idempotency-key.entity';
import { HoldAlternatives } from './hold-alternatives';
import { IdempotentBookingsService } from './idempotent-bookings.service';
import { SchedulingInputs } from './scheduling-inputs';
import { SelfBookingController } from './self-booking.controller';
import { SlotChecks } from './slot-checks';

/** Who installs an order and when: availability, holds for a web shop's checkout, the booking lifecycle and its audit trail. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      BookingEntity,
      BookingServiceEntity,
      BookingVisitEntity,
      BookingAuditEntity,
      CalendarFeedEntity,
      BookingHoldEntity,
      BookingIdempotencyKeyEntity,
    ]),
    SettingsModule,
    EngineersModule,
    OrdersModule,
    ServicesModule,
    AuthModule,
  ],
  controllers: [BookingsController, SelfBookingController, EngineerCalendarController, CalendarSubscriptionController],
  providers: [
    BookingsRepository,
    BookingsService,
    BookingDetailParticipants,
    BookingInvitationsService,
    BookingHistory,
    SchedulingInputs,
    SlotChecks,
    AvailabilityService,
    BookingSchedulingService,
    BookingHoldsRepository,
    BookingIdempotencyKeysRepository,
    BookingHoldsService,
    HoldAlternatives,
    IdempotentBookingsService,
    ExpiredHoldsRetentionJob,
    BookingIdempotencyKeyRetentionJob,
    BookingLifecycleService,
    BookingsOrderParticipant,
    BookingsServiceParticipant,
    BookingsEngineerParticipant,
    CalendarFeedsRepository,
    CalendarFeedsService,
  ],
  exports: [AvailabilityService, BookingHoldsService, BookingSchedulingService, BookingLifecycleService, BookingsService, BookingInvitationsService, BookingDetailParticipants],
})
export class BookingsModule {}
