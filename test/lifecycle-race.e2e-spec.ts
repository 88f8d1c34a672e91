/**
 * Issue 11, "Proof": booking an order while another instance cancels it. Each pair is a fresh
 * order with a pending installation and a free slot of an eligible engineer; POST /bookings
 * goes to one app instance and POST /orders/{id}/cancel to the other at the same moment.
 * Whichever commits second must see the other: a booking made first is cancelled with the
 * order, a booking made after is refused. None may stay scheduled on a cancelled order.
 *
 * On PostgreSQL the two transactions really interleave (row and advisory locks decide); on
 * SQLite the write transactions are serialised by the database, and the test shows the same
 * outcome there, with the same 200 pairs.
 */
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { ProductFixture, createProduct, expectStatus, orderRequest } from './support/fixtures';
import { EngineerFixture, createEngineer, freshDistrict } from './support/scheduling';
import { AppInstance, TestApp, createTestApp } from './support/test-app';

const PAIRS = 200;
/** Pairs fired together; each wave's requests all start at once. */
const WAVE = 25;
/** 25 engineers with eight one-hour jobs each on Monday 7 January 2030 (GMT): a free slot for every pair. */
const ENGINEERS = 25;
const JOBS_PER_ENGINEER = PAIRS / ENGINEERS;
const MONDAY_NINE = Date.UTC(2030, 0, 7, 9);
const HOUR = 3_600_000;
const REFUSALS = ['ORDER_CANCELLED', 'INSTALLATION_NOT_BOOKABLE'];
/**
 * How many milliseconds the cancellation is sent ahead of the booking (negative: behind), by
 * pair. A booking reads the order's work and the engineer's agenda before its transaction, so
 * two requests sent at exactly the same instant always end the same way (the cancellation
 * commits first); staggering them by up to a booking's length makes the two transactions
 * overlap in every phase, and both outcomes occur.
 */
const CANCEL_LEAD_MS = [0, 0, -2, 2, -5, 5, -10, 10, -15, 15, -20, 20, -30, 30, -40, 40, 60, -60, 8, -8, 12, -12, 25, -25, 1];

interface Pair {
  orderId: string;
  engineerId: string;
  start: string;
}

function after<T>(ms: number, send: () => PromiseLike<T>): Promise<T> {
  if (ms === 0) return Promise.resolve(send());
  return new Promise((resolve, reject) => setTimeout(() => send().then(resolve, reject), ms));
}

const answer = (response: Response) => `${response.status} ${(response.body as { code?: string }).code ?? ''}`.trim();

function tally(responses: Response[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) counts[answer(response)] = (counts[answer(response)] ?? 0) + 1;
  return counts;
}

