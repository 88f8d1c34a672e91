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
 * customer something no longer true or no longer of use: a reminder of a visit that moved,
 * will not take place or has begun (an instance was down when it was due), or an invitation (confirmation, move) to a booking since cancelled or concluded, whose own
 * notice, when it has one, follows (a booking's notices go in order). A cancellation always goes.
 */
export function isOvertaken(message: QueuedMessage, booking: Pick<Booking, 'status' | 'visits'>, now: Date): boolean {
  if (message.type === 'cancellation') return false;
  if (booking.status !== 'scheduled') return true;
  if (message.type !== 'reminder') return false;
  const visit = booking.visits[message.visitNumber - 1];
  return !visit || visit.start.getTime() !== message.visitStart?.getTime() || visit.start <= now;
}
