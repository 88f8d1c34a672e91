import { Injectable } from '@nestjs/common';
import { OnDomainEvent } from '@app/common';
import { OrderPlacedEvent } from '../../orders/events/order-placed.event';
import { SYSTEM_ACTOR } from '../service-actors';
import { PlacedOrder, ServicesService } from '../services.service';

/** Turns a placed order into installation work; a redelivered event changes nothing. */
@Injectable()
export class CreateInstallationTaskListener {
  constructor(private readonly servicesService: ServicesService) {}

  // The outbox delivers the event's fields as plain JSON, not an OrderPlacedEvent instance.
  @OnDomainEvent(OrderPlacedEvent)
  async handle(event: PlacedOrder): Promise<void> {
    await this.servicesService.createInstallationTask(event, SYSTEM_ACTOR);
  }
}
