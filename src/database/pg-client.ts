import { Client } from 'pg';

/** The error pg gives a query that outlived `query_timeout`. */
const READ_TIMEOUT = 'Query read timeout';

/**
 * pg's client, for the pool, except that a query which outlives `query_timeout` (a frozen
 * network or server: PostgreSQL's own `statement_timeout` would have answered first) also
 * closes its connection. pg alone rejects the query but keeps the connection waiting for the
 * answer: the next request would queue behind it, and a statement the server runs late (a
 * `BEGIN`) would leak into the next transaction on that connection. Closed, it leaves the
 * pool, which opens a fresh one when the database is back.
 *
 * Only the promise form is watched: it is the one TypeORM uses.
 */
export class PoolClient extends Client {}

const query = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;

PoolClient.prototype.query = function (this: Client, ...args: unknown[]): unknown {
  const result = query.apply(this, args);
  if (!(result instanceof Promise)) return result;
  return result.catch((error: unknown) => {
    if (error instanceof Error && error.message === READ_TIMEOUT) void this.end().catch(() => undefined);
    throw error;
  });
} as Client['query'];
