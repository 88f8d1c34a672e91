import { Injectable } from '@nestjs/common';
import { DomainEventPayload, OnDomainEvent } from '@app/common';
import { SYSTEM_ACTOR } from '../service-actors';
import { ServicesService } from '../services.service';

/** Turns a placed order into installation work; a redelivered event changes nothing. */
@Injectable()
export class CreateInstallationTaskListener {
  constructor(private readonly servicesService: ServicesService) {}

  // The outbox delivers the event's fields as plain JSON, not an OrderPlacedEvent instance.
  @OnDomainEvent('order.placed')
  async handle(event: DomainEventPayload<'order.placed'>): Promise<void> {
    await this.servicesService.createInstallationTask(event, SYSTEM_ACTOR);
  }
}
