import { HttpStatus } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A failure the caller can act on. Carries a stable machine-readable `code` so clients
 * branch on it rather than on wording; the global filter turns it into problem+json.
 */
export abstract class DomainError extends Error {
  abstract readonly status: HttpStatus;
  abstract readonly title: string;

  protected constructor(
    readonly code: string,
    message: string,
    /** Extra members for the problem document (e.g. the conflicting resource). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends DomainError {
  readonly status = HttpStatus.BAD_REQUEST;
  readonly title = 'Bad Request';

  constructor(readonly errors: FieldError[], message = 'The request is invalid') {
    super('VALIDATION_FAILED', message, { errors });
  }
}

export class ResourceNotFoundError extends DomainError {
  readonly status = HttpStatus.NOT_FOUND;
  readonly title = 'Not Found';

  constructor(resource: string, id: string) {
    super(`${resource.toUpperCase().replace(/\s+/g, '_')}_NOT_FOUND`, `${resource} ${id} was not found`, {
      resource,
      id,
    });
  }
}

export class ConflictError extends DomainError {
  readonly status = HttpStatus.CONFLICT;
  readonly title = 'Conflict';

  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }
}

/** A state machine refused a move: the body names the current status and the moves it allows. */
export class IllegalTransitionError extends DomainError {
  readonly status = HttpStatus.CONFLICT;
  readonly title = 'Illegal State Transition';

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
export class BusinessRuleError extends DomainError {
  readonly status = HttpStatus.UNPROCESSABLE_ENTITY;
  readonly title = 'Unprocessable Content';

  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }
}
