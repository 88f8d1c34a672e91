import { Injectable, OnModuleInit } from '@nestjs/common';
import { BookingDetailPart, BookingDetailParticipant, BookingDetailParticipants } from '../bookings/booking-detail-participants';
import { NotificationsService } from './notifications.service';

/** What Notifications adds to a booking's detail: the e-mails to its customer. */
@Injectable()
export class NotificationsBookingParticipant implements BookingDetailParticipant, OnModuleInit {
  constructor(
    private readonly participants: BookingDetailParticipants,
    private readonly notificationsService: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.participants.register(this);
  }

  async detailOf(bookingId: string): Promise<BookingDetailPart> {
    return { notifications: await this.notificationsService.listForBooking(bookingId) };
  }
}
