import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Response } from 'supertest';
import { createTestDatabase, TestDatabase } from '../libs/common/src/testing';
import { PoolClient } from '../src/database/pg-client';
import { ProductFixture, createProduct, expectStatus, orderRequest } from './support/fixtures';
import { withEnvironment } from './support/environment';
import { TestApp, createTestApp } from './support/test-app';

const ON_POSTGRES = Boolean(process.env.E2E_DATABASE_URL);
const ROOT = join(__dirname, '..');

/** Small limits, so each fault answers in about a second. */
const CONNECT_TIMEOUT_MS = 1_000;
const STATEMENT_TIMEOUT_MS = 1_000;
/** How long the client waits for a frozen connection: statement_timeout plus its margin (QUERY_TIMEOUT_MARGIN_MS). */
const QUERY_DEADLINE_MS = STATEMENT_TIMEOUT_MS + 1_000;
const LOCK_TIMEOUT_MS = 500;
const BUSY_TIMEOUT_MS = 500;
/** Readiness answers within this, whatever the database does. */
const READY_WITHIN_MS = 3_000;
/** Higher than every API request a database describe sends before its last test uses the rest up. */
const RATE_LIMIT_MAX = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed<T>(request: PromiseLike<T>): Promise<{ response: T; ms: number }> {
  const started = performance.now();
  const response = await request;
  return { response, ms: performance.now() - started };
}

/** 503 DATABASE_UNAVAILABLE, problem+json, with Retry-After in seconds. */
function expectDatabaseUnavailable(response: Response): void {
  expectStatus(response, 503);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

/** Once a client has used up its requests, the readiness probe still answers it. */
async function expectReadinessNotRateLimited(testApp: TestApp): Promise<void> {
  let response = await testApp.http.get('/api/v1/settings');
  for (let sent = 1; response.status !== 429 && sent <= RATE_LIMIT_MAX; sent += 1) {
    response = await testApp.http.get('/api/v1/settings');
  }
  expect(response.status).toBe(429);
  for (let probe = 0; probe < 5; probe += 1) await testApp.anonymous.get('/health/ready').expect(200);
}

/**
 * A TCP proxy in front of PostgreSQL that the test can cut (connections destroyed, new ones
 * refused: a database that is down) and freeze (connections accepted, nothing forwarded: a
 * hung server or a network that drops packets). Resuming delivers what a freeze held back.
 */
class FaultyProxy {
  private server: net.Server | undefined;
  private readonly connections = new Set<net.Socket>();
  private frozen = false;
  private held: Array<() => void> = [];
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  /** The URL of the same database, through this proxy. */
  url(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  async start(): Promise<void> {
    const server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(this.port, '127.0.0.1', () => resolve()));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = new Promise((resolve) => server?.close(resolve));
    for (const socket of this.connections) socket.destroy();
    await closed;
  }

  freeze(): void {
    this.frozen = true;
  }

  async resume(): Promise<void> {
    if (!this.server) await this.start();
    const held = this.held;
    this.held = [];
    this.frozen = false;
    for (const deliver of held) deliver();
  }

  async stop(): Promise<void> {
    await this.cut();
  }

  private accept(client: net.Socket): void {
    const upstream = net.connect(this.target.port, this.target.host);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.connections.delete(client);
      this.connections.delete(upstream);
    };
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ]) {
      this.connections.add(from);
      from.on('data', (chunk) => {
        const deliver = () => to.destroyed || to.write(chunk);
        if (this.frozen) this.held.push(deliver);
        else deliver();
      });
      from.on('error', close).on('close', close);
    }
  }
}

