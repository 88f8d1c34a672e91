import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { RetentionBudget, RetentionJob } from './retention-job';
import { RetentionJobs } from './retention-jobs';
import { RetentionScheduler } from './retention.scheduler';

function job(name: string, run: (budget: RetentionBudget) => Promise<number>): RetentionJob & { run: jest.Mock } {
  return { name, run: jest.fn(run) };
}

function schedulerWith(jobs: RetentionJob[], intervalMinutes = 60) {
  const registry = new RetentionJobs();
  for (const registered of jobs) registry.register(registered);
  const schedulerRegistry = new SchedulerRegistry();
  const config = { getOrThrow: () => ({ intervalMinutes }) } as unknown as ConfigService;
  return { scheduler: new RetentionScheduler(registry, schedulerRegistry, config), schedulerRegistry };
}

describe('RetentionScheduler', () => {
  let info: jest.SpyInstance;
  let error: jest.SpyInstance;

  beforeEach(() => {
    info = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  it('runs every job in turn with the default budget, logging one line for each that deleted rows', async () => {
    const keys = job('orders.idempotency-keys', async () => 1_200);
    const tokens = job('auth.refresh-tokens', async () => 0);
    const { scheduler } = schedulerWith([keys, tokens]);
    await scheduler.runAll();
    expect(keys.run).toHaveBeenCalledWith(expect.objectContaining({ batchSize: 500, timeBudgetMs: 20_000 }));
    expect(tokens.run).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith({ job: 'orders.idempotency-keys', deleted: 1_200 }, 'Retention job orders.idempotency-keys deleted 1200 rows');
  });

  it('goes on with the next job when one fails, and logs the failure', async () => {
    const failing = job('outbox.delivered-events', async () => {
      throw new Error('lock timeout');
    });
    const next = job('auth.refresh-tokens', async () => 3);
    const { scheduler } = schedulerWith([failing, next]);
    await scheduler.runAll();
    expect(next.run).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ job: 'outbox.delivered-events' }), expect.stringContaining('failed'));
  });

  it('does not start a second run while one is in progress', async () => {
    let finish!: (deleted: number) => void;
    const slow = job('orders.idempotency-keys', () => new Promise<number>((resolve) => (finish = resolve)));
    const { scheduler } = schedulerWith([slow]);
    const first = scheduler.runAll();
    const second = scheduler.runAll();
    finish(0);
    await Promise.all([first, second]);
    expect(slow.run).toHaveBeenCalledTimes(1);
    const third = scheduler.runAll();
    finish(0);
    await third;
    expect(slow.run).toHaveBeenCalledTimes(2);
  });

  it('at shutdown, aborts the run in progress, waits for it and skips the jobs after it', async () => {
    let finish!: (deleted: number) => void;
    const slow = job('orders.idempotency-keys', () => new Promise<number>((resolve) => (finish = resolve)));
    const later = job('auth.refresh-tokens', async () => 0);
    const { scheduler } = schedulerWith([slow, later]);
    const run = scheduler.runAll();
    let stopped = false;
    const shutdown = scheduler.beforeApplicationShutdown().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    expect((slow.run.mock.calls[0]![0] as RetentionBudget).signal?.aborted).toBe(true);
    finish(10);
    await Promise.all([run, shutdown]);
    expect(later.run).not.toHaveBeenCalled();
  });

  it('schedules the run every RETENTION_INTERVAL_MINUTES, and not at all with 0', () => {
    const scheduled = schedulerWith([], 15);
    scheduled.scheduler.onApplicationBootstrap();
    expect(scheduled.schedulerRegistry.getIntervals()).toEqual(['retention']);
    clearInterval(scheduled.schedulerRegistry.getInterval('retention'));

    const off = schedulerWith([], 0);
    off.scheduler.onApplicationBootstrap();
    expect(off.schedulerRegistry.getIntervals()).toEqual([]);
  });

  it('refuses two jobs of one name', () => {
    expect(() => schedulerWith([job('auth.refresh-tokens', async () => 0), job('auth.refresh-tokens', async () => 0)])).toThrow(/twice/);
  });
});
