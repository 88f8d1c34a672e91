import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, DomainEventPayload, UnitOfWork, isUniqueViolation } from '@app/common';
import { mailConfig, MailConfig } from '../../config/mail.config';
import type { BookingNotificationType, BookingNotificationView } from '../bookings/booking-detail-participants';
import type { Booking } from '../bookings/booking.model';
import { BookingsService } from '../bookings/bookings.service';
import { BookingEventName } from '../bookings/events/booking-changed.event';
import { CustomersService } from '../customers/customers.service';
import { OrderSite, OrdersService } from '../orders/orders.service';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationsRepository } from './notifications.repository';

const HOUR_MS = 3_600_000;

/** The notice each booking event sends its customer; a booking that completed or was a no-show only loses its reminders. */
const NOTICE_OF_EVENT: Record<BookingEventName, Exclude<BookingNotificationType, 'reminder'> | null> = {
  'booking.scheduled': 'confirmation',
  'booking.rescheduled': 'reschedule',
  'booking.cancelled': 'cancellation',
  'booking.completed': null,
  'booking.no_show': null,
};

type BookingEvent = DomainEventPayload<BookingEventName>;

function viewOf(row: NotificationEntity): BookingNotificationView {
  return { type: row.type, to: row.recipient, sentAt: row.sentAt, status: row.status, ...(row.lastError !== null && { error: row.lastError }) };
}

/**
 * The e-mails to a booking's customer (issue 16, item 2): what each booking event queues, and
 * the record of them a booking's detail shows. `CustomerMailSender` sends what is due.
 */
@Injectable()
export class NotificationsService {
  private readonly reminderLeadMs: number;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly bookingsService: BookingsService,
    private readonly ordersService: OrdersService,
    private readonly customersService: CustomersService,
    private readonly clock: Clock,
    @Inject(mailConfig.KEY) config: MailConfig,
  ) {
    this.reminderLeadMs = config.reminderHoursBefore * HOUR_MS;
  }

  /**
   * Queues what the event calls for: its notice, and when the booking is (still) scheduled a
   * reminder per visit yet to come; reminders queued earlier and not sent are dropped, since
   * their visits moved or will not take place. Idempotent by event id. `afterCommit` runs once
   * something was queued.
   */
  async queueFor(eventName: BookingEventName, event: BookingEvent, afterCommit: () => void): Promise<void> {
    const notice = NOTICE_OF_EVENT[eventName];
    const { booking } = await this.bookingsService.withRevision(event.bookingId);
    const recipient = await this.recipientOf(event.orderId);
    try {
      await this.unitOfWork.run(async (manager) => {
        if (await this.notifications.existsForEvent(event.id, manager)) return;
        await this.notifications.deletePendingReminders(event.bookingId, manager);
        const now = this.clock.now();
        const base = { bookingId: event.bookingId, orderId: event.orderId, eventId: event.id, recipient, status: 'pending' as const, attempts: 0, createdAt: now, updatedAt: now };
        const rows: Array<Partial<NotificationEntity>> = [
          ...(notice ? [{ ...base, type: notice, visitNumber: 0, visitStart: null, dueAt: now }] : []),
          ...this.remindersOf(booking, now).map((reminder) => ({ ...base, type: 'reminder' as const, ...reminder })),
        ];
        await this.notifications.add(rows, manager);
        if (rows.length > 0) this.unitOfWork.afterCommit(manager, afterCommit);
      });
    } catch (error) {
      // The same event delivered twice at once (a lease that ran out): the other delivery queued it.
      if (!isUniqueViolation(error)) throw error;
    }
  }

  async listForBooking(bookingId: string): Promise<BookingNotificationView[]> {
    return (await this.notifications.findByBooking(bookingId)).map(viewOf);
  }

  /** The customer's address now: it is read again when the message goes. */
  private async recipientOf(orderId: string): Promise<string> {
    return (await this.siteAndCustomerOf(orderId)).customer.email;
  }

  /** The order's installation site and its customer, through Orders and Customers: one read of each. */
  async siteAndCustomerOf(orderId: string): Promise<{ site: OrderSite; customer: { name: string; email: string } }> {
    const site = (await this.ordersService.sitesOf([orderId])).get(orderId)!;
    const customer = await this.customersService.getById(site.customerId);
    return { site, customer: { name: customer.name, email: customer.email } };
  }

  /** A reminder for each visit whose reminder time is still to come; a visit booked closer than that has its confirmation. */
  private remindersOf(booking: Booking, now: Date): Array<Pick<NotificationEntity, 'visitNumber' | 'visitStart' | 'dueAt'>> {
    if (booking.status !== 'scheduled') return [];
    return booking.visits
      .map((visit, index) => ({ visitNumber: index + 1, visitStart: visit.start, dueAt: new Date(visit.start.getTime() - this.reminderLeadMs) }))
      .filter((reminder) => reminder.dueAt > now);
  }
}
