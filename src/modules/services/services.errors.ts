import { ConflictError } from '@app/common';
import type { ServiceStatus } from './service-status';

/** A booking was attempted for an order none of whose services is waiting for an engineer. */
export class NoServiceToScheduleError extends ConflictError {
  constructor(orderId: string, statuses: readonly ServiceStatus[]) {
    super('NO_SERVICE_TO_SCHEDULE', `Order ${orderId} has no pending service to schedule`, {
      orderId,
      serviceStatuses: [...statuses],
    });
  }
}
