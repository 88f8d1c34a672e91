import { Controller, Get, ServiceUnavailableException, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Public } from '@app/common';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { OutboxHealthIndicator } from '../outbox/outbox.health';
import { NotReadyError } from './not-ready.error';

/** How long the database ping may take. */
export const PING_TIMEOUT_MS = 2_000;
/** Every check answers by then, whatever it waits on: the probe as a whole stays under 3 s. */
export const READY_DEADLINE_MS = 2_500;

/** A check that reports `down` with a reason, instead of an answer or an error, once the deadline passes. */
function withinDeadline(name: string, check: () => PromiseLike<HealthIndicatorResult>): () => Promise<HealthIndicatorResult> {
  const down = (message: string): HealthIndicatorResult => ({ [name]: { status: 'down', message } });
  return () =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(down(`no answer within ${READY_DEADLINE_MS}ms`)), READY_DEADLINE_MS);
      Promise.resolve(check()).then(
        (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        (error: unknown) => {
          clearTimeout(timer);
          resolve(down(error instanceof Error ? error.message : String(error)));
        },
      );
    });
}

/** terminus's result: each check by name, with its status, its reason when down and how long it took. */
const CHECKS_SCHEMA = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    required: ['status'],
    properties: {
      status: { type: 'string', enum: ['up', 'degraded', 'down'] },
      message: { type: 'string', description: 'Why the check is down' },
      responseTime: { type: 'number', description: 'How long the check took, in ms' },
    },
  },
};

/** What a probe answers: terminus's summary and its checks. */
const PROBE_RESULT_SCHEMA = {
  type: 'object',
  properties: { status: { type: 'string', enum: ['ok', 'degraded'] }, info: CHECKS_SCHEMA, error: CHECKS_SCHEMA, details: CHECKS_SCHEMA },
};

// Probes come often from the orchestrator's few addresses; they must not use up its rate limit.
@ApiTags('health')
@SkipThrottle()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly outbox: OutboxHealthIndicator,
  ) {}

  /** The process is up; used by the orchestrator to decide on restarts. Never touches the database. */
  @Get('live')
  @Public()
  @ApiOperation({
    operationId: 'healthLive',
    summary: 'Liveness probe',
    description: 'The process answers; it never touches the database, so an outage does not restart the instance.',
  })
  @ApiOkResponse({ description: 'The process is up', schema: { ...PROBE_RESULT_SCHEMA, example: { status: 'ok', info: {}, error: {}, details: {} } } })
  @HealthCheck({ swaggerDocumentation: false })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /**
   * The database answers; used by the load balancer to route traffic. Answers within 3 s
   * whatever the database does. Also reports event delivery: parked deliveries and the age of
   * the oldest pending event (`outbox`, degraded while deliveries are parked, never down).
   */
  @Get('ready')
  @Public()
  @ApiOperation({
    operationId: 'healthReady',
    summary: 'Readiness probe (database ping)',
    description:
      'Pings the database (within 2 s) and reports event delivery (`outbox`: degraded while deliveries are parked, never down); ' +
      'answers within 3 s whatever the database does. A 503 `NOT_READY` names each failing check.',
  })
  @ApiOkResponse({
    description: 'Every check is up',
    schema: {
      ...PROBE_RESULT_SCHEMA,
      example: { status: 'ok', info: { database: { status: 'up', responseTime: 1 } }, error: {}, details: { database: { status: 'up', responseTime: 1 } } },
    },
  })
  @ApiProblems(NotReadyError)
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  async ready(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        withinDeadline('database', () => this.database.pingCheck('database', { timeout: PING_TIMEOUT_MS })),
        withinDeadline('outbox', () => this.outbox.check()),
      ]);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) throw new NotReadyError(error.getResponse() as HealthCheckResult);
      throw error;
    }
  }
}
