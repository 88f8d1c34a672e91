import { ConflictError, ResourceNotFoundError } from '@app/common';
import type { CommittedJob } from './engineer-participants';
import type { EngineerTimeOff } from './engineer.model';

export class EngineerNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Engineer', id);
  }
}

export class EngineerTimeOffNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Time off', id);
  }
}

export class EngineerEmailTakenError extends ConflictError {
  constructor(email: string) {
    super('ENGINEER_EMAIL_TAKEN', `Another engineer already uses the email address ${email}`, { field: 'email' });
  }
}

/** How a refusal names a job: instants as ISO 8601 UTC. */
function jobReferences(jobs: readonly CommittedJob[]) {
  return jobs.map((job) => ({ id: job.id, orderNumber: job.orderNumber, start: job.start.toISOString() }));
}

function jobCount(jobs: readonly CommittedJob[]): string {
  return jobs.length === 1 ? '1 job' : `${jobs.length} jobs`;
}

/** Time off never silently overlaps booked work: the bookings are moved or cancelled first. */
export class TimeOffOverlapsBookingsError extends ConflictError {
  constructor(engineerId: string, jobs: readonly CommittedJob[]) {
    super(
      'TIME_OFF_OVERLAPS_BOOKINGS',
      `Engineer ${engineerId} is booked for ${jobCount(jobs)} in that period; reschedule or cancel them first`,
      { bookings: jobReferences(jobs) },
    );
  }
}

/** Time off of one engineer never overlaps: the existing entry is changed by deleting it and adding another. */
export class TimeOffOverlapsError extends ConflictError {
  constructor(existing: Pick<EngineerTimeOff, 'id' | 'start' | 'end'>) {
    super('TIME_OFF_OVERLAPS', `The period overlaps the engineer's time off ${existing.id}`, {
      timeOff: { id: existing.id, start: existing.start.toISOString(), end: existing.end.toISOString() },
    });
  }
}

/** An inactive engineer is offered no work, so the work already booked would be left without anyone. */
export class EngineerHasBookingsError extends ConflictError {
  constructor(engineerId: string, jobs: readonly CommittedJob[]) {
    super(
      'ENGINEER_HAS_BOOKINGS',
      `Engineer ${engineerId} is still booked for ${jobCount(jobs)}; reschedule or cancel them before deactivating`,
      { bookings: jobReferences(jobs) },
    );
  }
}
