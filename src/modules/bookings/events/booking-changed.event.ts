import { DomainEvent, EventAggregate } from '@app/common';
import type { BookingAction } from '../booking-action';
import type { BookingStatus } from '../booking-status';

/** The audited booking changes the outside world hears of, by the event each raises. */
export const BOOKING_EVENT_OF_ACTION = {
  created: 'booking.scheduled',
  rescheduled: 'booking.rescheduled',
  cancelled: 'booking.cancelled',
  completed: 'booking.completed',
  no_show: 'booking.no_show',
} as const satisfies Partial<Record<BookingAction, string>>;

export type BookingEventName = (typeof BOOKING_EVENT_OF_ACTION)[keyof typeof BOOKING_EVENT_OF_ACTION];

export interface BookingPlacement {
  readonly engineerId: string;
  readonly start: string;
  readonly end: string;
}

/**
 * A booking was scheduled, moved or concluded. It belongs to its order's stream, so an order's
 * events (placed, scheduled, rescheduled, completed, fulfilled) are delivered in the order they
 * happened. `previous` is where a rescheduled booking was.
 */
export class BookingChangedEvent<Name extends BookingEventName = BookingEventName> extends DomainEvent<Name> {
  constructor(
    private readonly name: Name,
    readonly bookingId: string,
    readonly orderId: string,
    readonly status: BookingStatus,
    readonly placement: BookingPlacement,
    readonly previous: BookingPlacement | null,
    readonly reason: string | null,
    readonly actor: string,
    correlationId: string | null,
  ) {
    super(correlationId);
  }

  get eventName(): Name {
    return this.name;
  }

  aggregate(): EventAggregate {
    return { type: 'order', id: this.orderId };
  }
}

declare module '@app/common' {
  interface DomainEventMap {
    'booking.scheduled': BookingChangedEvent<'booking.scheduled'>;
    'booking.rescheduled': BookingChangedEvent<'booking.rescheduled'>;
    'booking.cancelled': BookingChangedEvent<'booking.cancelled'>;
    'booking.completed': BookingChangedEvent<'booking.completed'>;
    'booking.no_show': BookingChangedEvent<'booking.no_show'>;
  }
}
