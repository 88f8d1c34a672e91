import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, EVERYTHING, UnitOfWork, customerActor, generateSecret, hasSecretShape } from '@app/common';
import { appConfig, AppConfig } from '../../config/app.config';
import { Availability, AvailabilityService } from '../bookings/availability.service';
import { BookingLifecycleService } from '../bookings/booking-lifecycle.service';
import { BookingSchedulingService } from '../bookings/booking-scheduling.service';
import type { Booking } from '../bookings/booking.model';
import { BookingsService } from '../bookings/bookings.service';
import { OrderSite, OrdersService } from '../orders/orders.service';
import { SettingsService } from '../settings/settings.service';
import type { Appointment } from './appointment.model';
import { changeBlocker, changeableUntil } from './appointment-window';
import { AppointmentLinksRepository } from './appointment-links.repository';
import { AppointmentClosedError, AppointmentNotFoundError, ChangeTooLateError } from './appointments.errors';
import { AppointmentLinkEntity } from './entities/appointment-link.entity';

/** The booking's cancellation reason when the customer gives none. */
const CUSTOMER_CANCELLATION_REASON = 'cancelled by the customer';

/** A booking reached through its link, with what its answer and its changes need. */
interface LinkedBooking {
  booking: Booking;
  site: OrderSite;
  cutoffHours: number;
  timeZone: string;
}

/**
 * Customers' self-service: each booking's secret link (the token in its URL is the whole
 * credential, so the customer never signs in), and what the customer may do there: see the
 * appointment, look for another slot, move or cancel it until the cut-off. Changes go through
 * Bookings' own lifecycle and scheduling, audited with the customer as the actor.
 */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly links: AppointmentLinksRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly bookingsService: BookingsService,
    private readonly scheduling: BookingSchedulingService,
    private readonly lifecycle: BookingLifecycleService,
    private readonly availabilityService: AvailabilityService,
    private readonly ordersService: OrdersService,
    private readonly settingsService: SettingsService,
    private readonly clock: Clock,
    @Inject(appConfig.KEY) private readonly app: AppConfig,
  ) {}

  /**
   * The booking's customer link, issued on first asking; the same URL after, until rotated.
   * For other modules (the confirmation e-mail): given a manager, inside the caller's
   * transaction, which may be the one creating the booking.
   */
  async linkFor(bookingId: string, manager?: EntityManager): Promise<string> {
    const link =
      (await this.links.findByBooking(bookingId, manager)) ??
      (manager ? await this.issueFirst(bookingId, manager) : await this.unitOfWork.run((work) => this.issueFirst(bookingId, work)));
    return this.urlFor(link.token);
  }

  /** For staff: the link of a booking that exists (404 `BOOKING_NOT_FOUND` otherwise). */
  async linkOfBooking(bookingId: string): Promise<string> {
    await this.bookingsService.get(bookingId, EVERYTHING);
    return this.linkFor(bookingId);
  }

  /** A new link for the booking; the old one answers 404 at once. */
  async rotate(bookingId: string): Promise<string> {
    await this.bookingsService.get(bookingId, EVERYTHING);
    const link = this.newLink(bookingId);
    await this.unitOfWork.run((manager) => this.links.replace(link, manager));
    return this.urlFor(link.token);
  }

  async view(token: string): Promise<Appointment> {
    return this.describe(await this.linked(token));
  }

  /** Slots the appointment could move to, as a dispatcher's availability offers them; only while it may change. */
  async availability(token: string, window: { start: Date; end: Date }): Promise<Availability> {
    const linked = await this.linked(token);
    this.assertChangeable(linked);
    return this.availabilityService.availability(linked.booking.orderId, window);
  }

  /** As a dispatcher's cancellation: the booking is cancelled, its tasks wait for a new booking. */
  async cancel(token: string, reason: string | undefined): Promise<Appointment> {
    const linked = await this.linked(token);
    this.assertChangeable(linked);
    const booking = await this.lifecycle.cancel(linked.booking.id, reason ?? CUSTOMER_CANCELLATION_REASON, customerActor(linked.site.customerId));
    return this.describe({ ...linked, booking });
  }

  /** As a dispatcher's reschedule, to a slot of `availability`: another start, and the slot's engineer. */
  async reschedule(token: string, slot: { start: Date; engineerId?: string }): Promise<Appointment> {
    const linked = await this.linked(token);
    this.assertChangeable(linked);
    const booking = await this.scheduling.reschedule(linked.booking.id, slot, customerActor(linked.site.customerId));
    return this.describe({ ...linked, booking });
  }

  /** The booking a token names; a 404 whatever is wrong with the token, so its shape tells nothing. */
  private async linked(token: string): Promise<LinkedBooking> {
    const link = hasSecretShape(token) ? await this.links.findByToken(token) : null;
    if (!link) throw new AppointmentNotFoundError();
    const [booking, settings] = await Promise.all([this.bookingsService.get(link.bookingId, EVERYTHING), this.settingsService.current()]);
    const site = (await this.ordersService.sitesOf([booking.orderId])).get(booking.orderId)!;
    return { booking, site, cutoffHours: settings.customerChangeCutoffHours, timeZone: settings.timezone };
  }

  private assertChangeable({ booking, cutoffHours }: LinkedBooking): void {
    const until = changeableUntil(booking.start, cutoffHours);
    const blocker = changeBlocker(booking, until, this.clock.now());
    if (blocker === 'too_late') throw new ChangeTooLateError(until, cutoffHours);
    if (blocker) throw new AppointmentClosedError(booking.status, blocker === 'started');
  }

  private describe({ booking, site, cutoffHours, timeZone }: LinkedBooking): Appointment {
    const until = changeableUntil(booking.start, cutoffHours);
    return {
      orderNumber: site.number,
      status: booking.status,
      timeZone,
      visits: booking.visits,
      address: site.address,
      vehicles: site.vehicles,
      changesAllowed: changeBlocker(booking, until, this.clock.now()) === null,
      changeableUntil: until,
    };
  }

  private async issueFirst(bookingId: string, manager: EntityManager): Promise<AppointmentLinkEntity> {
    await this.links.insertIfAbsent(this.newLink(bookingId), manager);
    return (await this.links.findByBooking(bookingId, manager))!;
  }

  private newLink(bookingId: string): AppointmentLinkEntity {
    return Object.assign(new AppointmentLinkEntity(), { bookingId, token: generateSecret(), createdAt: this.clock.now() });
  }

  private urlFor(token: string): string {
    return `${this.app.publicBaseUrl}/api/v1/appointments/${token}`;
  }
}
