import { Injectable } from '@nestjs/common';
import { Page, UnitOfWork, toPage } from '@app/common';
import { EventNotFailedError, EventNotFoundError } from './outbox.errors';
import { OutboxEventResponse } from './dto/outbox-event.response';
import { OutboxDeliveryEntity } from './entities/outbox-delivery.entity';
import { OutboxEventEntity, OutboxEventStatus } from './entities/outbox-event.entity';
import { OutboxDispatcher } from './outbox.dispatcher';
import { OutboxRepository } from './outbox.repository';

function toResponse(event: OutboxEventEntity, deliveries: OutboxDeliveryEntity[]): OutboxEventResponse {
  return {
    id: event.id,
    eventName: event.eventName,
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    sequence: event.sequence,
    status: event.status,
    payload: event.payload,
    createdAt: event.createdAt,
    deliveredAt: event.deliveredAt,
    deliveries: deliveries.map(({ listener, status, attempts, lastError, nextAttemptAt, deliveredAt }) => ({
      listener,
      status,
      attempts,
      lastError,
      nextAttemptAt,
      deliveredAt,
    })),
  };
}

/** What an admin sees of event delivery, and the re-send of a parked delivery. */
@Injectable()
export class OutboxAdminService {
  constructor(
    private readonly outboxRepository: OutboxRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  async list(status: OutboxEventStatus | undefined, page: { limit: number; cursor?: string }): Promise<Page<OutboxEventResponse>> {
    const events = await this.outboxRepository.listEvents(status, page);
    const deliveries = await this.outboxRepository.deliveriesOf(events.map((event) => event.id));
    return toPage(events, page.limit, (event) => toResponse(event, deliveries.get(event.id) ?? []));
  }

  /** Re-queues the event's parked deliveries with their attempts reset, and starts a pass. */
  async retry(id: string): Promise<OutboxEventResponse> {
    const requeued = await this.unitOfWork.run((manager) => this.outboxRepository.requeueFailed(manager, id, new Date()));
    const event = await this.outboxRepository.findEvent(id);
    if (!event) throw new EventNotFoundError(id);
    if (requeued === 0) throw new EventNotFailedError(id, event.status);
    // Read before dispatching: the answer is the event as re-queued, not whatever a fast pass did to it meanwhile.
    const deliveries = (await this.outboxRepository.deliveriesOf([id])).get(id) ?? [];
    void this.dispatcher.dispatchDue();
    return toResponse(event, deliveries);
  }
}
