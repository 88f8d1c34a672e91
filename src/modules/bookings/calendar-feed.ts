import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
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

function location(site: OrderSite | undefined): string | undefined {
  if (!site) return undefined;
  const { line1, line2, city, postcode } = site.address;
  return [line1, line2, city, postcode].filter(Boolean).join(', ');
}

function description(booking: Booking, site: OrderSite | undefined, tasks: ServiceSummary[]): string {
  const vehicles = site?.vehicles.map((vehicle) => `- ${vehicle.registration}: ${vehicle.make} ${vehicle.model}`) ?? [];
  const booked = tasks.filter((task) => booking.serviceIds.includes(task.id));
  const lines = [
    ...(vehicles.length > 0 ? ['Vehicles:', ...vehicles] : []),
    ...(booked.length > 0 ? ['Tasks:', ...booked.map((task) => `- ${task.type}, ${task.estimatedMinutes} min (${task.status})`)] : []),
    ...(booking.notes ? ['', booking.notes] : []),
  ];
  return lines.join('\n');
}

/**
 * An RFC 5545 calendar of an engineer's bookings, for calendar apps to subscribe to: one event
 * per visit, with the order number, the installation address and what is to be fitted.
 * Times are UTC, which every client converts to its own zone. An event's UID is the booking's
 * id (and, after the first, the visit's number), so a rescheduled booking moves rather than
 * duplicates; its SEQUENCE counts the booking's changes, so clients take the newest, and a
 * cancelled booking stays in the feed, cancelled, so subscribed calendars remove it.
 */
export function renderCalendarFeed(owner: FeedOwner, bookings: Booking[], context: FeedContext): string {
  const calendar = ical({
    name: `Installations: ${owner.name}`,
    prodId: { company: 'Vision Telematics', product: 'Bookings', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // Clients that honour it poll hourly.
    ttl: 60 * 60,
  });
  for (const booking of bookings) {
    const site = context.sites.get(booking.orderId);
    const count = booking.visits.length;
    const number = site?.number ?? booking.orderId;
    booking.visits.forEach((visit, index) => {
      calendar.createEvent({
        id: index === 0 ? `booking-${booking.id}@vision-telematics` : `booking-${booking.id}-visit-${index + 1}@vision-telematics`,
        sequence: context.revisions.get(booking.id) ?? 0,
        start: visit.start,
        end: visit.end,
        stamp: booking.updatedAt,
        created: booking.createdAt,
        lastModified: booking.updatedAt,
        status: booking.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        summary: count === 1 ? `Installation, order ${number}` : `Installation, order ${number} (day ${index + 1} of ${count})`,
        location: location(site),
        description: description(booking, site, context.tasksByOrder.get(booking.orderId) ?? []),
      });
    });
  }
  return calendar.toString();
}
