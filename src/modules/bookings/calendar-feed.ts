import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Booking } from './booking.model';

export interface FeedOwner {
  id: string;
  name: string;
}

/**
 * An RFC 5545 calendar of an engineer's scheduled bookings, for calendar apps to subscribe
 * to: one event per visit. Times are UTC, which every client converts to its own zone. An
 * event's UID is the booking's id (and, after the first, the visit's number), so a
 * rescheduled booking moves rather than duplicates, and a one-visit booking keeps the UID it
 * always had.
 */
export function renderCalendarFeed(owner: FeedOwner, bookings: Booking[]): string {
  const calendar = ical({
    name: `Installations: ${owner.name}`,
    prodId: { company: 'Vision Telematics', product: 'Bookings', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // Clients that honour it poll hourly.
    ttl: 60 * 60,
  });
  for (const booking of bookings) {
    const count = booking.visits.length;
    booking.visits.forEach((visit, index) => {
      calendar.createEvent({
        id: index === 0 ? `booking-${booking.id}@vision-telematics` : `booking-${booking.id}-visit-${index + 1}@vision-telematics`,
        start: visit.start,
        end: visit.end,
        stamp: booking.updatedAt,
        created: booking.createdAt,
        lastModified: booking.updatedAt,
        status: ICalEventStatus.CONFIRMED,
        summary: count === 1 ? `Installation, order ${booking.orderId}` : `Installation, order ${booking.orderId} (day ${index + 1} of ${count})`,
        description: booking.notes ?? undefined,
      });
    });
  }
  return calendar.toString();
}
