import { Injectable } from '@nestjs/common';
import { DomainEventPayload, OnDomainEvent } from '@app/common';
import { WebhookFanOut } from '../webhook-fan-out.service';

/** Every event an endpoint may subscribe to becomes a message for each endpoint subscribed to it. */
@Injectable()
export class SendWebhooksListener {
  constructor(private readonly fanOut: WebhookFanOut) {}

  @OnDomainEvent('order.placed')
  async orderPlaced(event: DomainEventPayload<'order.placed'>): Promise<void> {
    await this.fanOut.fanOut('order.placed', event, { kind: 'order' });
  }

  @OnDomainEvent('order.cancelled')
  async orderCancelled(event: DomainEventPayload<'order.cancelled'>): Promise<void> {
    await this.fanOut.fanOut('order.cancelled', event, { kind: 'order' });
  }

  @OnDomainEvent('order.fulfilled')
  async orderFulfilled(event: DomainEventPayload<'order.fulfilled'>): Promise<void> {
    await this.fanOut.fanOut('order.fulfilled', event, { kind: 'order' });
  }

  @OnDomainEvent('booking.scheduled')
  async bookingScheduled(event: DomainEventPayload<'booking.scheduled'>): Promise<void> {
    await this.fanOut.fanOut('booking.scheduled', event, { kind: 'booking', bookingId: event.bookingId });
  }

  @OnDomainEvent('booking.rescheduled')
  async bookingRescheduled(event: DomainEventPayload<'booking.rescheduled'>): Promise<void> {
    await this.fanOut.fanOut('booking.rescheduled', event, { kind: 'booking', bookingId: event.bookingId });
  }

  @OnDomainEvent('booking.cancelled')
  async bookingCancelled(event: DomainEventPayload<'booking.cancelled'>): Promise<void> {
    await this.fanOut.fanOut('booking.cancelled', event, { kind: 'booking', bookingId: event.bookingId });
  }

  @OnDomainEvent('booking.completed')
  async bookingCompleted(event: DomainEventPayload<'booking.completed'>): Promise<void> {
    await this.fanOut.fanOut('booking.completed', event, { kind: 'booking', bookingId: event.bookingId });
  }

  @OnDomainEvent('booking.no_show')
  async bookingNoShow(event: DomainEventPayload<'booking.no_show'>): Promise<void> {
    await this.fanOut.fanOut('booking.no_show', event, { kind: 'booking', bookingId: event.bookingId });
  }

  @OnDomainEvent('installation.completed')
  async installationCompleted(event: DomainEventPayload<'installation.completed'>): Promise<void> {
    await this.fanOut.fanOut('installation.completed', event, { kind: 'service', serviceId: event.serviceId });
  }

  @OnDomainEvent('installation.failed')
  async installationFailed(event: DomainEventPayload<'installation.failed'>): Promise<void> {
    await this.fanOut.fanOut('installation.failed', event, { kind: 'service', serviceId: event.serviceId });
  }
}
