import autocannon from 'autocannon';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadSpec {
  baseUrl: string;
  connections: number;
  durationSeconds: number;
  /** Called for every request, so each one can carry another id or body. */
  next: () => LoadRequest;
  /** Sent with every request (the app's bearer token). */
  headers?: Record<string, string>;
  /**
   * Requests per second across all connections (autocannon's `overallRate`): an offered load
   * below saturation, so latency measures the server rather than the queue in front of it.
   */
  overallRate?: number;
}

export interface LoadResult {
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  /** Socket errors and timeouts. */
  errors: number;
  non2xx: number;
  status5xx: number;
  statusCounts: Record<string, number>;
}

/**
 * Requests come from this many client addresses in turn, as users behind a proxy would:
 * each stays far below the per-client rate limit, whose counters then hold what they hold
 * in production. (One address with the limit lifted instead made the throttler's in-memory
 * store filter tens of thousands of timestamps on every request.)
 */
const CLIENT_ADDRESSES = 4096;

export function clientAddress(index: number): string {
  const client = index % CLIENT_ADDRESSES;
  return `10.0.${client >> 8}.${client & 255}`;
}

export function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/**
 * Drives the server for a fixed time with fixed connections. Latencies are recorded per
 * response (autocannon's own summary has no p95), in the same process that generates load:
 * load generator and server share the 2 cores, for the app and the baseline alike.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  let sent = 0;
  const instance = autocannon({
    url: spec.baseUrl,
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: 10,
    ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
    requests: [
      {
        setupRequest: (request) => {
          const next = spec.next();
          return {
            ...request,
            method: next.method ?? 'GET',
            path: next.path,
            body: next.body,
            headers: {
              ...spec.headers,
              'x-forwarded-for': clientAddress(sent++),
              ...(next.body ? { 'content-type': 'application/json' } : {}),
              ...next.headers,
            },
          };
        },
      },
    ],
  }, (error, result) => (error ? fail(error) : finish(result)));
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
  });
  const result = await finished;
  const sorted = Float64Array.from(latencies).sort();
  const round = (value: number) => Math.round(value * 100) / 100;
  const status5xx = Object.entries(statusCounts).filter(([code]) => code.startsWith('5')).reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: latencies.length,
    reqPerSec: Math.round(latencies.length / spec.durationSeconds),
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    status5xx,
    statusCounts,
  };
}
