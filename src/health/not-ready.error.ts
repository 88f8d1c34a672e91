import { HttpStatus } from '@nestjs/common';
import type { HealthCheckResult } from '@nestjs/terminus';
import { DomainError } from '@app/common';

/**
 * The readiness probe failed. The problem document carries terminus's `error` (each failing
 * check with its reason) and `details` (every check), so the failing check is named.
 */
export class NotReadyError extends DomainError {
  readonly status = HttpStatus.SERVICE_UNAVAILABLE;
  readonly title = 'Service Unavailable';

  constructor(result: HealthCheckResult) {
    const failing = Object.entries(result.error ?? {}).map(([check, outcome]) =>
      typeof outcome?.message === 'string' ? `${check} (${outcome.message})` : check,
    );
    const message =
      result.status === 'shutting_down'
        ? 'Not ready: the server is shutting down'
        : `Not ready: ${failing.length > 0 ? failing.join(', ') : 'a check'} failed`;
    super('NOT_READY', message, { error: result.error ?? {}, details: result.details });
  }
}
