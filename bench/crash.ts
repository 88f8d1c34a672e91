/**
 * `npm run bench:crash` — the outbox under `kill -9` (issue 12). For SQLite and PostgreSQL in
 * turn, on a database of its own: starts the production build, places a steady stream of
 * orders (each with its own Idempotency-Key, retried with the same key while no server
 * answers), kills the server with SIGKILL ten times at random moments and restarts it at
 * once, then restarts it once more, waits for the outbox to drain and checks the database
 * itself: every acknowledged order exists once, has exactly one installation task, and no
 * delivery is left pending or failed. Prints a JSON report (also written to
 * bench/results/crash-latest.json) and exits 1 when a count that must be zero is not.
 *
 *   npm run bench:crash -- [--no-build] [--only sqlite|postgres] [--rate 30] [--kills 10]
 *                          [--min-gap 1] [--max-gap 3] [--port 3110] [--keep (the database, to look into it)]
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { AppBuild, prepareAppBuild } from './lib/app-build';
import { BENCH_ADMIN, benchAuthorization } from './lib/bench-auth';
import { benchDatabaseUrl, databaseNameOf, withDatabaseName, withMaintenanceClient } from './lib/bench-database';
import { parseArgs } from './lib/cli-args';
import { gitState } from './lib/git-commit';
import { createCustomer, createInstallableProduct, installableOrderBody } from './lib/order-fixtures';
import { OrderStream } from './lib/order-stream';
import { ServerProcess } from './lib/server-process';

const ROOT = resolve(__dirname, '..');
/** After the stream stops, how long a request may still be retried until the server acknowledges it. */
const RETRY_AFTER_STREAM_MS = 30_000;
const DRAIN_TIMEOUT_MS = 30_000;

const args = parseArgs(process.argv.slice(2), {
  'no-build': 'flag',
  only: 'value',
  rate: 'value',
  kills: 'value',
  'min-gap': 'value',
  'max-gap': 'value',
  port: 'value',
  keep: 'flag',
});
const rate = Number(args.get('rate') ?? 30);
const kills = Number(args.get('kills') ?? 10);
const minGapMs = Number(args.get('min-gap') ?? 1) * 1000;
const maxGapMs = Number(args.get('max-gap') ?? 3) * 1000;
const port = Number(args.get('port') ?? 3110);
const only = args.get('only');
if (only && only !== 'sqlite' && only !== 'postgres') throw new Error('--only takes sqlite or postgres');

type Kind = 'sqlite' | 'postgres';

/** better-sqlite3 ships no types (TypeORM loads it the same way); the two calls used here. */
interface SqliteDatabase {
  prepare(sql: string): { all(): unknown[] };
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (path: string, options: { readonly: boolean; fileMustExist: boolean }) => SqliteDatabase;

/** The few reads the check needs, on either database; the server is stopped or only reads race it. */
interface Reader {
  all<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

function sqliteReader(path: string): Reader {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  return {
    all: async <T>(sql: string) => db.prepare(sql).all() as T[],
    close: async () => void db.close(),
  };
}

async function postgresReader(url: string): Promise<Reader> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    all: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    close: () => client.end(),
  };
}

async function count(reader: Reader, sql: string): Promise<number> {
  const [row] = await reader.all<{ n: number | string }>(sql);
  return Number(row?.n ?? 0);
}

interface DatabaseUnderTest {
  kind: Kind;
  env: Record<string, string>;
  reader: () => Promise<Reader>;
  cleanUp: () => Promise<void>;
  describe: string;
}

async function prepareDatabase(kind: Kind): Promise<DatabaseUnderTest> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'vision-crash-'));
    const path = join(dir, 'crash.sqlite');
    return {
      kind,
      env: { DATABASE_PATH: path },
      reader: async () => sqliteReader(path),
      cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
      describe: path,
    };
  }
  const url = withDatabaseName(benchDatabaseUrl(), `vision_crash_${process.pid}`);
  const name = databaseNameOf(url);
  await withMaintenanceClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  return {
    kind,
    env: { DATABASE_URL: url },
    reader: () => postgresReader(url),
    cleanUp: () => withMaintenanceClient(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined)),
    describe: name,
  };
}

function serverFor(app: AppBuild, database: DatabaseUnderTest): ServerProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    WEBHOOK_SECRETS_KEY: randomBytes(32).toString('hex'),
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '1000000',
    LOGIN_RATE_LIMIT_MAX: '1000',
    // Leases of a killed process expire quickly and the restarted one looks often.
    OUTBOX_POLL_INTERVAL_MS: '500',
    OUTBOX_LEASE_MS: '2000',
    PORT: String(port),
    ...database.env,
  };
  if (database.kind === 'sqlite') delete env.DATABASE_URL;
  return new ServerProcess({
    name: `app (${database.kind})`,
    command: process.execPath,
    args: ['dist/src/main.js'],
    cwd: app.dir,
    env,
    // Listening is enough: the point is to kill it while it works, start-up included.
    readyUrl: `http://127.0.0.1:${port}/health/live`,
  });
}

