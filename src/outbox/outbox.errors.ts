import { ConflictError, ProblemType, ResourceNotFoundError, member, notFoundMembers } from '@app/common';

@ProblemType({ code: 'EVENT_NOT_FOUND', description: 'no event has that id', members: notFoundMembers('Event') })
export class EventNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Event', id);
  }
}

@ProblemType({ code: 'EVENT_NOT_FAILED', description: 'the event has no failed delivery to re-send', members: { status: member.string('The event’s status', 'delivered') } })
export class EventNotFailedError extends ConflictError {
  constructor(id: string, status: string) {
    super('EVENT_NOT_FAILED', `Event ${id} has no failed delivery to re-send`, { status });
  }
}