describe('Booking while the order is cancelled, on two instances (e2e)', () => {
  let testApp: TestApp;
  let second: AppInstance;
  let dataSource: DataSource;
  let dashcam: ProductFixture;

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    await testApp.http.patch('/api/v1/settings').send({ timezone: 'Europe/London', slotMinutes: 30, minLeadHours: 0, travelBufferMinutes: 0 }).expect(200);
    dashcam = await createProduct(testApp.http, { category: 'dashcam', installMinutes: 60 });
    second = await testApp.startAnotherInstance();
  });

  afterAll(async () => {
    await second?.close();
    await testApp.close();
    delete process.env.OUTBOX_POLL_INTERVAL_MS;
  });

  async function preparePairs(): Promise<Pair[]> {
    const district = freshDistrict();
    const engineers: EngineerFixture[] = [];
    for (let n = 0; n < ENGINEERS; n += 1) engineers.push(await createEngineer(testApp.http, district));
    const body = orderRequest([dashcam], { installationAddress: { line1: '2 Mill Lane', city: 'Leeds', postcode: `${district} 1AA` } });
    const orderIds: string[] = [];
    for (let first = 0; first < PAIRS; first += 20) {
      const placed = await Promise.all(Array.from({ length: Math.min(20, PAIRS - first) }, () => testApp.http.post('/api/v1/orders').send(body)));
      orderIds.push(...placed.map((response) => (expectStatus(response, 201).body as { id: string }).id));
    }
    await testApp.app.get(OutboxDispatcher).dispatchDue();
    const [{ pending }] = await dataSource.query(`SELECT COUNT(*) AS pending FROM services WHERE status = 'pending'`);
    expect(Number(pending)).toBe(PAIRS);
    return orderIds.map((orderId, index) => ({
      orderId,
      engineerId: engineers[index % ENGINEERS]!.id,
      start: new Date(MONDAY_NINE + Math.floor(index / ENGINEERS) * HOUR).toISOString(),
    }));
  }

  it(`${PAIRS} concurrent (book, cancel order) pairs leave no scheduled booking on a cancelled order`, async () => {
    expect(JOBS_PER_ENGINEER).toBeLessThanOrEqual(8);
    const pairs = await preparePairs();
    const bookings: Response[] = [];
    const cancels: Response[] = [];
    for (let first = 0; first < pairs.length; first += WAVE) {
      const wave = pairs.slice(first, first + WAVE);
      const answers = await Promise.all(
        wave.map((pair, index) => {
          const lead = CANCEL_LEAD_MS[(first + index) % CANCEL_LEAD_MS.length]!;
          const book = after(Math.max(0, lead), () => testApp.http.post('/api/v1/bookings').send({ orderId: pair.orderId, engineerId: pair.engineerId, start: pair.start }));
          const cancel = after(Math.max(0, -lead), () => second.http.post(`/api/v1/orders/${pair.orderId}/cancel`).send({ reason: 'Vehicle sold' }));
          return Promise.all([book, cancel]);
        }),
      );
      for (const [booking, cancel] of answers) {
        bookings.push(booking);
        cancels.push(cancel);
      }
    }
    if (process.env.LIFECYCLE_STATS) console.log({ bookings: tally(bookings), cancels: tally(cancels) });

    expect([...bookings, ...cancels].filter((response) => response.status >= 500).map(answer)).toEqual([]);
    expect(tally(cancels)).toEqual({ '200': PAIRS });
    const unexpected = bookings.filter((response) => response.status !== 201 && !(response.status === 409 && REFUSALS.includes((response.body as { code: string }).code)));
    expect(unexpected.map((response) => ({ answer: answer(response), body: response.body }))).toEqual([]);

    const leftScheduled = await dataSource.query(
      `SELECT b.id, b.order_id AS "orderId" FROM bookings b JOIN orders o ON o.id = b.order_id WHERE b.status = 'scheduled' AND o.status = 'cancelled'`,
    );
    expect(leftScheduled).toEqual([]);
    const [{ openCount }] = await dataSource.query(`SELECT COUNT(*) AS "openCount" FROM services WHERE status IN ('pending', 'scheduled', 'in_progress')`);
    expect(Number(openCount)).toBe(0);
    const [{ placed }] = await dataSource.query(`SELECT COUNT(*) AS placed FROM orders WHERE status <> 'cancelled'`);
    expect(Number(placed)).toBe(0);
    // A booking that won the race was cancelled with its order, in the cancellation's transaction.
    const made = bookings.filter((response) => response.status === 201).map((response) => (response.body as { id: string }).id);
    if (made.length > 0) {
      const rows: Array<{ status: string; reason: string | null }> = await dataSource.query(
        `SELECT status, cancellation_reason AS reason FROM bookings WHERE id IN (${made.map((_, n) => (dataSource.options.type === 'postgres' ? `$${n + 1}` : '?')).join(', ')})`,
        made,
      );
      expect(rows.filter((row) => row.status !== 'cancelled' || row.reason !== 'order cancelled: Vehicle sold')).toEqual([]);
    }
  }, 120_000);
});
