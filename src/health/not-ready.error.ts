import { HttpStatus } from '@nestjs/common';
import type { HealthCheckResult } from '@nestjs/terminus';
import { DomainError, ProblemType } from '@app/common';

/**
 * The readiness probe failed. The problem document carries terminus's `error` (each failing
 * check with its reason) and `details` (every check), so the failing check is named.
 */
@ProblemType({
  code: 'NOT_READY',
  description: 'a readiness check failed: `error` names each failing check with its reason, `details` lists every check',
  members: {
    error: { type: 'object', description: 'The failing checks, by name', example: { database: { status: 'down', message: 'timeout' } } },
    details: { type: 'object', description: 'Every check, by name', example: { database: { status: 'down', message: 'timeout' }, outbox: { status: 'up' } } },
  },
})
export class NotReadyError extends DomainError {
  static override readonly status = HttpStatus.SERVICE_UNAVAILABLE;
  static override readonly title = 'Service Unavailable';

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