if (ON_POSTGRES) {
  describe('PostgreSQL behind a proxy that cuts and freezes it (e2e)', () => {
    let restore: () => void;
    let proxy: FaultyProxy;
    let directUrl: string;
    let testApp: TestApp;
    let product: ProductFixture;
    /** Orders answered 201: every one must still be there after each fault. */
    const acknowledged: string[] = [];

    const placeOrder = (idempotencyKey: string) =>
      testApp.http.post('/api/v1/orders').set('Idempotency-Key', idempotencyKey).send(orderRequest([product]));
    const expectEveryAcknowledgedOrder = async () => {
      for (const id of acknowledged) await testApp.http.get(`/api/v1/orders/${id}`).expect(200);
    };

    /**
     * The BEGIN that froze, delivered late once the network is back, was not left open on a
     * pooled connection, where it would swallow the next request's work. Checked before any
     * request could reuse that connection; a transaction between two statements is idle for
     * milliseconds, not for the time this waits.
     */
    const expectNoTransactionLeftOpen = async () => {
      await sleep(500);
      const observer = new Client({ connectionString: directUrl });
      await observer.connect();
      try {
        const { rows } = await observer.query(
          `SELECT count(*)::int AS count FROM pg_stat_activity
            WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND state_change < now() - interval '300 milliseconds'`,
        );
        expect(rows[0].count).toBe(0);
      } finally {
        await observer.end();
      }
    };

    beforeAll(async () => {
      restore = withEnvironment({
        DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
        DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
        DATABASE_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
        RATE_LIMIT_MAX: String(RATE_LIMIT_MAX),
        // Only the test's requests use the pool: no outbox pass takes a connection behind its back.
        OUTBOX_POLL_INTERVAL_MS: '3600000',
        OUTBOX_RETRY_BASE_MS: '3600000',
      });
      const base = new URL(process.env.E2E_DATABASE_URL!);
      proxy = new FaultyProxy({ host: base.hostname, port: Number(base.port || 5432) });
      await proxy.start();
      testApp = await createTestApp({
        databaseUrlThrough: (url) => {
          directUrl = url;
          return proxy.url(url);
        },
      });
      product = await createProduct(testApp.http);
      acknowledged.push(expectStatus(await placeOrder('before-any-fault'), 201).body.id);
    });

    afterEach(() => proxy.resume());

    afterAll(async () => {
      await testApp.close();
      await proxy.stop();
      restore();
    });

    it('answers 503 DATABASE_UNAVAILABLE with Retry-After at once while the database is down, and recovers when it is back', async () => {
      await proxy.cut();

      const [read, write, ready] = await Promise.all([
        timed(testApp.http.get(`/api/v1/orders/${acknowledged[0]}`)),
        timed(placeOrder('during-cut')),
        timed(testApp.anonymous.get('/health/ready')),
      ]);
      for (const { response, ms } of [read, write]) {
        expectDatabaseUnavailable(response);
        expect(ms).toBeLessThan(CONNECT_TIMEOUT_MS + 1_000);
      }
      expect(ready.ms).toBeLessThan(READY_WITHIN_MS);
      expect(ready.response.status).toBe(503);
      expect(ready.response.body).toMatchObject({ code: 'NOT_READY', error: { database: { status: 'down', message: expect.any(String) } } });
      expect(ready.response.body.detail).toContain('database');

      await proxy.resume();
      await testApp.anonymous.get('/health/ready').expect(200);
      await expectEveryAcknowledgedOrder();
      // The client retries the refused order with its key: placed once.
      acknowledged.push(expectStatus(await placeOrder('during-cut'), 201).body.id);
      expect(expectStatus(await placeOrder('during-cut'), 201).headers['idempotent-replayed']).toBe('true');
    });

    it('answers 503 DATABASE_UNAVAILABLE within the query deadline while the database is frozen, readiness within 3 s, and recovers', async () => {
      // The pool keeps the connection of this read for the next request, and the admin's user
      // row is cached: the change's BEGIN is what freezes on that connection.
      await testApp.http.get(`/api/v1/orders/${acknowledged[0]}`).expect(200);
      proxy.freeze();

      const change = await timed(testApp.http.patch('/api/v1/settings').send({ travelBufferMinutes: 30 }));
      const [read, write, ready] = await Promise.all([
        timed(testApp.http.get(`/api/v1/orders/${acknowledged[0]}`)),
        timed(placeOrder('during-freeze')),
        timed(testApp.anonymous.get('/health/ready')),
      ]);
      for (const { response, ms } of [change, read, write]) {
        expectDatabaseUnavailable(response);
        expect(ms).toBeLessThan(QUERY_DEADLINE_MS + 1_000);
      }
      expect(ready.ms).toBeLessThan(READY_WITHIN_MS);
      expect(ready.response.status).toBe(503);
      expect(ready.response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(ready.response.body).toMatchObject({
        code: 'NOT_READY',
        error: { database: { status: 'down', message: expect.stringMatching(/timeout/) } },
        details: { database: { status: 'down' } },
      });

      await proxy.resume();
      await expectNoTransactionLeftOpen();
      await testApp.anonymous.get('/health/ready').expect(200);
      await expectEveryAcknowledgedOrder();
      // Whether or not the frozen attempt reached the database, the retry with its key gives one order.
      const retried = expectStatus(await placeOrder('during-freeze'), 201).body.id;
      acknowledged.push(retried);
      expect(expectStatus(await placeOrder('during-freeze'), 201).body.id).toBe(retried);
    });

    it('answers 503 DATABASE_UNAVAILABLE when a row stays locked past lock_timeout', async () => {
      const locker = new Client({ connectionString: directUrl });
      await locker.connect();
      try {
        await locker.query('BEGIN');
        await locker.query('SELECT * FROM settings FOR UPDATE');
        const { response, ms } = await timed(testApp.http.patch('/api/v1/settings').send({ travelBufferMinutes: 25 }));
        expectDatabaseUnavailable(response);
        expect(ms).toBeGreaterThanOrEqual(LOCK_TIMEOUT_MS - 50);
        expect(ms).toBeLessThan(LOCK_TIMEOUT_MS + 1_000);
      } finally {
        await locker.query('ROLLBACK');
        await locker.end();
      }
      await testApp.http.patch('/api/v1/settings').send({ travelBufferMinutes: 25 }).expect(200);
    });

    it('keeps the readiness probe out of the rate limit', () => expectReadinessNotRateLimited(testApp));
  });

  describe('Statements prepared on a pooled connection (PostgreSQL)', () => {
    const clients: PoolClient[] = [];
    const connect = async (preparedStatements: number) => {
      const client = new PoolClient({ connectionString: process.env.E2E_DATABASE_URL, preparedStatements });
      clients.push(client);
      await client.connect();
      return client;
    };
    /** What the server holds prepared for this connection (a statement without parameters is never named). */
    const preparedOn = async (client: PoolClient) =>
      (await client.query('SELECT statement FROM pg_prepared_statements ORDER BY statement')).rows.map((row: { statement: string }) => row.statement);

    afterAll(() => Promise.all(clients.map((client) => client.end())));

    it('prepares a statement with parameters on its second run, and answers as before', async () => {
      const client = await connect(10);
      const runs = [];
      for (let run = 1; run <= 3; run += 1) runs.push((await client.query('SELECT $1::int * 2 AS doubled', [run])).rows[0].doubled);
      expect(runs).toEqual([2, 4, 6]);
      expect(await preparedOn(client)).toEqual(['SELECT $1::int * 2 AS doubled']);
    });

    it('keeps at most its capacity, releasing the least recently run, inside a transaction that still commits', async () => {
      const client = await connect(2);
      await client.query('CREATE TEMP TABLE prepared_probe (n int)');
      await client.query('BEGIN');
      for (const n of [1, 2, 3]) {
        const insert = `INSERT INTO prepared_probe (n) SELECT $1::int WHERE ${n} > 0`;
        await client.query(insert, [n]);
        await client.query(insert, [n * 10]);
      }
      await client.query('COMMIT');
      expect(await preparedOn(client)).toEqual(['INSERT INTO prepared_probe (n) SELECT $1::int WHERE 2 > 0', 'INSERT INTO prepared_probe (n) SELECT $1::int WHERE 3 > 0']);
      const rows = await client.query('SELECT n FROM prepared_probe ORDER BY n');
      expect(rows.rows.map((row: { n: number }) => row.n)).toEqual([1, 2, 3, 10, 20, 30]);
    });

    it('goes on after a named statement fails on its values', async () => {
      const client = await connect(10);
      const parse = 'SELECT $1::int AS n';
      await client.query(parse, ['1']);
      await expect(client.query(parse, ['not a number'])).rejects.toThrow(/invalid input syntax/);
      expect((await client.query(parse, ['7'])).rows[0].n).toBe(7);
      expect(await preparedOn(client)).toEqual([parse]);
    });

    it('prepares nothing with a capacity of 0', async () => {
      const client = await connect(0);
      for (let run = 0; run < 3; run += 1) await client.query('SELECT $1::int AS n', [run]);
      expect(await preparedOn(client)).toEqual([]);
    });
  });
} else {
  describe('SQLite write lock held by another connection (e2e)', () => {
    type SqliteConnection = { exec(sql: string): void; close(): void };
    const BetterSqlite3 = require('better-sqlite3') as new (path: string) => SqliteConnection;
    let restore: () => void;
    let testApp: TestApp;
    let product: ProductFixture;
    let acknowledged: string;

    beforeAll(async () => {
      restore = withEnvironment({ DATABASE_BUSY_TIMEOUT_MS: String(BUSY_TIMEOUT_MS), RATE_LIMIT_MAX: String(RATE_LIMIT_MAX) });
      testApp = await createTestApp();
      product = await createProduct(testApp.http);
      acknowledged = expectStatus(await testApp.http.post('/api/v1/orders').send(orderRequest([product])), 201).body.id;
    });

    afterAll(async () => {
      await testApp.close();
      restore();
    });

    it('answers a write blocked past the busy timeout with 503 DATABASE_UNAVAILABLE and Retry-After; reads and readiness go on', async () => {
      const other = new BetterSqlite3(process.env.DATABASE_PATH!);
      try {
        other.exec('BEGIN IMMEDIATE');
        // WAL: readers never wait for the writer.
        await testApp.http.get(`/api/v1/orders/${acknowledged}`).expect(200);
        const [write, ready] = await Promise.all([
          timed(testApp.http.post('/api/v1/orders').send(orderRequest([product]))),
          timed(testApp.anonymous.get('/health/ready')),
        ]);
        expectDatabaseUnavailable(write.response);
        expect(write.ms).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS - 50);
        expect(write.ms).toBeLessThan(BUSY_TIMEOUT_MS + 1_500);
        expect(ready.response.status).toBe(200);
        expect(ready.ms).toBeLessThan(READY_WITHIN_MS);
      } finally {
        other.exec('ROLLBACK');
        other.close();
      }
      expectStatus(await testApp.http.post('/api/v1/orders').send(orderRequest([product])), 201);
      await testApp.http.get(`/api/v1/orders/${acknowledged}`).expect(200);
    });

    it('keeps the readiness probe out of the rate limit', () => expectReadinessNotRateLimited(testApp));
  });
}

