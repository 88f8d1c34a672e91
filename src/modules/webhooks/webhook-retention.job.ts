import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { UnitOfWork } from '@app/common';
import { webhooksConfig, WebhooksConfig } from '../../config/webhooks.config';
import { deleteInBatches } from '../../retention/delete-in-batches';
import { RetentionBudget, RetentionJob } from '../../retention/retention-job';
import { RetentionJobs } from '../../retention/retention-jobs';
import { WebhookMessagesRepository } from './webhook-messages.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes delivered and failed webhook messages, with their attempts, `WEBHOOK_RETENTION_DAYS` after they settled. */
@Injectable()
export class WebhookRetentionJob implements RetentionJob, OnModuleInit {
  readonly name = 'webhooks.settled-messages';

  constructor(
    private readonly jobs: RetentionJobs,
    private readonly messages: WebhookMessagesRepository,
    private readonly unitOfWork: UnitOfWork,
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  run(budget: RetentionBudget): Promise<number> {
    const cutoff = new Date(Date.now() - this.config.retentionDays * DAY_MS);
    return deleteInBatches((batchSize) => this.unitOfWork.run((manager) => this.messages.deleteSettledBefore(cutoff, batchSize, manager)), budget);
  }
}
