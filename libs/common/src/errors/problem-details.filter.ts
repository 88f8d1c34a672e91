import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpServer, HttpStatus, Logger } from '@nestjs/common';
import { REQUEST_ID_HEADER } from '../http/request-id';
import { isDatabaseUnavailable, isExclusionViolation, isUniqueViolation } from '../database/database-errors';
import { DomainError } from './domain-error';
import { DatabaseUnavailableError, InternalError, StoreConflictError, problemOfHttpException } from './http-problems';
import { PROBLEM_JSON } from './problem-details';

/** Every error as the documented problem it is answered with. */
function problemOf(exception: unknown): DomainError {
  if (exception instanceof DomainError) return exception;
  if (exception instanceof HttpException) return problemOfHttpException(exception);
  if (isDatabaseUnavailable(exception)) return new DatabaseUnavailableError();
  if (isUniqueViolation(exception) || isExclusionViolation(exception)) return new StoreConflictError();
  return new InternalError();
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
    const problem = problemOf(exception);

    if (problem instanceof DatabaseUnavailableError) {
      this.logger.warn({ err: exception, requestId: request.id }, 'Database unavailable');
    } else if (problem.status >= 500 && !(exception instanceof DomainError)) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }

    // Also here, for the requests Fastify's router rejects before any hook runs (a malformed URL).
    this.http.setHeader(response, REQUEST_ID_HEADER, request.id);
    // RFC 9110: a 401 names the scheme that would succeed.
    if (problem.status === HttpStatus.UNAUTHORIZED) this.http.setHeader(response, 'WWW-Authenticate', 'Bearer');
    if (problem instanceof DatabaseUnavailableError) {
      for (const [name, value] of Object.entries(problem.headers)) this.http.setHeader(response, name, value);
    }
    this.http.setHeader(response, 'Content-Type', PROBLEM_JSON);
    this.http.reply(
      response,
      {
        type: `/problems/${problem.code.toLowerCase().replace(/_/g, '-')}`,
        title: problem.title,
        status: problem.status,
        detail: problem.message,
        instance: request.url,
        code: problem.code,
        requestId: request.id,
        ...problem.extensions,
      },
      problem.status,
    );
  }
}
