/// <reference lib="dom" />
// The functions handed to page.evaluate run in the browser.
/**
 * The console's budget (issue 17): JavaScript of the board's first load, gzip, and the time
 * a board of ENGINEERS engineers takes to draw in headless Chromium. Serves the production
 * build (`npm run build:console`) and answers the API's calls with a synthetic board of the
 * API's own shape, so only the browser's work is timed. `npm run bench:console`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ENGINEERS = Number(process.env.ENGINEERS ?? 200);
const RUNS = Number(process.env.RUNS ?? 5);
const VISITS_PER_DAY = 4;
const BUILD = join(__dirname, '..', 'console', 'dist');
const DATE = '2026-03-30';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

function serveBuild(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^\/console\/?/, '');
    const file = join(BUILD, path);
    const found = path !== '' && existsSync(file) && statSync(file).isFile() ? file : join(BUILD, 'index.html');
    response.writeHead(200, { 'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream' });
    createReadStream(found).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const at = (day: string, hhmm: string) => ({ instant: new Date(`${day}T${hhmm}:00Z`).toISOString(), local: `${day}T${hhmm}+00:00` });

function boardDay(date: string, engineer: number) {
  const span = { start: at(date, '09:00'), end: at(date, '17:00') };
  const visits = Array.from({ length: VISITS_PER_DAY }, (_, index) => {
    const start = at(date, `${String(9 + index * 2).padStart(2, '0')}:00`);
    const end = at(date, `${String(10 + index * 2).padStart(2, '0')}:30`);
    return {
      bookingId: `00000000-0000-4000-8000-${String(engineer * 100 + index).padStart(12, '0')}`,
      orderId: '00000000-0000-4000-8000-000000000001',
      orderNumber: `VT-${String(engineer * 100 + index).padStart(6, '0')}`,
      customerName: 'Jane Driver',
      postcode: 'LS12 3AB',
      start: start.instant,
      end: end.instant,
      localStart: start.local,
      localEnd: end.local,
      status: 'scheduled',
      taskCount: 1,
      failedTaskCount: 0,
      visitNumber: 1,
      visitCount: 1,
    };
  });
  const timeOff = engineer % 10 === 0 ? [{ id: `10000000-0000-4000-8000-${String(engineer).padStart(12, '0')}`, start: at(date, '13:00').instant, end: at(date, '17:00').instant, localStart: at(date, '13:00').local, localEnd: at(date, '17:00').local, reason: 'dentist' }] : [];
  return {
    date,
    availableMinutes: 480,
    bookedMinutes: VISITS_PER_DAY * 90,
    workingSpans: [{ start: span.start.instant, end: span.end.instant, localStart: span.start.local, localEnd: span.end.local }],
    freeGaps: [],
    timeOff,
    visits,
  };
}

function board(days: number) {
  const dates = Array.from({ length: days }, (_, index) => new Date(Date.parse(`${DATE}T12:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10));
  return {
    date: DATE,
    days,
    timezone: 'Europe/London',
    from: `${DATE}T00:00:00.000Z`,
    to: `${dates.at(-1)}T23:59:59.999Z`,
    engineers: Array.from({ length: ENGINEERS }, (_, engineer) => ({
      engineerId: `20000000-0000-4000-8000-${String(engineer).padStart(12, '0')}`,
      name: `Engineer ${String(engineer + 1).padStart(3, '0')}`,
      days: dates.map((date) => boardDay(date, engineer)),
    })),
  };
}

const API: Record<string, unknown> = {
  '/api/v1/auth/refresh': { accessToken: 'bench', refreshToken: 'bench', expiresIn: 900, refreshTokenExpiresAt: '2099-01-01T00:00:00.000Z', tokenType: 'Bearer' },
  '/api/v1/auth/me': { id: '30000000-0000-4000-8000-000000000000', email: 'dispatcher@bench.example', name: 'Bench Dispatcher', role: 'dispatcher', active: true, engineerId: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
  '/api/v1/settings': { timezone: 'Europe/London', currency: 'GBP' },
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  if (!existsSync(join(BUILD, 'index.html'))) throw new Error('no console build: run `npm run build:console` first');
  const server = await serveBuild();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const bodies = { 1: JSON.stringify(board(1)), 7: JSON.stringify(board(7)) };
  const results: Record<string, { firstLoadMs: number[]; renderMs: number[] }> = {};
  let scriptGzipBytes = 0;
  let scriptFiles: string[] = [];

  for (const days of [1, 7] as const) {
    results[days] = { firstLoadMs: [], renderMs: [] };
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      await context.addInitScript(() => {
        sessionStorage.setItem('vt-console.refresh-token', 'bench');
        // The moment the last engineer's row is in the document.
        new MutationObserver((_, observer) => {
          if (document.querySelectorAll('table.board tbody tr').length > 0) {
            (window as unknown as { boardDrawnAt: number }).boardDrawnAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await context.route('**/api/**', (route) => {
        const path = new URL(route.request().url()).pathname;
        const body = path === '/api/v1/dispatch/board' ? bodies[days] : JSON.stringify(API[path] ?? {});
        return route.fulfill({ status: 200, contentType: 'application/json', body });
      });
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
      });
      await page.goto(`${base}/console/board?date=${DATE}&days=${days}`);
      await page.waitForFunction((count) => document.querySelectorAll('table.board tbody tr').length === count, ENGINEERS, { timeout: 30_000 });
      // A frame after the rows are in: what the user sees is painted.
      const timing = await page.evaluate(
        () =>
          new Promise<{ drawnAt: number; boardAnsweredAt: number }>((resolve) =>
            requestAnimationFrame(() => {
              const entry = performance.getEntriesByType('resource').find((resource) => resource.name.includes('/api/v1/dispatch/board')) as PerformanceResourceTiming;
              resolve({ drawnAt: performance.now(), boardAnsweredAt: entry.responseEnd });
            }),
          ),
      );
      results[days].firstLoadMs.push(timing.drawnAt);
      results[days].renderMs.push(timing.drawnAt - timing.boardAnsweredAt);
      if (run === 0 && days === 1) {
        scriptFiles = scripts;
        scriptGzipBytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(BUILD, path.replace(/^\/console\//, '')))).length, 0);
      }
      await context.close();
    }
  }
  await browser.close();
  server.close();

  console.log(`Board first load: ${scriptFiles.length} script(s) ${scriptFiles.join(', ')}: ${(scriptGzipBytes / 1024).toFixed(1)} KiB gzip (budget 300 KB)`);
  for (const [days, timing] of Object.entries(results)) {
    console.log(
      `${ENGINEERS} engineers × ${days} day(s), ${ENGINEERS * Number(days) * VISITS_PER_DAY} visits: board answer → drawn median ${median(timing.renderMs).toFixed(0)} ms ` +
        `(max ${Math.max(...timing.renderMs).toFixed(0)}), navigation → drawn median ${median(timing.firstLoadMs).toFixed(0)} ms (max ${Math.max(...timing.firstLoadMs).toFixed(0)}), ${RUNS} runs`,
    );
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
