import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpServer, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { REQUEST_ID_HEADER } from '../http/request-id';
import { isDatabaseUnavailable, isExclusionViolation, isUniqueViolation } from '../database/database-errors';
import { DomainError, FieldError } from './domain-error';
import { PROBLEM_JSON } from './problem-details';

interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** When a client should try again after the database failed it: long enough for a restart or a lock to clear. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Down, timed out or locked past the limit: the request may succeed later, so it is a 503, never a 500. */
const DATABASE_UNAVAILABLE: Problem = {
  status: 503,
  code: 'DATABASE_UNAVAILABLE',
  title: 'Service Unavailable',
  detail: 'The database is unavailable or did not answer in time; retry after the seconds in Retry-After',
  headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
};

/** The adapter wraps Fastify's body parser error in a 400 whose cause carries Fastify's code. */
function isMalformedJson(exception: HttpException): boolean {
  const cause = exception.cause as { code?: unknown } | undefined;
  return cause?.code === 'FST_ERR_CTP_INVALID_JSON_BODY';
}

const MALFORMED_JSON: Problem = {
  status: 400,
  code: 'MALFORMED_JSON',
  title: 'Bad Request',
  detail: 'The request body is not valid JSON',
  extensions: { errors: [{ field: 'body', message: 'malformed JSON' }] },
};

function codeFromStatus(status: number): string {
  return (STATUS_CODES[status] ?? 'Error').toUpperCase().replace(/[^A-Z]+/g, '_');
}

function fromHttpException(exception: HttpException): Problem {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const message =
    typeof response === 'object' && response !== null && 'message' in response
      ? (response as { message: unknown }).message
      : exception.message;
  const detail = Array.isArray(message) ? message.join('; ') : String(message);
  const extensions: Record<string, unknown> = {};
  if (status === HttpStatus.BAD_REQUEST) {
    const errors: FieldError[] = Array.isArray(message)
      ? message.map((entry) => ({ field: 'request', message: String(entry) }))
      : [{ field: 'request', message: detail }];
    extensions.errors = errors;
  }
  return { status, code: codeFromStatus(status), title: STATUS_CODES[status] ?? 'Error', detail, extensions };
}

/**
 * Turns every error into an RFC 9457 problem+json document carrying a stable `code`
 * and the request id. A database that is down, too slow or locked is a 503
 * `DATABASE_UNAVAILABLE` with `Retry-After`. Anything not recognised is a 500 whose details
 * stay in the log.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  constructor(private readonly http: HttpServer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<{ id: string; url: string }>();
    const response = context.getResponse<unknown>();
    const problem = this.toProblem(exception);

    if (problem === DATABASE_UNAVAILABLE) {
      this.logger.warn({ err: exception, requestId: request.id }, 'Database unavailable');
    } else if (problem.status >= 500 && !(exception instanceof DomainError)) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }

    // Also here, for the requests Fastify's router rejects before any hook runs (a malformed URL).
    this.http.setHeader(response, REQUEST_ID_HEADER, request.id);
    // RFC 9110: a 401 names the scheme that would succeed.
    if (problem.status === HttpStatus.UNAUTHORIZED) this.http.setHeader(response, 'WWW-Authenticate', 'Bearer');
    for (const [name, value] of Object.entries(problem.headers ?? {})) this.http.setHeader(response, name, value);
    this.http.setHeader(response, 'Content-Type', PROBLEM_JSON);
    this.http.reply(
      response,
      {
        type: `/problems/${problem.code.toLowerCase().replace(/_/g, '-')}`,
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        instance: request.url,
        code: problem.code,
        requestId: request.id,
        ...problem.extensions,
      },
      problem.status,
    );
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof DomainError) {
      return {
        status: exception.status,
        code: exception.code,
        title: exception.title,
        detail: exception.message,
        extensions: exception.extensions,
      };
    }
    if (exception instanceof HttpException) {
      return isMalformedJson(exception) ? MALFORMED_JSON : fromHttpException(exception);
    }
    if (isDatabaseUnavailable(exception)) return DATABASE_UNAVAILABLE;
    if (isUniqueViolation(exception) || isExclusionViolation(exception)) {
      return { status: 409, code: 'CONFLICT', title: 'Conflict', detail: 'The change conflicts with existing data' };
    }
    return {
      status: 500,
      code: 'INTERNAL_ERROR',
      title: 'Internal Server Error',
      detail: 'An unexpected error occurred; quote the requestId when reporting it',
    };
  }
}
