import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '@app/common';
import { OutboxPublisher } from '../../outbox/outbox.publisher';
import { Announcements } from '../../redis/announcements';
import type { BookingAction } from './booking-action';
import { BookingState, auditEntry } from './booking-audit';
import { BookingsRepository } from './bookings.repository';
import { BookingEntity } from './entities/booking.entity';
import { BOOKING_EVENT_OF_ACTION, BookingChangedEvent, BookingPlacement } from './events/booking-changed.event';

/**
 * Every change to a booking is written here: its audit row and, for the changes the outside
 * world hears of (scheduled, rescheduled, concluded), its domain event, in the same transaction.
 * Once it commits, every instance hears that bookings changed (what the dispatcher's board shows).
 */
@Injectable()
export class BookingHistory {
  constructor(
    private readonly bookingsRepository: BookingsRepository,
    private readonly outbox: OutboxPublisher,
    private readonly unitOfWork: UnitOfWork,
    private readonly announcements: Announcements,
  ) {}

  async record(
    action: BookingAction,
    before: BookingState | null,
    booking: BookingEntity,
    context: { actor: string; at: Date; reason?: string | null },
    manager: EntityManager,
  ): Promise<void> {
    await this.bookingsRepository.addAudit(auditEntry(action, before, booking, context), manager);
    this.unitOfWork.afterCommit(manager, () => void this.announcements.announce({ kind: 'data-changed', data: 'bookings' }));
    const eventName = BOOKING_EVENT_OF_ACTION[action as keyof typeof BOOKING_EVENT_OF_ACTION];
    if (!eventName) return;
    const previous = action === 'rescheduled' && before ? placementOf(before) : null;
    const event = new BookingChangedEvent(eventName, booking.id, booking.orderId, booking.status, placementOf(booking), previous, context.reason ?? null, context.actor, null);
    await this.outbox.publish(manager, event);
  }
}

function placementOf(state: Pick<BookingState, 'engineerId' | 'startAt' | 'endAt'>): BookingPlacement {
  return { engineerId: state.engineerId, start: state.startAt.toISOString(), end: state.endAt.toISOString() };
}
