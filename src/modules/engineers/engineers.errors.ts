import { getSchemaPath } from '@nestjs/swagger';
import { ConflictError, ProblemType, ResourceNotFoundError, member, notFoundMembers } from '@app/common';
import { BookedJobReference, TimeOffReference } from './dto/engineer-conflict.response';
import type { CommittedJob } from './engineer-participants';
import type { EngineerTimeOff } from './engineer.model';

@ProblemType({ code: 'ENGINEER_NOT_FOUND', description: 'no engineer has that id (an engineer may read only their own)', members: notFoundMembers('Engineer') })
export class EngineerNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Engineer', id);
  }
}

@ProblemType({ code: 'TIME_OFF_NOT_FOUND', description: 'the engineer has no time off with that id', members: notFoundMembers('Time off') })
export class EngineerTimeOffNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Time off', id);
  }
}

@ProblemType({
  code: 'ENGINEER_EMAIL_TAKEN',
  description: 'another engineer already uses the e-mail address',
  members: { field: member.string('The field at fault', 'email') },
})
export class EngineerEmailTakenError extends ConflictError {
  constructor(email: string) {
    super('ENGINEER_EMAIL_TAKEN', `Another engineer already uses the email address ${email}`, { field: 'email' });
  }
}

const BOOKED_JOBS = {
  type: 'array',
  items: { $ref: getSchemaPath(BookedJobReference) },
  description: 'The engineer’s scheduled bookings in the way, earliest first',
} as const;

/** How a refusal names a job: instants as ISO 8601 UTC. */
function jobReferences(jobs: readonly CommittedJob[]) {
  return jobs.map((job) => ({ id: job.id, orderNumber: job.orderNumber, start: job.start.toISOString() }));
}

function jobCount(jobs: readonly CommittedJob[]): string {
  return jobs.length === 1 ? '1 job' : `${jobs.length} jobs`;
}

/** Time off never silently overlaps booked work: the bookings are moved or cancelled first. */
@ProblemType({
  code: 'TIME_OFF_OVERLAPS_BOOKINGS',
  description: 'the engineer is booked in that period, for the scheduled bookings listed in `bookings`: reschedule or cancel them first',
  members: { bookings: BOOKED_JOBS },
  models: [BookedJobReference],
})
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
@ProblemType({
  code: 'TIME_OFF_OVERLAPS',
  description: 'the period overlaps the engineer’s time off named in `timeOff`: delete it and add one that covers both',
  members: { timeOff: { allOf: [{ $ref: getSchemaPath(TimeOffReference) }], description: 'The engineer’s time off in the way' } },
  models: [TimeOffReference],
})
export class TimeOffOverlapsError extends ConflictError {
  constructor(existing: Pick<EngineerTimeOff, 'id' | 'start' | 'end'>) {
    super('TIME_OFF_OVERLAPS', `The period overlaps the engineer's time off ${existing.id}`, {
      timeOff: { id: existing.id, start: existing.start.toISOString(), end: existing.end.toISOString() },
    });
  }
}

/** An inactive engineer is offered no work, so the work already booked would be left without anyone. */
@ProblemType({
  code: 'ENGINEER_HAS_BOOKINGS',
  description: 'the engineer still has the scheduled bookings listed in `bookings`: reschedule or cancel them before deactivating',
  members: { bookings: BOOKED_JOBS },
  models: [BookedJobReference],
})
export class EngineerHasBookingsError extends ConflictError {
  constructor(engineerId: string, jobs: readonly CommittedJob[]) {
    super(
      'ENGINEER_HAS_BOOKINGS',
      `Engineer ${engineerId} is still booked for ${jobCount(jobs)}; reschedule or cancel them before deactivating`,
      { bookings: jobReferences(jobs) },
    );
  }
}
