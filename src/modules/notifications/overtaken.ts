import type { BookingNotificationType } from '../bookings/booking-detail-participants';
import type { Booking } from '../bookings/booking.model';

export interface QueuedMessage {
  type: BookingNotificationType;
  /** A reminder's visit, from 1. */
  visitNumber: number;
  /** Where a reminder's visit started when it was queued. */
  visitStart: Date | null;
}

/**
 * Whether the booking has moved on since the message was queued, so that it would tell the
 * customer something no longer true: a reminder of a visit that moved or will not take place,
 * or an invitation (confirmation, move) to a booking since cancelled or concluded, whose own
 * notice, when it has one, follows (a booking's notices go in order). A cancellation always goes.
 */
export function isOvertaken(message: QueuedMessage, booking: Pick<Booking, 'status' | 'visits'>): boolean {
  if (message.type === 'cancellation') return false;
  if (booking.status !== 'scheduled') return true;
  if (message.type !== 'reminder') return false;
  return booking.visits[message.visitNumber - 1]?.start.getTime() !== message.visitStart?.getTime();
}
