import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The transaction boundary services use. TypeORM's SQLite drivers share one connection,
 * so two overlapping `transaction()` calls would nest as savepoints of each other;
 * on SQLite transactions are therefore queued one after another in this process.
 *
 * Across processes sharing one SQLite file, every transaction also takes the database's
 * write lock before its first read, as BEGIN IMMEDIATE would: a check-then-insert (is the
 * engineer free? then book) cannot interleave with another process's, which waits for the
 * lock (busy timeout) instead of failing half-way with SQLITE_BUSY.
 */
@Injectable()
export class UnitOfWork {
  private sqliteQueue: Promise<unknown> = Promise.resolve();
  private readonly afterCommitTasks = new WeakMap<EntityManager, Array<() => void>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const tasks: Array<() => void> = [];
    const tracked = (manager: EntityManager) => {
      this.afterCommitTasks.set(manager, tasks);
      return work(manager);
    };
    const value = await this.transaction(tracked);
    for (const task of tasks) task();
    return value;
  }

  /**
   * Runs `task` once the unit of work that gave `manager` has committed (never when it rolls
   * back), e.g. to start delivering the events it published without waiting for the poll.
   * A manager from outside `run` has no commit to wait for, and the task is not run.
   */
  afterCommit(manager: EntityManager, task: () => void): void {
    this.afterCommitTasks.get(manager)?.push(task);
  }

  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.isPostgres) return this.dataSource.transaction(work);
    const result = this.sqliteQueue.then(() =>
      this.dataSource.transaction(async (manager) => {
        await this.takeSqliteWriteLock(manager);
        return work(manager);
      }),
    );
    this.sqliteQueue = result.catch(() => undefined);
    return result;
  }

  /**
   * Work that is a single statement on PostgreSQL, atomic by itself: there it runs outside a
   * transaction, saving BEGIN and COMMIT, two of its three round trips. On SQLite, where the
   * same work may be several statements, it is a unit of work like any other.
   */
  runStatement<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.isPostgres ? work(this.dataSource.manager) : this.run(work);
  }

  /**
   * TypeORM always opens SQLite transactions with a deferred BEGIN, which takes the write
   * lock only at the first write. A write that matches no row, issued first, takes it at
   * once. It targets the migrations table because that table exists whenever the app runs.
   */
  private async takeSqliteWriteLock(manager: EntityManager): Promise<void> {
    const table = this.dataSource.options.migrationsTableName ?? 'migrations';
    await manager.query(`DELETE FROM "${table}" WHERE 0`);
  }
}
