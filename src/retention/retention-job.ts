/**
 * How much one run of a retention job may do. A run deletes in batches, each its own short
 * transaction, and starts no further batch once the time is spent or the process is stopping;
 * whatever is left is due again at the next run.
 */
export interface RetentionBudget {
  /** Rows per DELETE statement. */
  batchSize: number;
  /** Starts no batch after this many milliseconds from the start of the run. */
  timeBudgetMs: number;
  /** Aborted at shutdown: the run ends after the batch in progress. */
  signal?: AbortSignal;
}

/** 500 rows per statement keeps each transaction (and SQLite's write lock) to milliseconds. */
export const DEFAULT_RETENTION_BUDGET: Readonly<RetentionBudget> = Object.freeze({ batchSize: 500, timeBudgetMs: 20_000 });

/**
 * One kind of row a module deletes once it is no longer needed. The module that owns the
 * table implements it (usually by calling a method of its own service, which calls its
 * repository through `deleteInBatches`) and registers it with `RetentionJobs` at start-up:
 *
 * ```ts
 * @Injectable()
 * export class DeliveredEventsRetentionJob implements RetentionJob, OnModuleInit {
 *   readonly name = 'outbox.delivered-events';
 *   constructor(private readonly jobs: RetentionJobs, private readonly outbox: OutboxRepository …) {}
 *   onModuleInit(): void { this.jobs.register(this); }
 *   run(budget: RetentionBudget): Promise<number> { … deleteInBatches(…, budget) … }
 * }
 * ```
 *
 * Every instance runs every job on the schedule, so a run must be safe alongside the same
 * run on another instance: `deleteDueRows` deletes only rows that are due whoever runs it,
 * and on PostgreSQL skips rows another instance's batch holds.
 */
export interface RetentionJob {
  /** Names the job in the log: `<module>.<rows>`, e.g. `orders.idempotency-keys`. */
  readonly name: string;
  /** Deletes what is due within the budget; answers how many rows it deleted. */
  run(budget: RetentionBudget): Promise<number>;
}
