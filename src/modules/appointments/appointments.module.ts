import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '../bookings/bookings.module';
import { OrdersModule } from '../orders/orders.module';
import { SettingsModule } from '../settings/settings.module';
import { AppointmentLinksRepository } from './appointment-links.repository';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsService } from './appointments.service';
import { CustomerLinksController } from './customer-links.controller';
import { AppointmentLinkEntity } from './entities/appointment-link.entity';

/** Customers' self-service: each booking's secret link, and what a customer may do there. Owns `appointment_links`. */
@Module({
  imports: [TypeOrmModule.forFeature([AppointmentLinkEntity]), SettingsModule, OrdersModule, BookingsModule],
  controllers: [AppointmentsController, CustomerLinksController],
  providers: [AppointmentLinksRepository, AppointmentsService],
  exports: [AppointmentsService],
})
export class AppointmentsModule {}
