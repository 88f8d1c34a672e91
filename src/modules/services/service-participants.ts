import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ParticipantRegistry } from '@app/common';
import type { ServiceSummary } from './services.service';
import type { RecordedVisitFailure } from './visit-failure';

// What a failure is, for the modules that follow services (the hook below passes one).
export { VISIT_FAILURE_REASONS } from './visit-failure';
export type { RecordedVisitFailure, VisitFailure, VisitFailureReason } from './visit-failure';

/**
 * A module that follows the life of services: Bookings, whose booking holds them. Services
 * comes before Bookings in the module order, so it calls Bookings through this interface.
 * Each call runs in the transaction of the service's change, with the order and its services locked.
 */
export interface ServiceParticipant {
  /** A booked service is about to start; throwing refuses the start (too early, say). */
  serviceStarting(service: ServiceSummary, actor: string, manager: EntityManager): Promise<void>;
  /**
   * A service was completed or cancelled (`reason` says why, for a cancellation);
   * `orderServices` are all of the order's services as they are after it.
   */
  serviceClosed(service: ServiceSummary, reason: string | null, orderServices: ServiceSummary[], actor: string, manager: EntityManager): Promise<void>;
  /**
   * A booked service's visit failed: it went back to pending (`service`, as it is now) from
   * `fromStatus`. Throwing refuses the failure (too early, say): the transaction rolls back.
   * `orderServices` are all of the order's services as they are after it.
   */
  serviceFailed(
    service: ServiceSummary,
    fromStatus: 'scheduled' | 'in_progress',
    failure: RecordedVisitFailure,
    orderServices: ServiceSummary[],
    manager: EntityManager,
  ): Promise<void>;
}

@Injectable()
export class ServiceParticipants extends ParticipantRegistry<ServiceParticipant> {}
