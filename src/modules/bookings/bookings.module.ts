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
import { SchedulingInputs } from './scheduling-inputs';

/** Who installs an order and when: availability, the booking lifecycle and its audit trail. */
@Module({
  imports: [
    TypeOrmModule.forFeature([BookingEntity, BookingServiceEntity, BookingVisitEntity, BookingAuditEntity, CalendarFeedEntity]),
    SettingsModule,
    EngineersModule,
    OrdersModule,
    ServicesModule,
    AuthModule,
  ],
  controllers: [BookingsController, EngineerCalendarController, CalendarSubscriptionController],
  providers: [
    BookingsRepository,
    BookingsService,
    BookingDetailParticipants,
    BookingInvitationsService,
    BookingHistory,
    SchedulingInputs,
    AvailabilityService,
    BookingSchedulingService,
    BookingLifecycleService,
    BookingsOrderParticipant,
    BookingsServiceParticipant,
    BookingsEngineerParticipant,
    CalendarFeedsRepository,
    CalendarFeedsService,
  ],
  exports: [AvailabilityService, BookingSchedulingService, BookingsService, BookingInvitationsService, BookingDetailParticipants],
})
export class BookingsModule {}