interface KillRecord {
  /** Seconds since the stream began. */
  at: number;
  ordersSentBefore: number;
  /** Deliveries the killed process held (pending with a lease): they wait for the lease to run out. */
  leasesLeft: number;
  /** SIGKILL until the new process listens, ms. */
  downtimeMs: number;
}

export interface CrashReport {
  database: Kind;
  ordersSent: number;
  ordersAcknowledged: number;
  kills: number;
  killLog: KillRecord[];
  /** Requests that needed more than one attempt, and acknowledgements that were a replay of a committed attempt whose answer was lost. */
  retriedRequests: number;
  replayedAcknowledgements: number;
  /** Refused with 4xx, or never acknowledged by the deadline. */
  rejected: number;
  unacknowledged: number;
  ordersInDatabase: number;
  /** Acknowledged but not in the database. */
  lostOrders: number;
  ordersWithoutTask: number;
  duplicateOrders: number;
  duplicateTasks: number;
  undelivered: number;
  undeliveredByStatus: Record<string, number>;
  /** The last error of each undelivered delivery, with how many share it. */
  undeliveredErrors: Record<string, number>;
  /** Why the unacknowledged requests last failed. */
  unacknowledgedReasons: Record<string, number>;
  /** Every attempt's outcome: HTTP status, or the socket error when no server answered. */
  attemptOutcomes: Record<string, number>;
  /** Deliveries that took more than one attempt (a kill caught them, or their lease ran out). */
  redeliveredDeliveries: number;
  drainSeconds: number | null;
  elapsedSeconds: number;
  /** Counts that must be zero and are not. */
  failures: string[];
  /** The end of the server's own output (warnings and errors), when something failed. */
  serverOutputTail?: string;
}

async function waitForDrain(reader: Reader): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < DRAIN_TIMEOUT_MS) {
    if ((await count(reader, "SELECT count(*) AS n FROM outbox_deliveries WHERE status = 'pending'")) === 0) return (Date.now() - started) / 1000;
    await sleep(250);
  }
  return null;
}

