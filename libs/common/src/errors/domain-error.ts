import { HttpStatus } from '@nestjs/common';
import { ProblemType, member } from './problem-type';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A failure the caller can act on. Carries a stable machine-readable `code` so clients
 * branch on it rather than on wording; the global filter turns it into problem+json.
 * Status and title belong to the class (static, set by the kinds below and inherited), and
 * every concrete class is documented with `@ProblemType` (codes, when, extra members), which is
 * what the OpenAPI document lists for the operations that name it in `@ApiProblems(...)`.
 */
export abstract class DomainError extends Error {
  declare static readonly status: HttpStatus;
  declare static readonly title: string;

  protected constructor(
    readonly code: string,
    message: string,
    /** Extra members for the problem document (e.g. the conflicting resource). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  get status(): HttpStatus {
    return (this.constructor as typeof DomainError).status;
  }

  get title(): string {
    return (this.constructor as typeof DomainError).title;
  }
}

@ProblemType({
  code: 'VALIDATION_FAILED',
  description: 'a parameter, header or body field is invalid: each is named in `errors`',
  members: { errors: member.fieldErrors('One entry per bad field, named by its JSON path', 'email', 'email must be an email') },
})
export class ValidationFailedError extends DomainError {
  static override readonly status = HttpStatus.BAD_REQUEST;
  static override readonly title = 'Bad Request';

  constructor(readonly errors: FieldError[], message = 'The request is invalid') {
    super('VALIDATION_FAILED', message, { errors });
  }
}

/** No resource of the kind has the id (or the caller may not see it). Each resource documents its own subclass and code. */
export abstract class ResourceNotFoundError extends DomainError {
  static override readonly status = HttpStatus.NOT_FOUND;
  static override readonly title = 'Not Found';

  protected constructor(resource: string, id: string) {
    super(`${resource.toUpperCase().replace(/\s+/g, '_')}_NOT_FOUND`, `${resource} ${id} was not found`, {
      resource,
      id,
    });
  }
}

/** The members every ResourceNotFoundError carries, for its subclasses' `@ProblemType`. */
export function notFoundMembers(resource: string) {
  return {
    resource: member.string('The kind of resource looked for', resource),
    id: member.string('The id that was looked for', '3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f'),
  };
}

export abstract class ConflictError extends DomainError {
  static override readonly status = HttpStatus.CONFLICT;
  static override readonly title = 'Conflict';

  protected constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }
}

/** A state machine refused a move: the body names the current status and the moves it allows. */
@ProblemType({
  code: 'ILLEGAL_STATE_TRANSITION',
  description: 'the resource’s current status does not allow the move: `allowedStatuses` lists the ones it does (empty: it is final)',
  members: {
    currentStatus: member.string('The status the resource is in', 'completed'),
    attemptedStatus: member.string('The status the request would move it to', 'cancelled'),
    allowedStatuses: member.strings('The statuses it may move to from here', []),
  },
})
export class IllegalTransitionError extends DomainError {
  static override readonly status = HttpStatus.CONFLICT;
  static override readonly title = 'Illegal State Transition';

  constructor(resource: string, currentStatus: string, attemptedStatus: string, allowedStatuses: readonly string[]) {
    super(
      'ILLEGAL_STATE_TRANSITION',
      `${resource} cannot move from '${currentStatus}' to '${attemptedStatus}'` +
        (allowedStatuses.length ? `; allowed: ${allowedStatuses.join(', ')}` : '; it is final'),
      { currentStatus, attemptedStatus, allowedStatuses: [...allowedStatuses] },
    );
  }
}

/** Well-formed input that breaks a business rule (unknown product in an order, mixed currencies…). */
export abstract class BusinessRuleError extends DomainError {
  static override readonly status = HttpStatus.UNPROCESSABLE_ENTITY;
  static override readonly title = 'Unprocessable Content';

  protected constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }
}
