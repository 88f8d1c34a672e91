import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { OrderSite } from '../orders/orders.service';
import type { ServiceSummary } from '../services/services.service';
import type { Booking } from './booking.model';

export interface FeedOwner {
  id: string;
  name: string;
}

/** What a feed shows of each booking besides its times: where, on what, and how often it changed. */
export interface FeedContext {
  sites: Map<string, OrderSite>;
  tasksByOrder: Map<string, ServiceSummary[]>;
  revisions: Map<string, number>;
}

export interface CalendarParty {
  name: string;
  email: string;
}

/** Who sends an invitation and to whom (RFC 5546 wants both on a REQUEST and a CANCEL). */
export interface InvitationParties {
  organizer: CalendarParty;
  attendee: CalendarParty;
}

export type InvitationMethod = 'REQUEST' | 'CANCEL';

const PRODUCT_ID = { company: 'Vision Telematics', product: 'Bookings', language: 'EN' };

/**
 * The UID of a visit's event, the same in the feed, invitations and their updates: the
 * booking's id (and, after the first, the visit's number), so a moved visit moves rather
 * than duplicates.
 */
export function visitUid(bookingId: string, visitIndex: number): string {
  return visitIndex === 0 ? `booking-${bookingId}@vision-telematics` : `booking-${bookingId}-visit-${visitIndex + 1}@vision-telematics`;
}

function location(site: OrderSite | undefined): string | undefined {
  if (!site) return undefined;
  const { line1, line2, city, postcode } = site.address;
  return [line1, line2, city, postcode].filter(Boolean).join(', ');
}

function vehicleLines(site: OrderSite | undefined): string[] {
  const vehicles = site?.vehicles.map((vehicle) => `- ${vehicle.registration}: ${vehicle.make} ${vehicle.model}`) ?? [];
  return vehicles.length > 0 ? ['Vehicles:', ...vehicles] : [];
}

/** The engineer's view: vehicles, tasks and the dispatcher's notes. */
function feedDescription(booking: Booking, site: OrderSite | undefined, tasks: ServiceSummary[]): string {
  const booked = tasks.filter((task) => booking.serviceIds.includes(task.id));
  const lines = [
    ...vehicleLines(site),
    ...(booked.length > 0 ? ['Tasks:', ...booked.map((task) => `- ${task.type}, ${task.estimatedMinutes} min (${task.status})`)] : []),
    ...(booking.notes ? ['', booking.notes] : []),
  ];
  return lines.join('\n');
}

/**
 * One event per visit of the booking, with the order number, the installation address and a
 * SEQUENCE counting the booking's changes, so clients take the newest; a cancelled booking's
 * events are cancelled.
 */
function addVisitEvents(
  calendar: ICalCalendar,
  booking: Booking,
  site: OrderSite | undefined,
  sequence: number,
  extra: { description: string; parties?: InvitationParties },
): void {
  const count = booking.visits.length;
  const number = site?.number ?? booking.orderId;
  booking.visits.forEach((visit, index) => {
    calendar.createEvent({
      id: visitUid(booking.id, index),
      sequence,
      start: visit.start,
      end: visit.end,
      stamp: booking.updatedAt,
      created: booking.createdAt,
      lastModified: booking.updatedAt,
      status: booking.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: count === 1 ? `Installation, order ${number}` : `Installation, order ${number} (day ${index + 1} of ${count})`,
      location: location(site),
      description: extra.description,
      ...(extra.parties && {
        organizer: extra.parties.organizer,
        attendees: [{ ...extra.parties.attendee, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: false }],
      }),
    });
  });
}

/**
 * An RFC 5545 calendar of an engineer's bookings, for calendar apps to subscribe to: one event
 * per visit, with the order number, the installation address and what is to be fitted.
 * Times are UTC, which every client converts to its own zone. A cancelled booking stays in the
 * feed, cancelled, so subscribed calendars remove it.
 */
export function renderCalendarFeed(owner: FeedOwner, bookings: Booking[], context: FeedContext): string {
  const calendar = ical({
    name: `Installations: ${owner.name}`,
    prodId: PRODUCT_ID,
    method: ICalCalendarMethod.PUBLISH,
    // Clients that honour it poll hourly.
    ttl: 60 * 60,
  });
  for (const booking of bookings) {
    const site = context.sites.get(booking.orderId);
    const description = feedDescription(booking, site, context.tasksByOrder.get(booking.orderId) ?? []);
    addVisitEvents(calendar, booking, site, context.revisions.get(booking.id) ?? 0, { description });
  }
  return calendar.toString();
}

/**
 * An RFC 5546 invitation to the customer for the booking's visits: `REQUEST` (new or moved;
 * the same UIDs as the feed, the SEQUENCE raised by every change) or `CANCEL`. It shows the
 * customer what concerns them only: no tasks, no dispatcher's notes.
 */
export function renderInvitation(booking: Booking, site: OrderSite | undefined, sequence: number, method: InvitationMethod, parties: InvitationParties): string {
  const calendar = ical({ prodId: PRODUCT_ID, method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL });
  addVisitEvents(calendar, booking, site, sequence, { description: vehicleLines(site).join('\n'), parties });
  return calendar.toString();
}
