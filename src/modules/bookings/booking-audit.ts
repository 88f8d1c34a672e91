import type { BookingAction } from './booking-action';
import type { BookingStatus } from './booking-status';
import type { BookingEntity } from './entities/booking.entity';
import type { NewAuditEntry } from './bookings.repository';

/** The parts of a booking an audit row compares. */
export interface BookingState {
  engineerId: string;
  startAt: Date;
  endAt: Date;
  status: BookingStatus;
}

export function stateOf(booking: BookingEntity): BookingState {
  return { engineerId: booking.engineerId, startAt: booking.startAt, endAt: booking.endAt, status: booking.status };
}

/** An audit row for a change from `before` (null when the booking was created) to the booking as it is now. */
export function auditEntry(
  action: BookingAction,
  before: BookingState | null,
  after: BookingEntity,
  context: { actor: string; at: Date; reason?: string | null },
): NewAuditEntry {
  return {
    bookingId: after.id,
    action,
    oldEngineerId: before?.engineerId ?? null,
    newEngineerId: after.engineerId,
    oldStartAt: before?.startAt ?? null,
    oldEndAt: before?.endAt ?? null,
    newStartAt: after.startAt,
    newEndAt: after.endAt,
    oldStatus: before?.status ?? null,
    newStatus: after.status,
    reason: context.reason ?? null,
    at: context.at,
    actor: context.actor,
  };
}
