import { IllegalTransitionError } from '@app/common';

export const SERVICE_STATUSES = ['pending', 'scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/**
 * The life of a service. `scheduled` is entered and left (back to `pending`) only by the
 * booking of an engineer; a booked service (scheduled or in_progress) also goes back to
 * `pending` when its visit fails; `completed` and `cancelled` are final.
 */
const ALLOWED_TRANSITIONS: Readonly<Record<ServiceStatus, readonly ServiceStatus[]>> = {
  pending: ['scheduled', 'cancelled'],
  scheduled: ['in_progress', 'pending', 'cancelled'],
  in_progress: ['completed', 'pending', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function allowedNextStatuses(status: ServiceStatus): readonly ServiceStatus[] {
  return ALLOWED_TRANSITIONS[status];
}

export function canTransition(from: ServiceStatus, to: ServiceStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** Work is still to be done (or undone) while a service is in one of these. */
export function isOpen(status: ServiceStatus): boolean {
  return ALLOWED_TRANSITIONS[status].length > 0;
}

export function assertTransition(serviceId: string, from: ServiceStatus, to: ServiceStatus): void {
  if (!canTransition(from, to)) {
    throw new IllegalTransitionError(`Service ${serviceId}`, from, to, allowedNextStatuses(from));
  }
}

/** A booked service, whose visit may fail (back to pending). */
export function isBooked(status: ServiceStatus): status is 'scheduled' | 'in_progress' {
  return status === 'scheduled' || status === 'in_progress';
}
