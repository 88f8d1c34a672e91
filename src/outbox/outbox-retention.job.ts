import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { UnitOfWork } from '@app/common';
import { retentionConfig, RetentionConfig } from '../config/retention.config';
import { deleteInBatches } from '../retention/delete-in-batches';
import { RetentionBudget, RetentionJob } from '../retention/retention-job';
import { RetentionJobs } from '../retention/retention-jobs';
import { OutboxRepository } from './outbox.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes events delivered to every listener more than `OUTBOX_RETENTION_DAYS` ago, with their deliveries. */
@Injectable()
export class OutboxRetentionJob implements RetentionJob, OnModuleInit {
  readonly name = 'outbox.delivered-events';

  constructor(
    private readonly jobs: RetentionJobs,
    private readonly outboxRepository: OutboxRepository,
    private readonly unitOfWork: UnitOfWork,
    @Inject(retentionConfig.KEY) private readonly config: RetentionConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  run(budget: RetentionBudget): Promise<number> {
    const cutoff = new Date(Date.now() - this.config.outboxRetentionDays * DAY_MS);
    return deleteInBatches(
      (batchSize) => this.unitOfWork.run((manager) => this.outboxRepository.deleteDeliveredBefore(manager, cutoff, batchSize)),
      budget,
    );
  }
}
