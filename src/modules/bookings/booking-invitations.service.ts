import { Injectable } from '@nestjs/common';
import { OrderSite, OrdersService } from '../orders/orders.service';
import type { Booking } from './booking.model';
import { BookingsService } from './bookings.service';
import { InvitationMethod, InvitationParties, renderInvitation } from './calendar-feed';

export type { CalendarParty, InvitationMethod, InvitationParties } from './calendar-feed';

/** A booking as its customer is told of it: where, and its calendar invitation. */
export interface BookingInvitation {
  booking: Booking;
  /** Null only for an order that no longer exists. */
  site: OrderSite | null;
  /** The booking's changes since it was created: the invitation's SEQUENCE. */
  sequence: number;
  /** The iCalendar text: one event per visit, with the UIDs and SEQUENCE of the engineer's feed. */
  ics: string;
}

/**
 * Calendar invitations for a booking's customer (issue 16, item 2): the same events as the
 * engineer's feed (`calendar-feed.ts`), so a visit keeps its UID wherever it is shown.
 */
@Injectable()
export class BookingInvitationsService {
  constructor(
    private readonly bookingsService: BookingsService,
    private readonly ordersService: OrdersService,
  ) {}

  /** `knownSite`: the booking's order's site, when the caller has just read it; else it is read here. */
  async invitationFor(bookingId: string, method: InvitationMethod, parties: InvitationParties, knownSite?: OrderSite): Promise<BookingInvitation> {
    const { booking, sequence } = await this.bookingsService.withRevision(bookingId);
    const site = knownSite ?? (await this.ordersService.sitesOf([booking.orderId])).get(booking.orderId) ?? null;
    return { booking, site, sequence, ics: renderInvitation(booking, site ?? undefined, sequence, method, parties) };
  }
}
