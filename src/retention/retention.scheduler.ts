import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { RetentionConfig } from '../config/retention.config';
import { DEFAULT_RETENTION_BUDGET } from './retention-job';
import { RetentionJobs } from './retention-jobs';

const MINUTE_MS = 60_000;

/**
 * Runs every registered retention job every `RETENTION_INTERVAL_MINUTES` on each instance
 * (0: never, as in the e2e tests, which call the jobs' service methods themselves). Jobs run
 * one after another; a run still going when the next is due is not started twice. At
 * shutdown the run in progress stops after its current batch and is awaited.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private readonly intervalMinutes: number;
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;

  constructor(
    private readonly jobs: RetentionJobs,
    private readonly schedulerRegistry: SchedulerRegistry,
    config: ConfigService,
  ) {
    this.intervalMinutes = config.getOrThrow<RetentionConfig>('retention').intervalMinutes;
  }

  onApplicationBootstrap(): void {
    if (this.intervalMinutes === 0) return;
    // ScheduleModule clears the intervals it registers before the application shuts down.
    const timer = setInterval(() => void this.runAll(), this.intervalMinutes * MINUTE_MS);
    this.schedulerRegistry.addInterval('retention', timer);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  /** Runs every job once, unless a run is already in progress: then that run's promise. */
  runAll(): Promise<void> {
    this.running ??= this.runJobs().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async runJobs(): Promise<void> {
    const budget = { ...DEFAULT_RETENTION_BUDGET, signal: this.stopping.signal };
    for (const job of this.jobs.all()) {
      if (this.stopping.signal.aborted) return;
      try {
        const deleted = await job.run(budget);
        if (deleted > 0) this.logger.log({ job: job.name, deleted }, `Retention job ${job.name} deleted ${deleted} rows`);
      } catch (error) {
        // One job's failure does not keep the others from running; it is due again next time.
        this.logger.error({ err: error, job: job.name }, `Retention job ${job.name} failed`);
      }
    }
  }
}
