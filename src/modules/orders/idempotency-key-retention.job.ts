import { Injectable, OnModuleInit } from '@nestjs/common';
import { RetentionBudget, RetentionJob } from '../../retention/retention-job';
import { RetentionJobs } from '../../retention/retention-jobs';
import { OrdersService } from './orders.service';

/** Deletes Idempotency-Keys once `IDEMPOTENCY_KEY_TTL_HOURS` have passed. */
@Injectable()
export class IdempotencyKeyRetentionJob implements RetentionJob, OnModuleInit {
  readonly name = 'orders.idempotency-keys';

  constructor(
    private readonly jobs: RetentionJobs,
    private readonly ordersService: OrdersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  run(budget: RetentionBudget): Promise<number> {
    return this.ordersService.deleteExpiredIdempotencyKeys(budget);
  }
}
