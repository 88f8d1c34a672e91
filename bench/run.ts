/**
 * `npm run bench` — builds the app, seeds the bench databases when they are missing or
 * stale, drives the production build and the raw baseline with autocannon, and writes
 * bench/results/latest.json and latest.md (the table docs/performance.md shows). `--scale 0.01`
 * for a quick run while developing. Scenario 6 (event delivery over two instances,
 * `--delivery-rate 120 --delivery-duration 60`, `--no-delivery` to skip) runs on its own with
 * `npm run bench:delivery`. Run it on the production runtime (Node 24, deployments/Dockerfile):
 * the app and the baseline run on the Node that runs the bench, whose version the report names.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { databaseNameOf } from './lib/bench-database';
import { parseArgs, parseScale } from './lib/cli-args';
import { gitState } from './lib/git-commit';
import { benchAppEnvironment, benchAuthorization } from './lib/bench-auth';
import { LoadRequest, LoadResult, runLoad } from './lib/load';
import { ScenarioResult, TargetCheck, renderMarkdownReport, renderTable, renderTargets } from './lib/report';
import { databaseFor, ensureSeeded } from './lib/seeded-database';
import { ServerProcess } from './lib/server-process';
import { compareResponses } from './lib/shape-check';
import { evaluateTargets, findResult } from './lib/targets';
import {
  Prepared,
  prepareAvailability,
  prepareContention,
  prepareHoldContention,
  prepareOrderAvailability,
  prepareSuggestions,
  prepareTravelAvailability,
  prepareTwoDayAvailability,
} from './scenarios/booking-scenarios';
import { prepareBoard, prepareQueue } from './scenarios/dispatch-scenarios';
import { DELIVERY_PORTS, DeliveryRun, renderDeliveryDetails, runDeliveryScenario } from './scenarios/delivery-scenario';
import { fetchOpenApi } from './scenarios/openapi-operation';
import { loadOrderInputs } from './scenarios/order-inputs';
import { ORDERS_FIRST_PAGE, orderById, ordersDeepPage, placeOrder, searchByCustomerName, searchByRegistration } from './scenarios/order-scenarios';

const ROOT = resolve(__dirname, '..');
const APP_PORT = 3100;
const BASELINE_PORT = 3101;
const SMALL_SCALE = 0.01;
const WARMUP_SECONDS = 3;

const args = parseArgs(process.argv.slice(2), {
  scale: 'value',
  duration: 'value',
  reseed: 'flag',
  'no-build': 'flag',
  'delivery-rate': 'value',
  'delivery-duration': 'value',
  'no-delivery': 'flag',
});
const scale = parseScale(args.get('scale'));
const duration = Number(args.get('duration') ?? 15);
const deliveryRate = Number(args.get('delivery-rate') ?? 120);
const deliveryDuration = Number(args.get('delivery-duration') ?? 60);

/** Started as the container starts it: migrations, then the server with its memory limits (the shell execs node, so the pid stays). */
function appServer(databaseUrl: string): ServerProcess {
  return new ServerProcess({
    name: 'app',
    command: './entrypoint.sh',
    args: [],
    cwd: ROOT,
    env: { ...process.env, ...benchAppEnvironment(), NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO_DATA: 'false', DATABASE_URL: databaseUrl, PORT: String(APP_PORT) },
    readyUrl: `http://127.0.0.1:${APP_PORT}/health/ready`,
  });
}

function baselineServer(databaseUrl: string): ServerProcess {
  return new ServerProcess({
    name: 'baseline',
    command: process.execPath,
    args: ['-r', 'ts-node/register/transpile-only', 'bench/baseline/server.ts'],
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', TS_NODE_PROJECT: 'bench/tsconfig.json', DATABASE_URL: databaseUrl, PORT: String(BASELINE_PORT) },
    readyUrl: `http://127.0.0.1:${BASELINE_PORT}/api/v1/orders?limit=1`,
  });
}

interface Scenario {
  id: string;
  name: string;
  connections: number;
  prepared: Prepared;
  /** A fixed offered rate (requests per second) instead of as fast as the connections go. */
  overallRate?: number;
}