/** The newest modification time of the sources `npm run build` compiles (not the tests). */
function newestSourceChange(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceChange(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** `npm run build`, unless dist/ is newer than every source; resolves to the server's entry file. */
async function ensureBuilt(): Promise<string> {
  const main = join(ROOT, 'dist/src/main.js');
  const sources = Math.max(...['src', 'libs', 'migrations'].map((directory) => newestSourceChange(join(ROOT, directory))));
  if (existsSync(main) && statSync(main).mtimeMs >= sources) return main;
  const build = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => build.once('exit', resolve));
  if (status !== 0) throw new Error(`npm run build failed:\n${output}`);
  return main;
}

/** Started as the file loads, so a build runs while the database tests do. */
const built = ensureBuilt();
built.catch(() => undefined);

/** How many ports a built server is started on before its test gives up: another worker may take one first. */
const START_ATTEMPTS = 3;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One request on a keep-alive agent, so the connection outlives it. The headers and the first
 * half of the body go at once, the rest when `finish()` is called: until then the request is
 * in flight.
 */
function send(
  agent: http.Agent,
  port: number,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string },
): { answer: Promise<HttpAnswer>; socket: Promise<net.Socket>; finish(): void } {
  const body = options.body ?? '';
  const request = http.request({
    host: '127.0.0.1',
    port,
    agent,
    method: options.method,
    path: options.path,
    headers: { ...options.headers, ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}) },
  });
  const socket = new Promise<net.Socket>((resolve) => request.once('socket', resolve));
  const answer = new Promise<HttpAnswer>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.once('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
  });
  const half = Math.floor(body.length / 2);
  if (half > 0) request.write(body.slice(0, half));
  request.flushHeaders();
  return { answer, socket, finish: () => request.end(body.slice(half)) };
}

