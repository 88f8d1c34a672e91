import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Booking } from './booking.model';

export interface FeedOwner {
  id: string;
  name: string;
}

/**
 * An RFC 5545 calendar of an engineer's scheduled bookings, for calendar apps to subscribe
 * to. Times are UTC, which every client converts to its own zone; an event keeps the
 * booking's id as its UID, so a rescheduled booking moves rather than duplicates.
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
    calendar.createEvent({
      id: `booking-${booking.id}@vision-telematics`,
      start: booking.start,
      end: booking.end,
      stamp: booking.updatedAt,
      created: booking.createdAt,
      lastModified: booking.updatedAt,
      status: ICalEventStatus.CONFIRMED,
      summary: `Installation, order ${booking.orderId}`,
      description: booking.notes ?? undefined,
    });
  }
  return calendar.toString();
}
