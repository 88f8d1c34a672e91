import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { clientAddress, percentile } from './load';

export interface OrderStreamSpec {
  /** Base URLs; orders go to them in turn. */
  targets: readonly string[];
  ratePerSecond: number;
  /** Sent with every request (the bearer token). */
  headers: Record<string, string>;
  /** The request body for an order with this Idempotency-Key. */
  body: (idempotencyKey: string) => string;
  /**
   * Retry a request that failed because no server answered (refused, reset, timed out) or
   * answered 5xx, with the same key and body, until it is acknowledged or this deadline
   * (ms since the epoch, read when the retry would start). Without it a failure is final.
   */
  retryUntil?: () => number;
  /** Send each request from another client address (X-Forwarded-For), as load.ts does. */
  spreadClients?: boolean;
  keyPrefix?: string;
  /**
   * Connections per target at most (keep-alive); further requests wait in the client, as
   * behind a real client's pool, instead of reaching a restarting server all at once.
   */
  maxConnections?: number;
}

/** One order the stream asked for: acknowledged (201, or 200 replayed) or not. */
export interface StreamedOrder {
  key: string;
  target: string;
  /** When it was due to be sent (open loop), ms since the epoch. */
  dueAt: number;
  attempts: number;
  orderId?: string;
  acknowledgedAt?: number;
  /** The acknowledgement was a replay of an earlier attempt that the client never heard back from. */
  replayed?: boolean;
  /** A 4xx, or the last failure when it gave up. */
  failure?: string;
}

export interface OrderStreamResult {
  orders: StreamedOrder[];
  sent: number;
  acknowledged: number;
  /** Answered 4xx: not retried. */
  rejected: number;
  /** Neither acknowledged nor rejected: failed without retry, or still failing at the deadline. */
  unacknowledged: number;
  /** Needed more than one attempt. */
  retried: number;
  replayed: number;
  /** Acknowledged per second of the sending window. */
  achievedRate: number;
  sendingSeconds: number;
  /** Most requests waiting for an answer at once (the open loop's equivalent of connections). */
  maxInFlight: number;
  /** Due time to acknowledgement, ms (open loop: time spent waiting to be sent counts). */
  latency: { p50: number; p95: number; p99: number; max: number };
  statusCounts: Record<string, number>;
}

/** From the moment the request has a connection. */
const ATTEMPT_TIMEOUT_MS = 10_000;
/** The first retry waits this long, each next one twice as long up to the cap, with jitter. */
const RETRY_DELAY_MS = 250;
const RETRY_DELAY_CAP_MS = 2000;
const TICK_MS = 4;

interface Answer {
  status: number;
  replayed: boolean;
  text: string;
}