/**
 * Resolves once some backend of the database waits on a lock. Asked on a connection of its own,
 * outside any transaction: within one, PostgreSQL answers pg_stat_activity from a snapshot.
 */
async function waitUntilWaitingOnALock(connectionString: string, timeoutMs = 15_000): Promise<void> {
  const observer = new Client({ connectionString });
  await observer.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await observer.query<{ waiting: string }>(
        "SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      if (Number(rows[0]!.waiting) > 0) return;
      if (Date.now() > deadline) throw new Error('no request came to wait on the lock');
      await sleep(50);
    }
  } finally {
    await observer.end();
  }
}

const closed = (socket: net.Socket) => new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));

/** The built server as a child process, on a database of its own. */
class ServerProcess {
  private output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /**
   * A port free a moment ago may be taken by another worker's server before the child binds it:
   * the child then exits (EADDRINUSE) while the other server answers on the port. So the server
   * counts as started only once its own log says it listens there, and a lost port is tried again.
   */
  static async start(main: string, database: TestDatabase, env: Record<string, string>): Promise<ServerProcess> {
    let output = '';
    for (let attempt = 1; attempt <= START_ATTEMPTS; attempt += 1) {
      const port = await freePort();
      const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), SEED_DEMO_DATA: 'false', LOG_LEVEL: 'info' };
      for (const [key, value] of Object.entries(database.env)) {
        if (value === undefined) delete childEnv[key];
        else childEnv[key] = value;
      }
      const server = new ServerProcess(spawn(process.execPath, [main], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] }), port);
      for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(100)) {
        if (server.child.exitCode !== null) break;
        if (!server.output.includes(`Listening on http://localhost:${port} `)) continue;
        const live = await fetch(`http://127.0.0.1:${port}/health/live`).catch(() => undefined);
        if (live?.ok) return server;
      }
      server.child.kill('SIGKILL');
      output = server.output;
      if (!output.includes('EADDRINUSE')) break;
    }
    throw new Error(`the server did not start:\n${output}`);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get log(): string {
    return this.output;
  }

  terminate(): void {
    this.child.kill('SIGTERM');
  }

  kill(): void {
    if (this.running) this.child.kill('SIGKILL');
  }

  async signIn(email: string, password: string): Promise<string> {
    const response = await fetch(`http://127.0.0.1:${this.port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`signing in failed: ${response.status}\n${this.output}`);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }
}

/** Refuses new connections within the time: the server has stopped accepting. */
async function expectRefusingConnections(port: number, withinMs: number): Promise<void> {
  for (const deadline = Date.now() + withinMs; Date.now() < deadline; await sleep(50)) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return;
  }
  throw new Error(`port ${port} still accepts connections`);
}

describe('Shutdown of the built server (e2e)', () => {
  // Long enough that the request in flight is answered before the database cut (grace − 1 s) on a
  // loaded CI machine: at 2 s, one full-suite run on Node 24 saw it answered only after the cut.
  const SHUTDOWN_GRACE_MS = 4_000;
  const EXITS_WITHIN_MS = 10_000;
  const ADMIN = { email: 'admin@shutdown.example', password: 'shutdown-admin-password' };
  let main: string;
  let database: TestDatabase;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    main = await built;
    database = await createTestDatabase();
  });

  afterEach(() => server?.kill());

  afterAll(() => database?.drop());

  const start = async (env: Record<string, string> = {}) => {
    server = await ServerProcess.start(main, database, {
      SHUTDOWN_GRACE_MS: String(SHUTDOWN_GRACE_MS),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ...env,
    });
    return server;
  };

  it('on SIGTERM stops accepting, answers the request in flight with Connection: close and exits within 10 s', async () => {
    const running = await start();
    const idleAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const busyAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const stalledAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // Two keep-alive connections, each after one request: one stays idle, the other sends a sign-in slowly.
      const idle = send(idleAgent, running.port, { method: 'GET', path: '/health/live' });
      idle.finish();
      expect((await idle.answer).headers.connection).toBe('keep-alive');
      const warmUp = send(busyAgent, running.port, { method: 'GET', path: '/health/ready' });
      warmUp.finish();
      expect((await warmUp.answer).headers.connection).toBe('keep-alive');
      const inFlight = send(busyAgent, running.port, { method: 'POST', path: '/api/v1/auth/login', body: JSON.stringify(ADMIN) });
      expect(await inFlight.socket).toBe(await warmUp.socket);
      // A third whose body never ends.
      const stalled = send(stalledAgent, running.port, { method: 'POST', path: '/api/v1/auth/login', body: JSON.stringify(ADMIN) });
      stalled.answer.catch(() => undefined);
      await sleep(200);

      const signalled = Date.now();
      running.terminate();
      await closed(await idle.socket);
      await expectRefusingConnections(running.port, 2_000);
      expect(running.running).toBe(true);

      inFlight.finish();
      const answer = await inFlight.answer;
      // The body with the status: a refusal's problem says why (seen once in CI: a 401, unexplained).
      expect({ status: answer.status, body: answer.status === 200 ? 'tokens' : answer.body }).toEqual({ status: 200, body: 'tokens' });
      expect(answer.headers.connection).toBe('close');
      await closed(await inFlight.socket);

      const exit = await running.exited;
      const tookMs = Date.now() - signalled;
      expect(tookMs).toBeLessThan(EXITS_WITHIN_MS);
      // The stalled request held the server until the grace ended, no longer.
      expect(tookMs).toBeGreaterThanOrEqual(SHUTDOWN_GRACE_MS - 100);
      expect((await stalled.socket).destroyed).toBe(true);
      expect(exit.signal ?? exit.code).toBe('SIGTERM');
    } finally {
      for (const agent of [idleAgent, busyAgent, stalledAgent]) agent.destroy();
    }
  });

  if (ON_POSTGRES) {
    it('answers a request still waiting on a lock at the deadline with 503 DATABASE_UNAVAILABLE and Connection: close, and exits within 10 s', async () => {
      // lock_timeout longer than the test: only the shutdown deadline ends the wait.
      const running = await start({ DATABASE_LOCK_TIMEOUT_MS: '60000', DATABASE_STATEMENT_TIMEOUT_MS: '60000' });
      const token = await running.signIn(ADMIN.email, ADMIN.password);
      const locker = new Client({ connectionString: database.env.DATABASE_URL });
      await locker.connect();
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        await locker.query('BEGIN');
        await locker.query('SELECT * FROM settings FOR UPDATE');
        const waiting = send(agent, running.port, {
          method: 'PATCH',
          path: '/api/v1/settings',
          headers: { authorization: `Bearer ${token}` },
          body: JSON.stringify({ travelBufferMinutes: 20 }),
        });
        waiting.finish();
        // Signalled once the request waits on the lock, not after a guess at how long reaching it takes (a loaded machine took longer).
        await waitUntilWaitingOnALock(database.env.DATABASE_URL!);

        const signalled = Date.now();
        running.terminate();
        const answer = await waiting.answer;
        expect(answer.status).toBe(503);
        expect(JSON.parse(answer.body)).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
        expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
        expect(answer.headers.connection).toBe('close');
        expect(Date.now() - signalled).toBeLessThan(SHUTDOWN_GRACE_MS);

        await running.exited;
        expect(Date.now() - signalled).toBeLessThan(EXITS_WITHIN_MS);
      } finally {
        agent.destroy();
        await locker.query('ROLLBACK').catch(() => undefined);
        await locker.end();
      }
    });
  }
});