async function runOne(app: AppBuild, kind: Kind): Promise<CrashReport> {
  const started = Date.now();
  const database = await prepareDatabase(kind);
  console.log(`\n${kind}: ${database.describe}`);
  const server = serverFor(app, database);
  const baseUrl = `http://127.0.0.1:${port}`;
  let reader: Reader | undefined;
  let stream: OrderStream | undefined;
  let retryDeadline = Number.POSITIVE_INFINITY;
  try {
    await server.start();
    reader = await database.reader();
    const headers = await benchAuthorization(baseUrl);
    const productId = await createInstallableProduct(baseUrl, headers, `CRASH-${process.pid}`);
    const customerId = await createCustomer(baseUrl, headers, `crash-${process.pid}@bench.example`);

    stream = new OrderStream({
      targets: [baseUrl],
      ratePerSecond: rate,
      headers,
      body: installableOrderBody(customerId, productId),
      retryUntil: () => retryDeadline,
      keyPrefix: `crash-${kind}-${process.pid}`,
    });
    const streamStarted = Date.now();
    stream.start();
    const killLog: KillRecord[] = [];
    for (let kill = 1; kill <= kills; kill += 1) {
      await sleep(minGapMs + Math.random() * (maxGapMs - minGapMs));
      const at = (Date.now() - streamStarted) / 1000;
      const ordersSentBefore = stream.sentSoFar;
      const killedAt = Date.now();
      await server.crash();
      const leasesLeft = await count(reader, "SELECT count(*) AS n FROM outbox_deliveries WHERE status = 'pending' AND locked_until IS NOT NULL");
      await server.start();
      const record = { at: Math.round(at * 10) / 10, ordersSentBefore, leasesLeft, downtimeMs: Date.now() - killedAt };
      killLog.push(record);
      console.log(`  kill ${kill} at ${record.at} s: ${ordersSentBefore} orders sent, ${leasesLeft} deliveries left leased, back in ${record.downtimeMs} ms`);
    }
    retryDeadline = Date.now() + RETRY_AFTER_STREAM_MS;
    const streamed = await stream.stop();
    console.log(`  stream: ${streamed.sent} sent, ${streamed.acknowledged} acknowledged (${streamed.retried} retried, ${streamed.replayed} replayed), ${streamed.rejected} rejected, ${streamed.unacknowledged} unacknowledged`);

    // One more restart, a clean one, then the outbox must drain.
    await server.stop();
    await server.start();
    const drain = await waitForDrain(reader);
    await server.stop();
    console.log(drain === null ? `  outbox did not drain within ${DRAIN_TIMEOUT_MS / 1000} s` : `  outbox drained ${drain.toFixed(1)} s after the last restart`);

    const orders = await reader.all<{ id: string; notes: string | null }>('SELECT id, notes FROM orders');
    const tasks = await reader.all<{ order_id: string }>("SELECT order_id FROM services WHERE type = 'installation'");
    const deliveries = await reader.all<{ status: string; n: number | string }>('SELECT status, count(*) AS n FROM outbox_deliveries GROUP BY status');
    const redelivered = await count(reader, 'SELECT count(*) AS n FROM outbox_deliveries WHERE attempts > 1');
    const errors = await reader.all<{ last_error: string | null; n: number | string }>(
      "SELECT last_error, count(*) AS n FROM outbox_deliveries WHERE status <> 'delivered' GROUP BY last_error",
    );
    const unacknowledgedReasons: Record<string, number> = {};
    for (const order of streamed.orders.filter((sent) => !sent.orderId)) {
      const reason = (order.failure ?? 'unknown').slice(0, 120);
      unacknowledgedReasons[reason] = (unacknowledgedReasons[reason] ?? 0) + 1;
    }

    const orderIds = new Set(orders.map((order) => order.id));
    const ordersPerKey = new Map<string, number>();
    for (const order of orders) ordersPerKey.set(order.notes ?? `(no key) ${order.id}`, (ordersPerKey.get(order.notes ?? `(no key) ${order.id}`) ?? 0) + 1);
    const tasksPerOrder = new Map<string, number>();
    for (const task of tasks) tasksPerOrder.set(task.order_id, (tasksPerOrder.get(task.order_id) ?? 0) + 1);
    const acknowledged = streamed.orders.filter((order) => order.orderId);
    const undeliveredByStatus = Object.fromEntries(deliveries.filter((row) => row.status !== 'delivered').map((row) => [row.status, Number(row.n)]));
    const report: CrashReport = {
      database: kind,
      ordersSent: streamed.sent,
      ordersAcknowledged: streamed.acknowledged,
      kills: killLog.length,
      killLog,
      retriedRequests: streamed.retried,
      replayedAcknowledgements: streamed.replayed,
      rejected: streamed.rejected,
      unacknowledged: streamed.unacknowledged,
      ordersInDatabase: orders.length,
      lostOrders: acknowledged.filter((order) => !orderIds.has(order.orderId!)).length,
      // Every order of the run has an installable line.
      ordersWithoutTask: orders.filter((order) => !tasksPerOrder.has(order.id)).length,
      duplicateOrders: [...ordersPerKey.values()].reduce((sum, n) => sum + n - 1, 0),
      duplicateTasks: [...tasksPerOrder.values()].reduce((sum, n) => sum + n - 1, 0),
      undelivered: Object.values(undeliveredByStatus).reduce((sum, n) => sum + n, 0),
      undeliveredByStatus,
      undeliveredErrors: Object.fromEntries(errors.map((row) => [(row.last_error ?? '(none: never attempted)').slice(0, 200), Number(row.n)])),
      unacknowledgedReasons,
      attemptOutcomes: streamed.statusCounts,
      redeliveredDeliveries: redelivered,
      drainSeconds: drain === null ? null : Math.round(drain * 10) / 10,
      elapsedSeconds: Math.round((Date.now() - started) / 100) / 10,
      failures: [],
    };
    const mustBeZero = ['rejected', 'unacknowledged', 'lostOrders', 'ordersWithoutTask', 'duplicateOrders', 'duplicateTasks', 'undelivered'] as const;
    report.failures = mustBeZero.filter((field) => report[field] !== 0).map((field) => `${field}: ${report[field]}`);
    if (report.ordersAcknowledged === 0) report.failures.push('no order was acknowledged');
    if (report.kills !== kills) report.failures.push(`killed ${report.kills} times, not ${kills}`);
    if (report.failures.length > 0) report.serverOutputTail = server.recentOutput.slice(-3000);
    return report;
  } finally {
    // After a failure half-way, no order may go on being sent or retried.
    retryDeadline = 0;
    await stream?.stop();
    await server.crash().catch(() => undefined);
    await reader?.close().catch(() => undefined);
    if (args.has('keep')) console.log(`  kept ${database.describe} (--keep)`);
    else await database.cleanUp().catch((error: unknown) => console.error(`could not remove the ${kind} database:`, error));
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const git = gitState(ROOT);
  const loadAverageAtStart = Math.round(loadavg()[0]! * 100) / 100;
  const app = prepareAppBuild(ROOT, !args.has('no-build'));
  const kinds: Kind[] = only ? [only as Kind] : ['sqlite', 'postgres'];
  const databases: Record<string, CrashReport | { error: string }> = {};
  try {
    for (const kind of kinds) {
      try {
        databases[kind] = await runOne(app, kind);
      } catch (error) {
        databases[kind] = { error: error instanceof Error ? error.message : String(error) };
      }
    }
  } finally {
    app.cleanUp();
  }
  const failed = Object.values(databases).some((report) => 'error' in report || report.failures.length > 0);
  const report = {
    commit: git.commit,
    uncommittedAppChanges: git.dirty,
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, loadAverageAtStart },
    settings: { ordersPerSecond: rate, kills, gapSeconds: [minGapMs / 1000, maxGapMs / 1000], outboxPollIntervalMs: 500, outboxLeaseMs: 2000 },
    databases,
    ok: !failed,
    elapsedSeconds: Math.round((Date.now() - started) / 1000),
  };
  const text = JSON.stringify(report, null, 2);
  mkdirSync(resolve(__dirname, 'results'), { recursive: true });
  writeFileSync(resolve(__dirname, 'results', 'crash-latest.json'), `${text}\n`);
  console.log(`\n${text}`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