/** One POST over the agent; rejects on a socket error or when no answer came within the timeout. */
function post(agent: Agent, target: string, path: string, headers: Record<string, string>, body: string): Promise<Answer> {
  const url = new URL(path, target);
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, replayed: res.headers['idempotent-replayed'] === 'true', text: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.once('socket', () => {
      const timer = setTimeout(() => req.destroy(Object.assign(new Error('no answer in time'), { code: 'TIMEOUT' })), ATTEMPT_TIMEOUT_MS);
      timer.unref();
      req.once('close', () => clearTimeout(timer));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Places orders at a fixed arrival rate (open loop: the next one is sent when it is due,
 * whether or not earlier ones were answered), each with its own Idempotency-Key.
 */
export class OrderStream {
  private readonly orders: StreamedOrder[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly statusCounts: Record<string, number> = {};
  private stopped = false;
  private loop: Promise<void> | undefined;
  private startedAt = 0;
  private stoppedAt = 0;
  private maxInFlight = 0;

  private readonly agent: Agent;

  constructor(private readonly spec: OrderStreamSpec) {
    this.agent = new Agent({ keepAlive: true, maxSockets: spec.maxConnections ?? 64 });
  }

  start(): void {
    this.startedAt = Date.now();
    this.loop = this.run();
  }

  /** Sends no more orders; resolves when every order sent is acknowledged or given up. */
  async stop(): Promise<OrderStreamResult> {
    this.stopped = true;
    await this.loop;
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
    this.agent.destroy();
    return this.result();
  }

  /** Runs for this long, then stops. */
  async runFor(seconds: number): Promise<OrderStreamResult> {
    this.start();
    await sleep(seconds * 1000);
    return this.stop();
  }

  get sentSoFar(): number {
    return this.orders.length;
  }

  private async run(): Promise<void> {
    const prefix = this.spec.keyPrefix ?? `stream-${randomUUID().slice(0, 8)}`;
    const interval = 1000 / this.spec.ratePerSecond;
    while (!this.stopped) {
      const due = Math.floor((Date.now() - this.startedAt) / interval) + 1;
      while (this.orders.length < due && !this.stopped) {
        const index = this.orders.length;
        const order: StreamedOrder = {
          key: `${prefix}-${index}-${randomUUID()}`,
          target: this.spec.targets[index % this.spec.targets.length]!,
          dueAt: this.startedAt + index * interval,
          attempts: 0,
        };
        this.orders.push(order);
        const sending = this.send(order, index).finally(() => this.inFlight.delete(sending));
        this.inFlight.add(sending);
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight.size);
      }
      await sleep(TICK_MS);
    }
    this.stoppedAt = Date.now();
  }

  private async send(order: StreamedOrder, index: number): Promise<void> {
    const body = this.spec.body(order.key);
    const headers: Record<string, string> = {
      ...this.spec.headers,
      'content-type': 'application/json',
      'idempotency-key': order.key,
      ...(this.spec.spreadClients ? { 'x-forwarded-for': clientAddress(index) } : {}),
    };
    for (;;) {
      order.attempts += 1;
      let retryable: string;
      try {
        const answer = await post(this.agent, order.target, '/api/v1/orders', headers, body);
        this.statusCounts[answer.status] = (this.statusCounts[answer.status] ?? 0) + 1;
        if (answer.status === 201 || answer.status === 200) {
          order.orderId = (JSON.parse(answer.text) as { id: string }).id;
          order.acknowledgedAt = Date.now();
          order.replayed = answer.replayed;
          order.failure = undefined;
          return;
        }
        if (answer.status < 500) {
          order.failure = `HTTP ${answer.status} ${answer.text.slice(0, 300)}`;
          return;
        }
        retryable = `HTTP ${answer.status} ${answer.text.slice(0, 300)}`;
      } catch (error) {
        retryable = (error as { code?: string }).code ?? (error as Error).message ?? String(error);
        this.statusCounts[retryable] = (this.statusCounts[retryable] ?? 0) + 1;
      }
      order.failure = retryable;
      const delay = Math.min(RETRY_DELAY_CAP_MS, RETRY_DELAY_MS * 2 ** (order.attempts - 1)) * (0.5 + Math.random() / 2);
      if (!this.spec.retryUntil || Date.now() + delay > this.spec.retryUntil()) return;
      await sleep(delay);
    }
  }

  private result(): OrderStreamResult {
    const acknowledged = this.orders.filter((order) => order.acknowledgedAt !== undefined);
    const sorted = Float64Array.from(acknowledged.map((order) => order.acknowledgedAt! - order.dueAt)).sort();
    const sendingSeconds = Math.max(0.001, ((this.stoppedAt || Date.now()) - this.startedAt) / 1000);
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      orders: this.orders,
      sent: this.orders.length,
      acknowledged: acknowledged.length,
      rejected: this.orders.filter((order) => order.acknowledgedAt === undefined && order.failure?.startsWith('HTTP 4')).length,
      unacknowledged: this.orders.filter((order) => order.acknowledgedAt === undefined && !order.failure?.startsWith('HTTP 4')).length,
      retried: this.orders.filter((order) => order.attempts > 1).length,
      replayed: acknowledged.filter((order) => order.replayed).length,
      achievedRate: Math.round((acknowledged.length / sendingSeconds) * 10) / 10,
      sendingSeconds: round(sendingSeconds),
      maxInFlight: this.maxInFlight,
      latency: {
        p50: round(percentile(sorted, 0.5)),
        p95: round(percentile(sorted, 0.95)),
        p99: round(percentile(sorted, 0.99)),
        max: round(sorted.length ? sorted[sorted.length - 1]! : 0),
      },
      statusCounts: this.statusCounts,
    };
  }
}
