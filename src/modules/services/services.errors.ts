import { ConflictError, ProblemType, ResourceNotFoundError, member, notFoundMembers } from '@app/common';
import type { ServiceStatus } from './service-status';

/** A booking was attempted for an order none of whose services is waiting for an engineer. */
@ProblemType({
  code: 'NO_SERVICE_TO_SCHEDULE',
  description: 'none of the order’s services is waiting for an engineer (`serviceStatuses` lists theirs)',
  members: { orderId: member.uuid('The order'), serviceStatuses: member.strings('The statuses of its services', ['completed']) },
})
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
@ProblemType({
  code: 'DEVICES_NOT_REPORTED',
  description: 'the tasks listed in `serviceIds` fit devices with identifiers: complete each with its devices (`POST /api/v1/services/{id}/complete`)',
  members: { serviceIds: member.uuids('The tasks whose devices must be recorded') },
})
export class DevicesNotReportedError extends ConflictError {
  constructor(serviceIds: readonly string[]) {
    super('DEVICES_NOT_REPORTED', 'These tasks fit devices whose identifiers must be recorded: complete each with its devices', {
      serviceIds: [...serviceIds],
    });
  }
}

/** The task was recorded without its vehicle (an order placed before orders had vehicles, whose vehicle could not be told): devices cannot be recorded on it. */
@ProblemType({
  code: 'SERVICE_WITHOUT_VEHICLE',
  description: 'the task names no vehicle (placed before orders had vehicles): its devices cannot be recorded',
  members: { serviceId: member.uuid('The task') },
})
export class ServiceWithoutVehicleError extends ConflictError {
  constructor(serviceId: string) {
    super('SERVICE_WITHOUT_VEHICLE', `Service ${serviceId} names no vehicle: its devices cannot be recorded`, { serviceId });
  }
}

@ProblemType({ code: 'SERVICE_NOT_FOUND', description: 'no service has that id (an engineer sees only their own)', members: notFoundMembers('Service') })
export class ServiceNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Service', id);
  }
}
