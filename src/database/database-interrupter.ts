import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Ends the database work still running when the shutdown deadline comes (see
 * `enforceShutdownDeadline`): each PostgreSQL connection checked out of the pool is closed, so
 * its query fails at once and the request waiting on it answers 503 `DATABASE_UNAVAILABLE`
 * instead of losing its connection unanswered; the server rolls the transaction back. SQLite
 * has nothing to interrupt: better-sqlite3 never leaves a query waiting in the background.
 */
@Injectable()
export class DatabaseInterrupter implements OnModuleInit {
  private readonly checkedOut = new Set<Client>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    if (this.dataSource.options.type !== 'postgres') return;
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    pool.on('acquire', (client) => this.checkedOut.add(client));
    pool.on('release', (_error, client) => this.checkedOut.delete(client));
    pool.on('remove', (client) => this.checkedOut.delete(client));
  }

  /** Closes the connections in use; returns how many. */
  interrupt(): number {
    const clients = [...this.checkedOut];
    for (const client of clients) void client.end().catch(() => undefined);
    return clients.length;
  }
}
