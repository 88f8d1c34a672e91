import { Injectable } from '@nestjs/common';
import { DomainEventEnvelope, EVERYTHING, UnitOfWork } from '@app/common';
import { ApiKeyStatusService } from '../auth/api-key-status.service';
import { BookingsService } from '../bookings/bookings.service';
import { OrdersService } from '../orders/orders.service';
import { ServicesService } from '../services/services.service';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity';
import type { WebhookEventType } from './webhook-events';
import { WebhookMessagesRepository } from './webhook-messages.repository';
import { WebhookSender } from './webhook-sender';
import { WebhooksRepository } from './webhooks.repository';

/** What an event names, besides its order: the booking of booking.*, the service of installation.*. */
export type WebhookSubject = { kind: 'order' } | { kind: 'booking'; bookingId: string } | { kind: 'service'; serviceId: string };

export interface FannedOutEvent extends DomainEventEnvelope {
  readonly orderId: string;
}

/** Staff's endpoints hear every order; an API key's only the orders that key placed, and nothing once it is revoked. */
function reaches(endpoint: WebhookEndpointEntity, placedByApiKeyId: string | null, activeKeys: ReadonlySet<string>): boolean {
  if (endpoint.ownerApiKeyId === null) return true;
  return endpoint.ownerApiKeyId === placedByApiKeyId && activeKeys.has(endpoint.ownerApiKeyId);
}

/**
 * Turns a domain event into one message per subscribed, enabled endpoint, written in one
 * transaction; the sender POSTs them. The body is built once, when the event is handled, from
 * the owning modules' services: the whole resource as its GET shows it (the v2 order, the
 * booking, the service with its devices), which may include changes made since the event.
 */
@Injectable()
export class WebhookFanOut {
  constructor(
    private readonly endpoints: WebhooksRepository,
    private readonly messages: WebhookMessagesRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly sender: WebhookSender,
    private readonly ordersService: OrdersService,
    private readonly bookingsService: BookingsService,
    private readonly servicesService: ServicesService,
    private readonly apiKeys: ApiKeyStatusService,
  ) {}

  /** Idempotent by event id: a redelivered event finds its messages written and adds none. */
  async fanOut(type: WebhookEventType, event: FannedOutEvent, subject: WebhookSubject): Promise<void> {
    // Read first, outside the transaction: on SQLite transactions run one at a time, and the resource reads are the slow part.
    const subscribed = await this.unitOfWork.runStatement((manager) => this.endpoints.findSubscribed(type, manager));
    if (subscribed.length === 0) return;
    const placedByApiKeyId = subscribed.some((endpoint) => endpoint.ownerApiKeyId) ? await this.ordersService.placedByApiKeyOf(event.orderId) : null;
    const activeKeys = placedByApiKeyId ? await this.apiKeys.activeAmong([placedByApiKeyId]) : new Set<string>();
    const reached = (endpoints: WebhookEndpointEntity[]) => endpoints.filter((endpoint) => reaches(endpoint, placedByApiKeyId, activeKeys));
    if (reached(subscribed).length === 0) return;
    const body = JSON.stringify({ type, occurredAt: event.occurredAt, data: await this.resourceOf(event.orderId, subject) });
    await this.unitOfWork.run(async (manager) => {
      if (await this.messages.hasMessagesOf(event.id, manager)) return;
      // Subscriptions read again inside the transaction: an endpoint disabled or deleted meanwhile gets nothing.
      const endpoints = reached(await this.endpoints.findSubscribed(type, manager));
      await this.messages.add({ eventId: event.id, eventType: type, orderId: event.orderId, body, endpointIds: endpoints.map((endpoint) => endpoint.id) }, new Date(), manager);
      this.unitOfWork.afterCommit(manager, () => void this.sender.sendDue());
    });
  }

  private resourceOf(orderId: string, subject: WebhookSubject): Promise<unknown> {
    switch (subject.kind) {
      case 'order':
        return this.ordersService.getDetailV2(orderId, EVERYTHING);
      case 'booking':
        return this.bookingsService.get(subject.bookingId, EVERYTHING);
      case 'service':
        return this.servicesService.get(subject.serviceId, EVERYTHING);
    }
  }
}
