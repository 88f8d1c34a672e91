import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/common';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { OutboxHealthIndicator } from '../outbox/outbox.health';

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

  /** The process is up; used by the orchestrator to decide on restarts. */
  @Get('live')
  @Public()
  @ApiOperation({ operationId: 'healthLive', summary: 'Liveness probe' })
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /**
   * The database answers; used by the load balancer to route traffic. Also reports event
   * delivery: parked deliveries and the age of the oldest pending event (degraded, not down).
   */
  @Get('ready')
  @Public()
  @ApiOperation({ operationId: 'healthReady', summary: 'Readiness probe (database ping)' })
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 3000 }), () => this.outbox.check()]);
  }
}
