/**
 * `npm run bench:delivery` — scenario 6 on its own: orders at a fixed rate over two app
 * instances on one PostgreSQL database, OrderPlaced → installation task latency, lost and
 * duplicated (bench/scenarios/delivery-scenario.ts). `npm run bench` runs it too and puts it
 * in bench/results/latest.json; this writes bench/results/delivery-latest.json and .md, so a
 * run of the one scenario does not replace the full run's results.
 *
 *   npm run bench:delivery -- [--scale 0.01] [--rate 120] [--duration 60] [--no-build] [--reseed]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { prepareAppBuild } from './lib/app-build';
import { databaseNameOf } from './lib/bench-database';
import { parseArgs, parseScale } from './lib/cli-args';
import { gitState } from './lib/git-commit';
import { renderMarkdownReport, renderTable, renderTargets } from './lib/report';
import { databaseFor, ensureSeeded } from './lib/seeded-database';
import { DELIVERY_PORTS, renderDeliveryDetails, runDeliveryScenario } from './scenarios/delivery-scenario';

const ROOT = resolve(__dirname, '..');

const args = parseArgs(process.argv.slice(2), { scale: 'value', rate: 'value', duration: 'value', 'no-build': 'flag', reseed: 'flag' });
const scale = parseScale(args.get('scale'));
const rate = Number(args.get('rate') ?? 120);
const duration = Number(args.get('duration') ?? 60);

async function main(): Promise<void> {
  const started = Date.now();
  const git = gitState(ROOT);
  const load = loadavg()[0]!;
  const app = prepareAppBuild(ROOT, !args.has('no-build'));
  try {
    const url = databaseFor(scale);
    const seedCounts = await ensureSeeded(url, scale, args.has('reseed'));
    console.log(`\nDelivery on ${databaseNameOf(url)}: ${rate} orders/s for ${duration} s over ports ${DELIVERY_PORTS.join(' and ')}`);
    const run = await runDeliveryScenario({ appDir: app.dir, databaseUrl: url, scale, ports: DELIVERY_PORTS, ratePerSecond: rate, durationSeconds: duration });
    const report = {
      commit: git.commit,
      uncommittedAppChanges: git.dirty,
      measuredAt: new Date().toISOString(),
      scale,
      machine: { cpus: cpus().length, node: process.version, loadAverageAtStart: Math.round(load * 100) / 100 },
      seedCounts,
      scenarios: [run.result],
      delivery: run.figures,
      targets: run.targets,
      elapsedSeconds: Math.round((Date.now() - started) / 1000),
    };
    mkdirSync(resolve(__dirname, 'results'), { recursive: true });
    writeFileSync(resolve(__dirname, 'results', 'delivery-latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(
      resolve(__dirname, 'results', 'delivery-latest.md'),
      `${renderMarkdownReport({ commit: git.commit, dirty: git.dirty, measuredAt: report.measuredAt, node: process.version }, [run.result], run.targets)}\n${renderDeliveryDetails(run.figures)}\n`,
    );
    console.log(`\n${renderTable([run.result])}\n\n${renderTargets(run.targets)}\n\n${renderDeliveryDetails(run.figures)}`);
    console.log(`Commit ${git.commit}${git.dirty ? ' (with uncommitted app changes)' : ''}; ${report.elapsedSeconds} s; bench/results/delivery-latest.json and .md written`);
    // A missed latency target is a figure to read; a lost or duplicated task is a failure.
    process.exitCode = run.figures.lost === 0 && run.figures.duplicated === 0 ? 0 : 1;
  } finally {
    app.cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
