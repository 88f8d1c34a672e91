import { Client, ClientConfig } from 'pg';
import { StatementNames } from './statement-names';

/** The error pg gives a query that outlived `query_timeout`. */
const READ_TIMEOUT = 'Query read timeout';

export interface PoolClientConfig extends ClientConfig {
  /** How many statements each connection keeps prepared (`DATABASE_PREPARED_STATEMENTS`); 0 prepares none. */
  preparedStatements?: number;
}

/** pg's own record of the statements parsed on a connection (`connection.parsedStatements`). */
type ParsedStatements = Record<string, string>;

/**
 * pg's client, for the pool, with two differences.
 *
 * A query which outlives `query_timeout` (a frozen network or server: PostgreSQL's own
 * `statement_timeout` would have answered first) also closes its connection. pg alone rejects
 * the query but keeps the connection waiting for the answer: the next request would queue
 * behind it, and a statement the server runs late (a `BEGIN`) would leak into the next
 * transaction on that connection. Closed, it leaves the pool, which opens a fresh one when the
 * database is back.
 *
 * A statement with parameters that runs again on the connection is prepared there under a name
 * (`StatementNames`): PostgreSQL then neither parses nor, mostly, plans it again. Parsing and
 * planning were most of the database's time on the order page (docs/performance.md). Statements
 * without parameters keep the simple protocol, which allows several in one text (migrations).
 *
 * Only the promise form is watched and named: it is the one TypeORM uses.
 */
export class PoolClient extends Client {
  readonly statementNames: StatementNames;

  constructor(config: PoolClientConfig) {
    super(config);
    this.statementNames = new StatementNames(config.preparedStatements ?? 0, (name) => this.release(name));
  }

  /**
   * Frees a statement pushed out of `statementNames` on the server, after whatever is queued
   * before it. Only one whose parse succeeded: DEALLOCATE of an unknown name would fail, and
   * inside a transaction abort it.
   */
  private release(name: string): void {
    const parsed = (this as unknown as { connection: { parsedStatements: ParsedStatements } }).connection.parsedStatements;
    if (parsed[name] === undefined) return;
    void (query.call(this, `DEALLOCATE ${name}`) as Promise<unknown>).then(
      () => delete parsed[name],
      () => undefined,
    );
  }
}

const query = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;

PoolClient.prototype.query = function (this: PoolClient, ...args: unknown[]): unknown {
  const [text, values] = args;
  const name = typeof text === 'string' && Array.isArray(values) && values.length > 0 && args.length === 2 ? this.statementNames.nameFor(text) : undefined;
  const result = name === undefined ? query.apply(this, args) : query.call(this, { name, text, values });
  if (!(result instanceof Promise)) return result;
  return result.catch((error: unknown) => {
    if (error instanceof Error && error.message === READ_TIMEOUT) void this.end().catch(() => undefined);
    throw error;
  });
} as Client['query'];
