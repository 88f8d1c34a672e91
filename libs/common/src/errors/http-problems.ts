import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { DomainError, FieldError } from './domain-error';
import { ProblemType, member } from './problem-type';

/**
 * The problems the global filter makes of what is not a DomainError (the framework's
 * exceptions, the database's failures), as documented classes like every other problem.
 */

/** When a client should try again after the database failed it: long enough for a restart or a lock to clear. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', example: DATABASE_RETRY_AFTER_SECONDS } },
};

@ProblemType({
  code: 'MALFORMED_JSON',
  description: 'the body sent as `application/json` is not valid JSON',
  members: { errors: member.fieldErrors('Names the body', 'body', 'malformed JSON') },
})
export class MalformedJsonError extends DomainError {
  static override readonly status = HttpStatus.BAD_REQUEST;
  static override readonly title = 'Bad Request';

  constructor() {
    super('MALFORMED_JSON', 'The request body is not valid JSON', { errors: [{ field: 'body', message: 'malformed JSON' }] });
  }
}

/** Down, timed out or locked past the limit: the request may succeed later, so it is a 503, never a 500. */
@ProblemType({
  code: 'DATABASE_UNAVAILABLE',
  description: 'the database is down, did not answer in time or was locked past the limit; retry after the seconds in `Retry-After`',
  headers: RETRY_AFTER,
})
export class DatabaseUnavailableError extends DomainError {
  static override readonly status = HttpStatus.SERVICE_UNAVAILABLE;
  static override readonly title = 'Service Unavailable';
  readonly headers = { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) };

  constructor() {
    super('DATABASE_UNAVAILABLE', 'The database is unavailable or did not answer in time; retry after the seconds in Retry-After');
  }
}

/** A unique or exclusion constraint refused a write that the checks before it let through (a concurrent request won). */
@ProblemType({ code: 'CONFLICT', description: 'a concurrent request changed the same data first; read it again and retry' })
export class StoreConflictError extends DomainError {
  static override readonly status = HttpStatus.CONFLICT;
  static override readonly title = 'Conflict';

  constructor() {
    super('CONFLICT', 'The change conflicts with existing data');
  }
}

/** A bug: never documented on an operation, and every test fails on one. */
@ProblemType({ code: 'INTERNAL_ERROR', description: 'an unexpected error; quote the `requestId` when reporting it' })
export class InternalError extends DomainError {
  static override readonly status = HttpStatus.INTERNAL_SERVER_ERROR;
  static override readonly title = 'Internal Server Error';

  constructor() {
    super('INTERNAL_ERROR', 'An unexpected error occurred; quote the requestId when reporting it');
  }
}

@ProblemType({
  code: 'TOO_MANY_REQUESTS',
  description: 'the client address (on sign-in also the e-mail) sent too many requests; wait the seconds in `Retry-After`',
  headers: { 'Retry-After': { description: 'Seconds until the limit resets', schema: { type: 'integer', example: 60 } } },
})
export class TooManyRequestsError extends DomainError {
  static override readonly status = HttpStatus.TOO_MANY_REQUESTS;
  static override readonly title = 'Too Many Requests';

  constructor(message: string) {
    super('TOO_MANY_REQUESTS', message);
  }
}

@ProblemType({
  code: 'PAYLOAD_TOO_LARGE',
  description: 'the body is larger than the server accepts',
})
export class PayloadTooLargeError extends DomainError {
  static override readonly status = HttpStatus.PAYLOAD_TOO_LARGE;
  static override readonly title = 'Payload Too Large';

  constructor(message: string) {
    super('PAYLOAD_TOO_LARGE', message);
  }
}

@ProblemType({ code: 'UNSUPPORTED_MEDIA_TYPE', description: 'the body is sent in a media type other than `application/json`' })
export class UnsupportedMediaTypeError extends DomainError {
  static override readonly status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
  static override readonly title = 'Unsupported Media Type';

  constructor(message: string) {
    super('UNSUPPORTED_MEDIA_TYPE', message);
  }
}

/**
 * Any other framework exception (an unknown route's 404, a URL the router cannot read): the code
 * is the status's name. Not documented on any operation: no operation answers one.
 */
export class FrameworkHttpError extends DomainError {
  constructor(
    private readonly httpStatus: number,
    message: string,
    extensions: Record<string, unknown>,
  ) {
    super((STATUS_CODES[httpStatus] ?? 'Error').toUpperCase().replace(/[^A-Z]+/g, '_'), message, extensions);
  }

  override get status(): HttpStatus {
    return this.httpStatus;
  }

  override get title(): string {
    return STATUS_CODES[this.httpStatus] ?? 'Error';
  }
}

/** The adapter wraps Fastify's body parser error in a 400 whose cause carries Fastify's code. */
function isMalformedJson(exception: HttpException): boolean {
  const cause = exception.cause as { code?: unknown } | undefined;
  return cause?.code === 'FST_ERR_CTP_INVALID_JSON_BODY';
}

/** A framework exception as the documented problem it is. */
export function problemOfHttpException(exception: HttpException): DomainError {
  if (isMalformedJson(exception)) return new MalformedJsonError();
  const status = exception.getStatus();
  const response = exception.getResponse();
  const message =
    typeof response === 'object' && response !== null && 'message' in response
      ? (response as { message: unknown }).message
      : exception.message;
  const detail = Array.isArray(message) ? message.join('; ') : String(message);
  switch (status) {
    case HttpStatus.TOO_MANY_REQUESTS:
      return new TooManyRequestsError(detail);
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return new PayloadTooLargeError(detail);
    case HttpStatus.UNSUPPORTED_MEDIA_TYPE:
      return new UnsupportedMediaTypeError(detail);
  }
  const extensions: Record<string, unknown> = {};
  if (status === HttpStatus.BAD_REQUEST) {
    const errors: FieldError[] = Array.isArray(message)
      ? message.map((entry) => ({ field: 'request', message: String(entry) }))
      : [{ field: 'request', message: detail }];
    extensions.errors = errors;
  }
  return new FrameworkHttpError(status, detail, extensions);
}
