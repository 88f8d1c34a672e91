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

/**
 * Completing a booking as a whole records no devices: its tasks that fit units with
 * identifiers must each be completed with their devices (POST /services/{id}/complete) first.
 */
export class DevicesNotReportedError extends ConflictError {
  constructor(serviceIds: readonly string[]) {
    super('DEVICES_NOT_REPORTED', 'These tasks fit devices whose identifiers must be recorded: complete each with its devices', {
      serviceIds: [...serviceIds],
    });
  }
}

/** The task was recorded without its vehicle (an order placed before orders had vehicles, whose vehicle could not be told): devices cannot be recorded on it. */
export class ServiceWithoutVehicleError extends ConflictError {
  constructor(serviceId: string) {
    super('SERVICE_WITHOUT_VEHICLE', `Service ${serviceId} names no vehicle: its devices cannot be recorded`, { serviceId });
  }
}
