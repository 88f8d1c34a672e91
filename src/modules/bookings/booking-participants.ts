import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrderParticipant, OrderParticipants, OrderWorkView } from '../orders/order-participants';
import { RecordedVisitFailure, ServiceParticipant, ServiceParticipants } from '../services/service-participants';
import type { ServiceSummary } from '../services/services.service';
import { BookingHoldsService } from './booking-holds.service';
import { BookingLifecycleService } from './booking-lifecycle.service';
import { BookingsService } from './bookings.service';

/** What Bookings does for Orders: the order page's booking, and cancelling it (and releasing its hold) with the order. */
@Injectable()
export class BookingsOrderParticipant implements OrderParticipant, OnModuleInit {
  constructor(
    private readonly participants: OrderParticipants,
    private readonly lifecycle: BookingLifecycleService,
    private readonly bookingsService: BookingsService,
    private readonly holds: BookingHoldsService,
  ) {}

  onModuleInit(): void {
    this.participants.register(this);
  }

  async orderCancelling(orderId: string, reason: string, actor: string, manager: EntityManager): Promise<void> {
    await this.holds.releaseForOrder(orderId, manager);
    await this.lifecycle.cancelForOrder(orderId, reason, actor, manager);
  }

  async workOf(orderId: string): Promise<OrderWorkView> {
    return { booking: await this.bookingsService.currentForOrder(orderId) };
  }
}

/** What Bookings does for Services: a started service starts its booking, a failed one is recorded, the last closed or failed one ends it. */
@Injectable()
export class BookingsServiceParticipant implements ServiceParticipant, OnModuleInit {
  constructor(
    private readonly participants: ServiceParticipants,
    private readonly lifecycle: BookingLifecycleService,
  ) {}

  onModuleInit(): void {
    this.participants.register(this);
  }

  serviceStarting(service: ServiceSummary, actor: string, manager: EntityManager): Promise<void> {
    return this.lifecycle.recordStart(service, actor, manager);
  }

  serviceClosed(service: ServiceSummary, reason: string | null, orderServices: ServiceSummary[], actor: string, manager: EntityManager): Promise<void> {
    return this.lifecycle.followClosedService(service, reason, orderServices, actor, manager);
  }

  serviceFailed(
    service: ServiceSummary,
    fromStatus: 'scheduled' | 'in_progress',
    failure: RecordedVisitFailure,
    orderServices: ServiceSummary[],
    manager: EntityManager,
  ): Promise<void> {
    return this.lifecycle.followFailedService(service, fromStatus, failure, orderServices, manager);
  }
}