async function measure(server: ServerProcess, port: number, serverName: 'app' | 'baseline', scaleOfData: number, scenario: Scenario): Promise<ScenarioResult> {
  const base = { id: scenario.id, name: scenario.name, server: serverName, scale: scaleOfData, connections: scenario.connections, durationSeconds: duration, offeredRate: scenario.overallRate };
  if ('notAvailable' in scenario.prepared) {
    console.log(`  ${scenario.name}: not available (${scenario.prepared.notAvailable})`);
    return { ...base, status: 'not available', reason: scenario.prepared.notAvailable };
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const next: () => LoadRequest = scenario.prepared.next;
  const headers = serverName === 'app' ? await benchAuthorization(baseUrl) : {};
  server.takeWindowPeak();
  const load = { baseUrl, connections: scenario.connections, next, headers, overallRate: scenario.overallRate };
  await runLoad({ ...load, durationSeconds: WARMUP_SECONDS });
  const cpuBefore = server.cpuMs();
  const result = await runLoad({ ...load, durationSeconds: duration });
  const cpuMsPerRequest = Math.round(((server.cpuMs() - cpuBefore) / Math.max(1, result.requests)) * 100) / 100;
  const checkFailure = scenario.prepared.verify ? await scenario.prepared.verify() : undefined;
  const measured: ScenarioResult = { ...base, status: 'ok', ...result, cpuMsPerRequest, rssPeakMb: server.takeWindowPeak(), checkFailure };
  console.log(`  ${scenario.name} (${serverName}): ${result.reqPerSec} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${cpuMsPerRequest} CPU ms/request, ${result.non2xx} non-2xx, ${result.status5xx} 5xx, rss ${measured.rssPeakMb} MB`);
  return measured;
}

/**
 * The list and detail again at half the baseline's measured throughput: an open-model load
 * (issue 18), where p99 says how long a request takes rather than how long the queue is.
 */
function halfBaselineRate(scenarios: Scenario[], measured: readonly ScenarioResult[], scaleOfData: number): Scenario[] {
  return scenarios.flatMap((scenario) => {
    const baseline = findResult(measured, scenario.id, 'baseline', scaleOfData);
    if (!baseline?.reqPerSec) return [];
    const overallRate = Math.max(1, Math.round(baseline.reqPerSec / 2));
    return [{ ...scenario, id: `${scenario.id}-half-rate`, name: `${scenario.name}, ${overallRate} req/s offered`, overallRate }];
  });
}

const MIXED_ORDER_RATE = 30;
const MIXED_CONNECTIONS = 10;

/** Issue 18's mixed load, in turn: the list's first page, an order's page, a fortnight's availability, a booking attempt. */
function mixedLoad(inputs: Parameters<typeof orderById>[0], availability: Prepared, booking: Prepared): (() => LoadRequest) | undefined {
  if ('notAvailable' in availability || 'notAvailable' in booking) return undefined;
  const kinds = [ORDERS_FIRST_PAGE, orderById(inputs), availability.next, booking.next];
  let turn = 0;
  return () => kinds[turn++ % kinds.length]!();
}

/** Scenario 14: two instances, orders placed at a fixed rate while each instance also serves the mixed reads. */
async function runMixedScenario(databaseUrl: string, next: () => LoadRequest, results: ScenarioResult[]): Promise<DeliveryRun> {
  const name = `14 mixed load over 2 instances: ${MIXED_ORDER_RATE} orders/s, and list, detail, availability, booking at ${MIXED_CONNECTIONS} connections each`;
  console.log(`\n${name}, ${deliveryDuration} s`);
  const run = await runDeliveryScenario({
    appDir: ROOT,
    databaseUrl,
    scale,
    ports: DELIVERY_PORTS,
    ratePerSecond: MIXED_ORDER_RATE,
    durationSeconds: deliveryDuration,
    scenario: { id: 's14-mixed', name: `${name}: OrderPlaced → task` },
    alongside: { connections: MIXED_CONNECTIONS, next },
  });
  results.push(run.result);
  const statusCounts: Record<string, number> = {};
  for (const load of run.alongside) for (const [code, count] of Object.entries(load.statusCounts)) statusCounts[code] = (statusCounts[code] ?? 0) + count;
  const sum = (pick: (load: LoadResult) => number) => run.alongside.reduce((total, load) => total + pick(load), 0);
  const worst = (pick: (load: LoadResult) => number) => Math.max(0, ...run.alongside.map(pick));
  results.push({
    id: 's14-mixed-requests',
    name: `${name}: the other requests (worst instance's percentiles)`,
    server: 'app',
    scale,
    connections: MIXED_CONNECTIONS * run.alongside.length,
    durationSeconds: deliveryDuration,
    status: run.result.status,
    requests: sum((load) => load.requests),
    reqPerSec: sum((load) => load.reqPerSec),
    p50: worst((load) => load.p50),
    p95: worst((load) => load.p95),
    p99: worst((load) => load.p99),
    errors: sum((load) => load.errors),
    non2xx: sum((load) => load.non2xx),
    status5xx: sum((load) => load.status5xx),
    statusCounts,
    cpuMsPerRequest: run.result.cpuMsPerRequest,
    rssPeakMb: run.result.rssPeakMb,
  });
  console.log(`${renderDeliveryDetails(run.figures)}\nOther requests: ${JSON.stringify(statusCounts)}`);
  return run;
}

async function withServer<T>(server: ServerProcess, work: () => Promise<T>): Promise<{ value: T; lifetimePeakMb: number }> {
  await server.start();
  try {
    const value = await work();
    return { value, lifetimePeakMb: server.lifetimePeak() };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  // The run's figures depend on what else the machine was doing when it began (issue 18, item 4).
  const loadAverageAtStart = loadavg().map((load) => Math.round(load * 100) / 100);
  const git = gitState(ROOT);
  if (!args.has('no-build')) {
    console.log('Building the app (npm run build)');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const fullUrl = databaseFor(scale);
  const smallUrl = databaseFor(SMALL_SCALE);
  const seedCounts = { [scale]: await ensureSeeded(fullUrl, scale, args.has('reseed')), ...(scale !== SMALL_SCALE ? { [SMALL_SCALE]: await ensureSeeded(smallUrl, SMALL_SCALE, args.has('reseed')) } : {}) };

  const inputs = await loadOrderInputs(fullUrl);
  const orderScenarios = (): Scenario[] => [
    { id: 's1-first-page', name: '1 orders list, first page', connections: 50, prepared: { next: ORDERS_FIRST_PAGE } },
    { id: 's1-deep-page', name: '1 orders list, deep page', connections: 50, prepared: { next: ordersDeepPage(inputs) } },
    { id: 's2-order-by-id', name: '2 order by id', connections: 50, prepared: { next: orderById(inputs) } },
  ];
  const results: ScenarioResult[] = [];
  const peaks: Record<string, number> = {};
  let mixedReads: (() => LoadRequest) | undefined;

  console.log(`\nChecking that app and baseline answer alike (${databaseNameOf(fullUrl)})`);
  const shapePaths = ['/api/v1/orders?limit=50', `/api/v1/orders?limit=50&cursor=${inputs.deepCursors[0]}`, ...inputs.orderIds.slice(0, 5).map((id) => `/api/v1/orders/${id}`)];
  const baseline = baselineServer(fullUrl);
  let shapeMismatch: string | null = null;
  const baselineRun = await withServer(baseline, async () => {
    const app = appServer(fullUrl);
    await withServer(app, async () => {
      const appUrl = `http://127.0.0.1:${APP_PORT}`;
      shapeMismatch = await compareResponses(appUrl, `http://127.0.0.1:${BASELINE_PORT}`, shapePaths, await benchAuthorization(appUrl));
    });
    console.log(shapeMismatch ? `  DIFFERENT: ${shapeMismatch}` : '  identical JSON');
    console.log('\nBaseline (raw Fastify + pg)');
    for (const scenario of orderScenarios()) results.push(await measure(baseline, BASELINE_PORT, 'baseline', scale, scenario));
  });
  peaks.baseline = baselineRun.lifetimePeakMb;

  console.log(`\nApp at scale ${scale}`);
  const app = appServer(fullUrl);
  const appRun = await withServer(app, async () => {
    for (const scenario of orderScenarios()) results.push(await measure(app, APP_PORT, 'app', scale, scenario));
    for (const scenario of halfBaselineRate(orderScenarios(), results, scale)) results.push(await measure(app, APP_PORT, 'app', scale, scenario));
    results.push(await measure(app, APP_PORT, 'app', scale, { id: 's3-place-order', name: '3 place order (2 items)', connections: 10, prepared: { next: placeOrder(inputs) } }));
    results.push(await measure(app, APP_PORT, 'app', scale, { id: 's8-search-registration', name: '8 order search by registration', connections: 10, prepared: { next: searchByRegistration(inputs) } }));
    results.push(await measure(app, APP_PORT, 'app', scale, { id: 's8-search-customer-name', name: '8 order search by customer name', connections: 10, prepared: { next: searchByCustomerName(inputs) } }));
    const openApi = await fetchOpenApi(`http://127.0.0.1:${APP_PORT}`);
    const availability = await prepareAvailability(openApi, fullUrl);
    results.push(await measure(app, APP_PORT, 'app', scale, { id: 's4-availability', name: '4 availability, 14 days, one area', connections: 10, prepared: availability }));
    results.push(await measure(app, APP_PORT, 'app', scale, { id: 's12-order-availability', name: '12 availability of an order (web shop), 14 days', connections: 10, prepared: await prepareOrderAvailability(openApi, fullUrl) }));
    results.push(
      await measure(app, APP_PORT, 'app', scale, {
        id: 's15-suggestions',
        name: '15 booking suggestions for an order (the best 5 of 14 days, by added travel)',
        connections: 10,
        prepared: await prepareSuggestions(openApi, fullUrl, `http://127.0.0.1:${APP_PORT}`),
      }),
    );
    const contention = await prepareContention(openApi, fullUrl);
    results.push(await measure(app, APP_PORT, 'app', scale, { id: 's5-booking-contention', name: '5 booking contention', connections: 50, prepared: contention }));
    mixedReads = mixedLoad(inputs, availability, contention);
    // After contention, so its own orders (placed here) are not among the ones contention books.
    results.push(
      await measure(app, APP_PORT, 'app', scale, {
        id: 's7-availability-two-day',
        name: '7 availability for a two-day job, 14 days, one area',
        connections: 10,
        prepared: await prepareTwoDayAvailability(openApi, fullUrl, `http://127.0.0.1:${APP_PORT}`),
      }),
    );
    results.push(
      await measure(app, APP_PORT, 'app', scale, {
        id: 's9-availability-travel',
        name: '9 travel-aware availability, 14 days, one area',
        connections: 10,
        prepared: await prepareTravelAvailability(openApi, fullUrl, `http://127.0.0.1:${APP_PORT}`),
      }),
    );
    // Last: its holds keep time for ten minutes, which no availability scenario should meet.
    results.push(await measure(app, APP_PORT, 'app', scale, { id: 's13-hold-contention', name: '13 hold contention', connections: 50, prepared: await prepareHoldContention(openApi, fullUrl) }));
  });
  peaks[`app@${scale}`] = appRun.lifetimePeakMb;

  // A server of their own: each scenario signs in, and one process allows the bench admin 10 sign-ins per 15 minutes.
  console.log(`\nApp at scale ${scale}: the dispatcher's views`);
  const dispatchApp = appServer(fullUrl);
  const dispatchRun = await withServer(dispatchApp, async () => {
    const appUrl = `http://127.0.0.1:${APP_PORT}`;
    const openApi = await fetchOpenApi(appUrl);
    results.push(await measure(dispatchApp, APP_PORT, 'app', scale, { id: 's10-dispatch-board', name: '10 dispatch board, 200 engineers, one day', connections: 10, prepared: await prepareBoard(openApi, fullUrl, appUrl) }));
    results.push(await measure(dispatchApp, APP_PORT, 'app', scale, { id: 's11-dispatch-queue', name: '11 dispatch queue, first page', connections: 10, prepared: await prepareQueue(openApi, appUrl) }));
  });
  peaks[`app@${scale} dispatch`] = dispatchRun.lifetimePeakMb;

  let delivery: DeliveryRun | undefined;
  let mixed: DeliveryRun | undefined;
  if (!args.has('no-delivery')) {
    console.log(`\nDelivery at scale ${scale}: ${deliveryRate} orders/s for ${deliveryDuration} s over ports ${DELIVERY_PORTS.join(' and ')}`);
    delivery = await runDeliveryScenario({ appDir: ROOT, databaseUrl: fullUrl, scale, ports: DELIVERY_PORTS, ratePerSecond: deliveryRate, durationSeconds: deliveryDuration });
    results.push(delivery.result);
    console.log(renderDeliveryDetails(delivery.figures));
    if (mixedReads) mixed = await runMixedScenario(fullUrl, mixedReads, results);
  }

  if (scale !== SMALL_SCALE) {
    console.log(`\nApp at scale ${SMALL_SCALE}`);
    const small = appServer(smallUrl);
    const smallRun = await withServer(small, async () => {
      const openApi = await fetchOpenApi(`http://127.0.0.1:${APP_PORT}`);
      results.push(await measure(small, APP_PORT, 'app', SMALL_SCALE, { id: 's1-first-page', name: '1 orders list, first page', connections: 50, prepared: { next: ORDERS_FIRST_PAGE } }));
      results.push(await measure(small, APP_PORT, 'app', SMALL_SCALE, { id: 's4-availability', name: '4 availability, 14 days, one area', connections: 10, prepared: await prepareAvailability(openApi, smallUrl) }));
      const smallInputs = await loadOrderInputs(smallUrl);
      results.push(await measure(small, APP_PORT, 'app', SMALL_SCALE, { id: 's2-order-by-id', name: '2 order by id', connections: 50, prepared: { next: orderById(smallInputs) } }));
      results.push(await measure(small, APP_PORT, 'app', SMALL_SCALE, { id: 's8-search-registration', name: '8 order search by registration', connections: 10, prepared: { next: searchByRegistration(smallInputs) } }));
      const appUrl = `http://127.0.0.1:${APP_PORT}`;
      results.push(await measure(small, APP_PORT, 'app', SMALL_SCALE, { id: 's10-dispatch-board', name: '10 dispatch board, 200 engineers, one day', connections: 10, prepared: await prepareBoard(openApi, smallUrl, appUrl) }));
      results.push(await measure(small, APP_PORT, 'app', SMALL_SCALE, { id: 's11-dispatch-queue', name: '11 dispatch queue, first page', connections: 10, prepared: await prepareQueue(openApi, appUrl) }));
    });
    peaks[`app@${SMALL_SCALE}`] = smallRun.lifetimePeakMb;
  }

  const targets: TargetCheck[] = [...evaluateTargets(results, peaks, scale, SMALL_SCALE, shapeMismatch), ...(delivery?.targets ?? []), ...(mixed?.targets ?? [])];
  const report = {
    commit: git.commit,
    uncommittedAppChanges: git.dirty,
    measuredAt: new Date().toISOString(),
    scale,
    smallScale: SMALL_SCALE,
    durationSeconds: duration,
    warmupSeconds: WARMUP_SECONDS,
    machine: { cpus: cpus().length, node: process.version, loadAverageAtStart },
    seedCounts,
    shapeCheck: shapeMismatch ?? 'identical',
    lifetimePeakRssMb: peaks,
    scenarios: results,
    delivery: delivery?.figures,
    mixed: mixed && { figures: mixed.figures, alongside: mixed.alongside },
    targets,
    elapsedSeconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(resolve(__dirname, 'results'), { recursive: true });
  writeFileSync(resolve(__dirname, 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const deliveryNote = delivery ? `\nScenario 6: p50/p95/p99 are OrderPlaced → installation task (ms), req/s the orders acknowledged per second, conn the most requests in flight.\n${renderDeliveryDetails(delivery.figures)}\n` : '';
  writeFileSync(resolve(__dirname, 'results', 'latest.md'), renderMarkdownReport({ commit: git.commit, dirty: git.dirty, measuredAt: report.measuredAt, node: process.version, loadAverageAtStart }, results, targets) + deliveryNote);
  console.log(`\n${renderTable(results)}\n\n${renderTargets(targets)}\n\nPeak RSS over each process's life (MB): ${JSON.stringify(peaks)}`);
  console.log(`Commit ${git.commit}${git.dirty ? ' (with uncommitted app changes)' : ''}; ${report.elapsedSeconds} s; bench/results/latest.json and latest.md written`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
