import { HttpStatus } from '@nestjs/common';
import { ConflictError, DomainError, ProblemType, member } from '@app/common';

/** No link has this token: never issued, or rotated since. The token is not repeated: it is a secret. */
@ProblemType({ code: 'APPOINTMENT_NOT_FOUND', description: 'no appointment has this link: it was never issued, or has been replaced since' })
export class AppointmentNotFoundError extends DomainError {
  static override readonly status = HttpStatus.NOT_FOUND;
  static override readonly title = 'Not Found';

  constructor() {
    super('APPOINTMENT_NOT_FOUND', 'No appointment has this link; ask us for the current one');
  }
}

@ProblemType({
  code: 'CHANGE_TOO_LATE',
  description: 'the appointment is too close to be changed through its link: from `changeableUntil`, `settings.customerChangeCutoffHours` before its first visit',
  members: {
    changeableUntil: member.instant('The last instant at which the customer could change it'),
    cutoffHours: member.integer('`settings.customerChangeCutoffHours`: how long before the first visit changes close', 24),
  },
})
export class ChangeTooLateError extends ConflictError {
  constructor(changeableUntil: Date, cutoffHours: number) {
    super('CHANGE_TOO_LATE', `This appointment could be changed until ${changeableUntil.toISOString()}; please call us to change it now`, {
      changeableUntil: changeableUntil.toISOString(),
      cutoffHours,
    });
  }
}

@ProblemType({
  code: 'APPOINTMENT_CLOSED',
  description: 'the appointment is no longer open to changes: it was cancelled, completed or marked a no-show, or the work has started (`workStarted`)',
  members: {
    currentStatus: member.string('The booking’s status', 'cancelled'),
    workStarted: { type: 'boolean', description: 'Whether the engineer has started the work', example: false },
  },
})
export class AppointmentClosedError extends ConflictError {
  constructor(currentStatus: string, workStarted: boolean) {
    super('APPOINTMENT_CLOSED', workStarted ? 'The work on this appointment has started; it can no longer be changed' : `This appointment is ${currentStatus}; it can no longer be changed`, {
      currentStatus,
      workStarted,
    });
  }
}
