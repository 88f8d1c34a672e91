import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvent, UnitOfWork, domainEventListeners } from '@app/common';
import { OutboxDispatcher } from './outbox.dispatcher';
import { OutboxRepository } from './outbox.repository';

/**
 * Records domain events in the caller's transaction: the event exists exactly when the
 * change that raised it was committed, with a delivery for each listener subscribed to it.
 * The dispatcher starts delivering them once the transaction has committed, without making
 * the caller wait for it.
 */
@Injectable()
export class OutboxPublisher {
  constructor(
    private readonly outboxRepository: OutboxRepository,
    private readonly dispatcher: OutboxDispatcher,
    private readonly unitOfWork: UnitOfWork,
  ) {}

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
    this.unitOfWork.afterCommit(manager, () => void this.dispatcher.dispatchDue());
  }
}
