import { LoadResult } from './load';

export interface ScenarioResult extends Partial<LoadResult> {
  id: string;
  name: string;
  server: 'app' | 'baseline';
  scale: number;
  connections: number;
  durationSeconds: number;
  /** Requests per second offered at a fixed rate (open model); absent when the connections go as fast as they can. */
  offeredRate?: number;
  status: 'ok' | 'not available' | 'failed';
  reason?: string;
  /** Server CPU time per request: the cost that does not depend on what else runs on the machine. */
  cpuMsPerRequest?: number;
  /** Highest RSS sampled while the scenario ran (warm-up included), MB. */
  rssPeakMb?: number;
  /** Problems the scenario's own check found, e.g. double bookings. */
  checkFailure?: string | null;
}

export interface TargetCheck {
  target: string;
  met: boolean | null;
  detail: string;
}

function cell(value: unknown, width: number): string {
  const text = value === undefined || value === null ? '-' : String(value);
  return text.length >= width ? text : text.padStart(width);
}

export function renderTable(results: readonly ScenarioResult[]): string {
  const header = ['scenario', 'server', 'scale', 'conn', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx', '5xx', 'cpu ms/req', 'rss MB'];
  const widths = [34, 8, 6, 5, 7, 7, 7, 7, 7, 8, 5, 10, 7];
  const line = (cells: unknown[]) => cells.map((value, index) => (index === 0 ? String(value).padEnd(widths[0]!) : cell(value, widths[index]!))).join(' ');
  const rows = results.map((result) =>
    result.status === 'ok'
      ? line([result.name, result.server, result.scale, result.connections, result.reqPerSec, result.p50, result.p95, result.p99, result.errors, result.non2xx, result.status5xx, result.cpuMsPerRequest, result.rssPeakMb])
      : `${String(result.name).padEnd(widths[0]!)} ${result.server.padStart(widths[1]!)} ${result.status}: ${result.reason}`,
  );
  return [line(header), ...rows].join('\n');
}

export function renderMarkdownTable(results: readonly ScenarioResult[]): string {
  const rows = results.map((result) =>
    result.status === 'ok'
      ? `| ${result.name} | ${result.server} | ${result.scale} | ${result.connections} | ${result.reqPerSec} | ${result.p50} | ${result.p95} | ${result.p99} | ${result.errors} | ${result.non2xx} | ${result.status5xx} | ${result.cpuMsPerRequest} | ${result.rssPeakMb} |`
      : `| ${result.name} | ${result.server} | ${result.scale} | ${result.connections} | ${result.status}: ${result.reason} |||||||||`,
  );
  return ['| scenario | server | scale | conn | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | 5xx | cpu ms/req | rss MB |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

function verdict(check: TargetCheck): string {
  return check.met === null ? 'n/a' : check.met ? 'met' : 'missed';
}

export function renderTargets(checks: readonly TargetCheck[]): string {
  return checks.map((check) => `${verdict(check).toUpperCase().padEnd(6)}  ${check.target}: ${check.detail}`).join('\n');
}

/** The run as docs/performance.md shows it: the commit it measured, the table and the targets. */
export function renderMarkdownReport(run: { commit: string; dirty: boolean; measuredAt: string; node: string; loadAverageAtStart?: number[] }, results: readonly ScenarioResult[], checks: readonly TargetCheck[]): string {
  const targets = checks.map((check) => `| ${check.target} | ${verdict(check)} | ${check.detail} |`);
  return [
    `Commit \`${run.commit.slice(0, 7)}\`${run.dirty ? ' (with uncommitted app changes)' : ''}, measured ${run.measuredAt} on Node ${run.node}${run.loadAverageAtStart ? `, load average ${run.loadAverageAtStart.join(' / ')} at the start` : ''}.`,
    '',
    renderMarkdownTable(results),
    '',
    '| target | status | numbers |',
    '|---|---|---|',
    ...targets,
    '',
  ].join('\n');
}
