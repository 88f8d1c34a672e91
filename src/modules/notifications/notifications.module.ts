import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppointmentsModule } from '../appointments/appointments.module';
import { BookingsModule } from '../bookings/bookings.module';
import { CustomersModule } from '../customers/customers.module';
import { OrdersModule } from '../orders/orders.module';
import { SettingsModule } from '../settings/settings.module';
import { CustomerMailSender } from './customer-mail.sender';
import { NotificationEntity } from './entities/notification.entity';
import { QueueCustomerMailListener } from './listeners/queue-customer-mail.listener';
import { MailTransport } from './mail-transport';
import { NotificationsBookingParticipant } from './notifications-booking.participant';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/** E-mail to bookings' customers: confirmations with calendar invitations, notices of changes, reminders. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), AppointmentsModule, BookingsModule, OrdersModule, CustomersModule, SettingsModule],
  providers: [NotificationsRepository, NotificationsService, MailTransport, CustomerMailSender, QueueCustomerMailListener, NotificationsBookingParticipant],
  exports: [NotificationsService, CustomerMailSender],
})
export class NotificationsModule {}
