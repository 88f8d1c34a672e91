import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvent, domainEventListeners } from '@app/common';
import { OutboxRepository } from './outbox.repository';

/**
 * Records domain events in the caller's transaction: the event exists exactly when the
 * change that raised it was committed, with a delivery for each listener subscribed to it.
 * The dispatcher delivers them afterwards.
 */
@Injectable()
export class OutboxPublisher {
  constructor(private readonly outboxRepository: OutboxRepository) {}

  async publish(manager: EntityManager, ...events: DomainEvent[]): Promise<void> {
    await this.outboxRepository.add(
      manager,
      events.map((event) => {
        const aggregate = event.aggregate();
        return {
          id: event.id,
          eventName: event.eventName,
          aggregateType: aggregate.type,
          aggregateId: aggregate.id,
          payload: { ...event },
          listeners: domainEventListeners(event.eventName),
        };
      }),
      new Date(),
    );
  }
}
