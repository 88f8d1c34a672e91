import { Injectable } from '@nestjs/common';
import { DomainEventPayload, OnDomainEvent } from '@app/common';
import { CustomerMailSender } from '../customer-mail.sender';
import { NotificationsService } from '../notifications.service';

/**
 * Queues the customer's e-mails when their booking is scheduled, moved or concluded, and asks
 * for them to be sent once queued. The outbox delivers an order's events in order, so the
 * notices follow one another as the changes did.
 */
@Injectable()
export class QueueCustomerMailListener {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly sender: CustomerMailSender,
  ) {}

  @OnDomainEvent('booking.scheduled')
  async scheduled(event: DomainEventPayload<'booking.scheduled'>): Promise<void> {
    await this.notificationsService.queueFor('booking.scheduled', event, this.send);
  }

  @OnDomainEvent('booking.rescheduled')
  async rescheduled(event: DomainEventPayload<'booking.rescheduled'>): Promise<void> {
    await this.notificationsService.queueFor('booking.rescheduled', event, this.send);
  }

  @OnDomainEvent('booking.cancelled')
  async cancelled(event: DomainEventPayload<'booking.cancelled'>): Promise<void> {
    await this.notificationsService.queueFor('booking.cancelled', event, this.send);
  }

  @OnDomainEvent('booking.completed')
  async completed(event: DomainEventPayload<'booking.completed'>): Promise<void> {
    await this.notificationsService.queueFor('booking.completed', event, this.send);
  }

  @OnDomainEvent('booking.no_show')
  async noShow(event: DomainEventPayload<'booking.no_show'>): Promise<void> {
    await this.notificationsService.queueFor('booking.no_show', event, this.send);
  }

  private readonly send = (): void => void this.sender.sendDue();
}
