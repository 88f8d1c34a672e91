import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { OutboxRepository } from './outbox.repository';

/**
 * Event delivery as readiness reports it: parked (failed) deliveries and how long the oldest
 * undelivered event has waited. Parked deliveries degrade the check without failing it: the
 * instance still serves, but someone must look at `GET /api/v1/admin/events?status=failed`.
 */
@Injectable()
export class OutboxHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly outboxRepository: OutboxRepository,
  ) {}

  async check(key = 'outbox'): Promise<HealthIndicatorResult> {
    const { failedDeliveries, oldestPendingAt } = await this.outboxRepository.backlog();
    const data = {
      failedDeliveries,
      oldestPendingSeconds: oldestPendingAt ? Math.max(0, Math.round((Date.now() - oldestPendingAt.getTime()) / 1000)) : 0,
    };
    const session = this.health.check(key);
    return failedDeliveries > 0 ? session.degraded(data) : session.up(data);
  }
}
