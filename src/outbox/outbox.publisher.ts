import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvent, DomainEventType } from '@app/common';
import { OutboxRepository } from './outbox.repository';

/**
 * Records domain events in the caller's transaction: the event exists exactly when the
 * change that raised it was committed. The dispatcher delivers it afterwards.
 */
@Injectable()
export class OutboxPublisher {
  constructor(private readonly outboxRepository: OutboxRepository) {}

  async publish(manager: EntityManager, ...events: DomainEvent[]): Promise<void> {
    await this.outboxRepository.add(
      manager,
      events.map((event) => ({
        id: event.id,
        eventName: (event.constructor as unknown as DomainEventType).eventName,
        payload: { ...event },
      })),
    );
  }
}
