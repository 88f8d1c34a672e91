import { Injectable } from '@nestjs/common';
import { RetentionJob } from './retention-job';

/** The retention jobs of every module, registered at start-up (`onModuleInit`) and run by `RetentionScheduler`. */
@Injectable()
export class RetentionJobs {
  private readonly jobs: RetentionJob[] = [];

  register(job: RetentionJob): void {
    if (this.jobs.some((registered) => registered.name === job.name)) throw new Error(`Retention job ${job.name} is registered twice`);
    this.jobs.push(job);
  }

  /** In registration order. */
  all(): readonly RetentionJob[] {
    return this.jobs;
  }
}
