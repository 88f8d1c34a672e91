import { Injectable } from '@nestjs/common';
import { ParticipantRegistry } from '@app/common';

/** What a customer was sent about a booking, and how that went. */
export const BOOKING_NOTIFICATION_TYPES = ['confirmation', 'reschedule', 'cancellation', 'reminder'] as const;
export type BookingNotificationType = (typeof BOOKING_NOTIFICATION_TYPES)[number];

export const BOOKING_NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export type BookingNotificationStatus = (typeof BOOKING_NOTIFICATION_STATUSES)[number];

/** One message to the customer about the booking, as its detail shows it. */
export interface BookingNotificationView {
  type: BookingNotificationType;
  to: string;
  /** When it was handed to the mail server (or written to the mail directory); null until then. */
  sentAt: Date | null;
  status: BookingNotificationStatus;
  /** The last attempt's failure, while it is retried and once it has failed for good. */
  error?: string;
}

/** A later module's part of a booking's detail. */
export interface BookingDetailPart {
  notifications?: BookingNotificationView[];
}

/**
 * A module after Bookings that adds to a booking's detail (Notifications: the messages sent
 * to its customer). Bookings calls it through this interface, never by import.
 */
export interface BookingDetailParticipant {
  detailOf(bookingId: string): Promise<BookingDetailPart>;
}

@Injectable()
export class BookingDetailParticipants extends ParticipantRegistry<BookingDetailParticipant> {}
