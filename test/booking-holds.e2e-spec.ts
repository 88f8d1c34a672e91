/**
 * Issue 16, item 3: web-shop self-booking. An API key reads the availability of the orders it
 * placed, holds a slot while its customer checks out, and books it with the hold; the held slot
 * is offered to no other order and cannot be booked for one, on every instance.
 */
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { ExpiredHoldsRetentionJob } from '../src/modules/bookings/booking-retention.jobs';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { ProductFixture, expectStatus, orderRequest } from './support/fixtures';
import { EngineerFixture, createEngineer, freshDistrict, installableProduct } from './support/scheduling';
import { AppInstance, TestApp, createTestApp } from './support/test-app';

// Monday 7 January 2030: GMT, so London time equals UTC.
const MONDAY = '2030-01-07';
const TUESDAY = '2030-01-08';
const WEDNESDAY = '2030-01-09';
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
const MINUTE = 60_000;

interface Slot {
  engineerId: string;
  engineerName: string;
  start: string;
  end: string;
  visits: Array<{ start: string; end: string }>;
}

interface Shop {
  id: string;
  http: TestAgent;
}

describe('Booking holds: web-shop self-booking (e2e)', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let dashcam: ProductFixture;
  let shop: Shop;
  let otherShop: Shop;

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    await testApp.http.patch('/api/v1/settings').send({ timezone: 'Europe/London', slotMinutes: 30, minLeadHours: 24, travelBufferMinutes: 0 }).expect(200);
    dashcam = await installableProduct(testApp.http, 'dashcam', 60);
    shop = await testApp.withApiKey();
    otherShop = await testApp.withApiKey();
  });

  afterEach(() => testApp.clock.reset());

  afterAll(async () => {
    await testApp.close();
    delete process.env.OUTBOX_POLL_INTERVAL_MS;
  });

  /** An order for `products` installed in `district`, placed by `http` (a shop's key, or staff), with its installation task recorded. */
  async function placeIn(http: TestAgent, district: string, products: ProductFixture[] = [dashcam], instance: AppInstance = testApp): Promise<string> {
    const body = orderRequest(products, { installationAddress: { line1: '2 Mill Lane', city: 'Leeds', postcode: `${district} 1AA` } });
    const response = expectStatus(await http.post('/api/v1/orders').send(body), 201);
    await instance.app.get(OutboxDispatcher).dispatchDue();
    return (response.body as { id: string }).id;
  }

  const window = (from: string, to: string) => ({ from: `${from}T00:00:00.000Z`, to: `${to}T00:00:00.000Z` });

  async function slotsOf(http: TestAgent, orderId: string, from = MONDAY, to = TUESDAY): Promise<Slot[]> {
    return expectStatus(await http.get(`/api/v1/orders/${orderId}/availability`).query(window(from, to)), 200).body.slots as Slot[];
  }

  const startsOf = (slots: Slot[], engineer: EngineerFixture) => slots.filter((slot) => slot.engineerId === engineer.id).map((slot) => slot.start);

  async function hold(http: TestAgent, orderId: string, engineer: EngineerFixture, start: string): Promise<{ holdId: string; expiresAt: string }> {
    return expectStatus(await http.post('/api/v1/bookings/holds').send({ orderId, engineerId: engineer.id, start }), 201).body;
  }

  async function holdRows(orderId: string): Promise<number> {
    const [{ count }] = await dataSource.query(
      dataSource.options.type === 'postgres' ? 'SELECT COUNT(*) AS count FROM booking_holds WHERE order_id = $1' : 'SELECT COUNT(*) AS count FROM booking_holds WHERE order_id = ?',
      [orderId],
    );
    return Number(count);
  }

  describe('availability of an order', () => {
    let district: string;
    let engineer: EngineerFixture;

    beforeAll(async () => {
      district = freshDistrict();
      engineer = await createEngineer(testApp.http, district);
    });

    it('answers an API key for the orders it placed as /bookings/availability answers staff', async () => {
      const orderId = await placeIn(shop.http, district);
      const mine = await shop.http.get(`/api/v1/orders/${orderId}/availability`).query(window(MONDAY, TUESDAY)).expect(200);
      const staff = await testApp.http.get('/api/v1/bookings/availability').query({ orderId, ...window(MONDAY, TUESDAY) }).expect(200);
      expect(mine.body).toEqual(staff.body);
      expect(mine.body.durationMinutes).toBe(60);
      expect(startsOf(mine.body.slots, engineer)).toContain(at(MONDAY, '09:00'));
      expect(mine.body.slots[0]).toEqual({ engineerId: engineer.id, engineerName: engineer.name, start: at(MONDAY, '09:00'), end: at(MONDAY, '10:00'), visits: [{ start: at(MONDAY, '09:00'), end: at(MONDAY, '10:00') }] });
      // Staff read it there too.
      expect((await testApp.http.get(`/api/v1/orders/${orderId}/availability`).query(window(MONDAY, TUESDAY)).expect(200)).body).toEqual(staff.body);
    });

    it('is a 404 ORDER_NOT_FOUND for another key’s order, a staff order and an unknown one, as reading the order is', async () => {
      const theirs = await placeIn(otherShop.http, district);
      const staffs = await placeIn(testApp.http, district);
      for (const orderId of [theirs, staffs, '00000000-0000-4000-8000-0000000000aa']) {
        const response = await shop.http.get(`/api/v1/orders/${orderId}/availability`).query(window(MONDAY, TUESDAY)).expect(404);
        expect(response.body).toMatchObject({ code: 'ORDER_NOT_FOUND' });
        expect((await shop.http.get(`/api/v1/orders/${orderId}`).expect(404)).body.code).toBe('ORDER_NOT_FOUND');
      }
    });

    it('refuses a bad window with a 400 naming the field, and /bookings/availability stays staff-only', async () => {
      const orderId = await placeIn(shop.http, district);
      const reversed = await shop.http.get(`/api/v1/orders/${orderId}/availability`).query(window(TUESDAY, MONDAY)).expect(400);
      expect(reversed.body.errors).toEqual([{ field: 'to', message: expect.any(String) }]);
      const missing = await shop.http.get(`/api/v1/orders/${orderId}/availability`).expect(400);
      expect(missing.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['from', 'to']);
      expect((await shop.http.get('/api/v1/bookings/availability').query({ orderId, ...window(MONDAY, TUESDAY) }).expect(403)).body.code).toBe('ACCESS_DENIED');
    });
  });

  describe('a hold', () => {
    let district: string;
    let engineer: EngineerFixture;

    beforeAll(async () => {
      district = freshDistrict();
      engineer = await createEngineer(testApp.http, district);
    });

    it('keeps the slot from every other order until it is booked with, then books the hold’s engineer and start', async () => {
      const mine = await placeIn(shop.http, district);
      const another = await placeIn(otherShop.http, district);
      const before = Date.now();
      const held = await hold(shop.http, mine, engineer, at(MONDAY, '10:00'));
      expect(Date.parse(held.expiresAt) - before).toBeGreaterThanOrEqual(10 * MINUTE - 1000);
      expect(Date.parse(held.expiresAt) - before).toBeLessThanOrEqual(10 * MINUTE + 5000);

      // Not offered to another order: nothing that overlaps 10:00-11:00; 09:00 and 11:00 still are.
      const theirs = startsOf(await slotsOf(otherShop.http, another), engineer);
      expect(theirs).toEqual(expect.arrayContaining([at(MONDAY, '09:00'), at(MONDAY, '11:00')]));
      expect(theirs.filter((start) => [at(MONDAY, '09:30'), at(MONDAY, '10:00'), at(MONDAY, '10:30')].includes(start))).toEqual([]);
      // Staff's suggestions and availability for that order leave it out too.
      const suggested = (await testApp.http.get('/api/v1/bookings/suggestions').query({ orderId: another, limit: 20 }).expect(200)).body.slots as Slot[];
      expect(suggested.filter((slot) => slot.engineerId === engineer.id && slot.start === at(MONDAY, '10:00'))).toEqual([]);
      // Its own order still sees it.
      expect(startsOf(await slotsOf(shop.http, mine), engineer)).toContain(at(MONDAY, '10:00'));

      // Nobody else books or holds it: a dispatcher booking another order, another checkout holding an overlapping slot.
      const booked = await testApp.http.post('/api/v1/bookings').send({ orderId: another, engineerId: engineer.id, start: at(MONDAY, '10:00') }).expect(409);
      expect(booked.body).toMatchObject({ code: 'SLOT_HELD', engineerId: engineer.id, heldUntil: held.expiresAt });
      const overlapping = await otherShop.http.post('/api/v1/bookings/holds').send({ orderId: another, engineerId: engineer.id, start: at(MONDAY, '10:30') }).expect(409);
      expect(overlapping.body).toMatchObject({ code: 'SLOT_HELD', heldUntil: held.expiresAt });
      expect(JSON.stringify(overlapping.body)).not.toContain(mine);

      const booking = expectStatus(await shop.http.post('/api/v1/bookings').send({ orderId: mine, holdId: held.holdId }), 201).body;
      expect(booking).toMatchObject({ orderId: mine, engineerId: engineer.id, start: at(MONDAY, '10:00'), end: at(MONDAY, '11:00'), status: 'scheduled' });
      expect(booking.audit).toEqual([expect.objectContaining({ action: 'created', actor: `api-key:${shop.id}` })]);
      expect(await holdRows(mine)).toBe(0);
      // Consumed: the same hold books nothing again.
      expect((await shop.http.post('/api/v1/bookings').send({ orderId: mine, holdId: held.holdId }).expect(404)).body).toMatchObject({ code: 'HOLD_NOT_FOUND' });
      expect((await shop.http.get(`/api/v1/orders/${mine}`).expect(200)).body.booking).toMatchObject({ id: booking.id, status: 'scheduled' });
    });

    it('refuses a hold of another order, an engineer or start other than the hold’s, an unknown hold, and a booking of another key’s order', async () => {
      const mine = await placeIn(shop.http, district);
      const alsoMine = await placeIn(shop.http, district);
      const theirs = await placeIn(otherShop.http, district);
      const held = await hold(shop.http, mine, engineer, at(TUESDAY, '09:00'));

      const forAnother = await shop.http.post('/api/v1/bookings').send({ orderId: alsoMine, holdId: held.holdId }).expect(409);
      expect(forAnother.body).toMatchObject({ code: 'HOLD_FOR_ANOTHER_ORDER', holdId: held.holdId });
      const otherStart = await shop.http.post('/api/v1/bookings').send({ orderId: mine, holdId: held.holdId, start: at(TUESDAY, '10:00') }).expect(409);
      expect(otherStart.body).toMatchObject({ code: 'HOLD_MISMATCH', field: 'start' });
      const otherEngineer = await shop.http.post('/api/v1/bookings').send({ orderId: mine, holdId: held.holdId, engineerId: '00000000-0000-4000-8000-0000000000bb' }).expect(409);
      expect(otherEngineer.body).toMatchObject({ code: 'HOLD_MISMATCH', field: 'engineerId' });
      const unknown = await shop.http.post('/api/v1/bookings').send({ orderId: mine, holdId: '00000000-0000-4000-8000-0000000000cc' }).expect(404);
      expect(unknown.body).toMatchObject({ code: 'HOLD_NOT_FOUND' });
      const another = await shop.http.post('/api/v1/bookings').send({ orderId: theirs, engineerId: engineer.id, start: at(TUESDAY, '13:00') }).expect(404);
      expect(another.body).toMatchObject({ code: 'ORDER_NOT_FOUND' });
      const theirHold = await shop.http.post('/api/v1/bookings/holds').send({ orderId: theirs, engineerId: engineer.id, start: at(TUESDAY, '13:00') }).expect(404);
      expect(theirHold.body).toMatchObject({ code: 'ORDER_NOT_FOUND' });
      const incomplete = await shop.http.post('/api/v1/bookings').send({ orderId: mine }).expect(400);
      expect(incomplete.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['engineerId', 'start']);

      // Sent with the hold's own engineer and start, it books.
      const booked = await shop.http.post('/api/v1/bookings').send({ orderId: mine, holdId: held.holdId, engineerId: engineer.id, start: at(TUESDAY, '09:00') }).expect(201);
      expect(booked.body).toMatchObject({ engineerId: engineer.id, start: at(TUESDAY, '09:00') });
    });

    it('is checked as a booking is: a start off the grid, too soon, outside working hours or on a booked order is refused', async () => {
      const orderId = await placeIn(shop.http, district);
      const refusal = async (start: string) =>
        (await shop.http.post('/api/v1/bookings/holds').send({ orderId, engineerId: engineer.id, start })).body.code as string;
      expect(await refusal(at(WEDNESDAY, '09:10'))).toBe('SLOT_NOT_ON_GRID');
      // On the grid, within the 24-hour lead time.
      const soon = new Date(Math.ceil((Date.now() + 120 * MINUTE) / (30 * MINUTE)) * 30 * MINUTE).toISOString();
      expect(await refusal(soon)).toBe('SLOT_TOO_SOON');
      expect(await refusal(at(WEDNESDAY, '18:00'))).toBe('OUTSIDE_WORKING_HOURS');
      await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: at(WEDNESDAY, '09:00') }).expect(201);
      expect(await refusal(at(WEDNESDAY, '13:00'))).toBe('ORDER_ALREADY_BOOKED');
    });

    it('replaces the order’s earlier hold: one hold per order', async () => {
      const orderId = await placeIn(shop.http, district);
      const another = await placeIn(testApp.http, district);
      const first = await hold(shop.http, orderId, engineer, at(WEDNESDAY, '13:00'));
      const second = await hold(shop.http, orderId, engineer, at(WEDNESDAY, '15:00'));
      expect(await holdRows(orderId)).toBe(1);
      expect((await shop.http.post('/api/v1/bookings').send({ orderId, holdId: first.holdId }).expect(404)).body.code).toBe('HOLD_NOT_FOUND');
      const theirs = startsOf(await slotsOf(testApp.http, another, WEDNESDAY, '2030-01-10'), engineer);
      expect(theirs).toContain(at(WEDNESDAY, '13:00'));
      expect(theirs).not.toContain(at(WEDNESDAY, '15:00'));
      await shop.http.post('/api/v1/bookings').send({ orderId, holdId: second.holdId }).expect(201);
    });

    it('is released when its order is cancelled', async () => {
      const THURSDAY = '2030-01-10';
      const orderId = await placeIn(shop.http, district);
      const another = await placeIn(testApp.http, district);
      await hold(shop.http, orderId, engineer, at(THURSDAY, '10:00'));
      expect(startsOf(await slotsOf(testApp.http, another, THURSDAY, '2030-01-11'), engineer)).not.toContain(at(THURSDAY, '10:00'));
      await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: 'Customer changed their mind' }).expect(200);
      expect(await holdRows(orderId)).toBe(0);
      expect(startsOf(await slotsOf(testApp.http, another, THURSDAY, '2030-01-11'), engineer)).toContain(at(THURSDAY, '10:00'));
    });
  });

  describe('an expired hold', () => {
    let district: string;
    let engineer: EngineerFixture;

    beforeAll(async () => {
      district = freshDistrict();
      engineer = await createEngineer(testApp.http, district);
    });

    it('keeps nothing, and booking with it is a 409 HOLD_EXPIRED offering the slots nearest the held start', async () => {
      const orderId = await placeIn(shop.http, district);
      const another = await placeIn(testApp.http, district);
      const held = await hold(shop.http, orderId, engineer, at(TUESDAY, '11:00'));
      expect(startsOf(await slotsOf(testApp.http, another, TUESDAY, WEDNESDAY), engineer)).not.toContain(at(TUESDAY, '11:00'));

      testApp.clock.travelTo(new Date(Date.parse(held.expiresAt) + MINUTE));
      expect(startsOf(await slotsOf(testApp.http, another, TUESDAY, WEDNESDAY), engineer)).toContain(at(TUESDAY, '11:00'));
      const expired = await shop.http.post('/api/v1/bookings').send({ orderId, holdId: held.holdId }).expect(409);
      expect(expired.body).toMatchObject({ code: 'HOLD_EXPIRED', holdId: held.holdId, expiredAt: held.expiresAt });
      const alternatives = expired.body.alternatives as Slot[];
      expect(alternatives.map((slot) => slot.start)).toEqual([at(TUESDAY, '11:00'), at(TUESDAY, '10:30'), at(TUESDAY, '11:30'), at(TUESDAY, '10:00'), at(TUESDAY, '12:00')]);
      expect(alternatives[0]).toEqual({ engineerId: engineer.id, engineerName: engineer.name, start: at(TUESDAY, '11:00'), end: at(TUESDAY, '12:00'), visits: [{ start: at(TUESDAY, '11:00'), end: at(TUESDAY, '12:00') }] });

      // Another order may now take the time; a new hold of the order books as any other.
      await testApp.http.post('/api/v1/bookings').send({ orderId: another, engineerId: engineer.id, start: at(TUESDAY, '11:00') }).expect(201);
      const again = await hold(shop.http, orderId, engineer, at(TUESDAY, '10:00'));
      testApp.clock.reset();
      await shop.http.post('/api/v1/bookings').send({ orderId, holdId: again.holdId }).expect(201);
    });

    it('is deleted a day after it expired by the retention job; until then booking with it is HOLD_EXPIRED', async () => {
      const orderId = await placeIn(shop.http, district);
      const held = await hold(shop.http, orderId, engineer, at(WEDNESDAY, '09:00'));
      const job = testApp.app.get(ExpiredHoldsRetentionJob);
      testApp.clock.travelTo(new Date(Date.parse(held.expiresAt) + 23 * 60 * MINUTE));
      await job.run({ batchSize: 100, timeBudgetMs: 10_000 });
      expect(await holdRows(orderId)).toBe(1);
      expect((await shop.http.post('/api/v1/bookings').send({ orderId, holdId: held.holdId }).expect(409)).body.code).toBe('HOLD_EXPIRED');
      testApp.clock.travelTo(new Date(Date.parse(held.expiresAt) + 25 * 60 * MINUTE));
      expect(await job.run({ batchSize: 100, timeBudgetMs: 10_000 })).toBeGreaterThanOrEqual(1);
      expect(await holdRows(orderId)).toBe(0);
      expect((await shop.http.post('/api/v1/bookings').send({ orderId, holdId: held.holdId }).expect(404)).body.code).toBe('HOLD_NOT_FOUND');
    });
  });

  describe('a multi-day run', () => {
    it('is held visit by visit: each of its days is kept from other orders', async () => {
      const district = freshDistrict();
      const engineer = await createEngineer(testApp.http, district);
      // Ten hours of work: longer than the 09:00-17:00 span, so a run of two visits.
      const halves = [await installableProduct(testApp.http, 'dashcam', 300), await installableProduct(testApp.http, 'dashcam', 300)];
      const orderId = await placeIn(shop.http, district, halves);
      const another = await placeIn(testApp.http, district);
      const run = (await slotsOf(shop.http, orderId)).find((slot) => slot.engineerId === engineer.id && slot.start === at(MONDAY, '09:00'))!;
      expect(run.visits).toEqual([
        { start: at(MONDAY, '09:00'), end: at(MONDAY, '17:00') },
        { start: at(TUESDAY, '09:00'), end: at(TUESDAY, '11:00') },
      ]);
      await hold(shop.http, orderId, engineer, at(MONDAY, '09:00'));
      const theirs = startsOf(await slotsOf(testApp.http, another, MONDAY, WEDNESDAY), engineer);
      expect(theirs.filter((start) => start.startsWith(MONDAY))).toEqual([]);
      expect(theirs.filter((start) => start.startsWith(TUESDAY))[0]).toBe(at(TUESDAY, '11:00'));
      const second = await testApp.http.post('/api/v1/bookings').send({ orderId: another, engineerId: engineer.id, start: at(TUESDAY, '10:00') }).expect(409);
      expect(second.body.code).toBe('SLOT_HELD');
    });
  });

  describe('Idempotency-Key on POST /bookings', () => {
    let district: string;
    let engineer: EngineerFixture;

    beforeAll(async () => {
      district = freshDistrict();
      engineer = await createEngineer(testApp.http, district);
    });

    it('replays the first answer for the same body, and refuses the key with another body or from another client', async () => {
      const orderId = await placeIn(shop.http, district);
      const body = { orderId, engineerId: engineer.id, start: at(MONDAY, '13:00') };
      const key = `checkout-${orderId}`;
      const first = expectStatus(await shop.http.post('/api/v1/bookings').set('Idempotency-Key', key).send(body), 201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const replay = expectStatus(await shop.http.post('/api/v1/bookings').set('Idempotency-Key', key).send({ start: body.start, engineerId: body.engineerId, orderId }), 201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toEqual(first.body);

      const changed = await shop.http.post('/api/v1/bookings').set('Idempotency-Key', key).send({ ...body, notes: 'Gate code 1234' }).expect(409);
      expect(changed.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', bookingId: first.body.id });
      const stranger = await otherShop.http.post('/api/v1/bookings').set('Idempotency-Key', key).send(body).expect(409);
      expect(stranger.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(stranger.body.bookingId).toBeUndefined();
      const bad = await shop.http.post('/api/v1/bookings').set('Idempotency-Key', 'with space').send(body).expect(400);
      expect(bad.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
      // Without the key the order is already booked.
      expect((await shop.http.post('/api/v1/bookings').send(body).expect(409)).body.code).toBe('ORDER_ALREADY_BOOKED');
      const bookings = (await testApp.http.get('/api/v1/bookings').query({ engineerId: engineer.id, limit: 100 }).expect(200)).body.items as Array<{ orderId: string }>;
      expect(bookings.filter((booking) => booking.orderId === orderId)).toHaveLength(1);
    });

    it('answers two identical requests sent at once with one booking, the second as a replay', async () => {
      const orderId = await placeIn(shop.http, district);
      const body = { orderId, engineerId: engineer.id, start: at(MONDAY, '15:00') };
      const key = `at-once-${orderId}`;
      const answers = await Promise.all([1, 2].map(() => shop.http.post('/api/v1/bookings').set('Idempotency-Key', key).send(body)));
      expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
      expect(answers[0]!.body.id).toBe(answers[1]!.body.id);
      expect(answers.filter((answer) => answer.headers['idempotent-replayed'] === 'true')).toHaveLength(1);
    });
  });

  describe('on two instances', () => {
    const PAIRS = 24;
    let second: AppInstance;

    beforeAll(async () => {
      second = await testApp.startAnotherInstance();
    });

    afterAll(async () => {
      await second.close();
    });

    const answer = (response: Response) => `${response.status} ${(response.body as { code?: string }).code ?? ''}`.trim();

    it(`${PAIRS} slots each held for two orders at once, one per instance: exactly one hold wins each`, async () => {
      const district = freshDistrict();
      const engineer = await createEngineer(testApp.http, district);
      const orders: string[] = [];
      for (let n = 0; n < PAIRS * 2; n += 1) orders.push(await placeIn(testApp.http, district));
      // Three days of eight one-hour slots.
      const starts = Array.from({ length: PAIRS }, (_, index) => {
        const day = [MONDAY, TUESDAY, WEDNESDAY][Math.floor(index / 8)]!;
        return at(day, `${String(9 + (index % 8)).padStart(2, '0')}:00`);
      });
      const answers = await Promise.all(
        starts.flatMap((start, index) => [
          testApp.http.post('/api/v1/bookings/holds').send({ orderId: orders[2 * index], engineerId: engineer.id, start }),
          second.http.post('/api/v1/bookings/holds').send({ orderId: orders[2 * index + 1], engineerId: engineer.id, start }),
        ]),
      );
      for (let index = 0; index < PAIRS; index += 1) {
        expect([answer(answers[2 * index]!), answer(answers[2 * index + 1]!)].sort()).toEqual(['201', '409 SLOT_HELD']);
      }
      // Whichever won, its order books the slot and the loser's cannot.
      const winner = answers[0]!.status === 201 ? 0 : 1;
      const held = answers[winner]!.body as { holdId: string };
      await second.http.post('/api/v1/bookings').send({ orderId: orders[winner], holdId: held.holdId }).expect(201);
      expect((await testApp.http.post('/api/v1/bookings').send({ orderId: orders[1 - winner], engineerId: engineer.id, start: starts[0] }).expect(409)).body.code).toBe('BOOKING_CONFLICT');
    });

    it('a hold and a dispatcher’s booking of another order racing for one slot: exactly one wins', async () => {
      const district = freshDistrict();
      const engineer = await createEngineer(testApp.http, district);
      const orders: string[] = [];
      for (let n = 0; n < PAIRS * 2; n += 1) orders.push(await placeIn(testApp.http, district));
      const starts = Array.from({ length: PAIRS }, (_, index) => at([MONDAY, TUESDAY, WEDNESDAY][Math.floor(index / 8)]!, `${String(9 + (index % 8)).padStart(2, '0')}:00`));
      const answers = await Promise.all(
        starts.flatMap((start, index) => [
          testApp.http.post('/api/v1/bookings/holds').send({ orderId: orders[2 * index], engineerId: engineer.id, start }),
          second.http.post('/api/v1/bookings').send({ orderId: orders[2 * index + 1], engineerId: engineer.id, start }),
        ]),
      );
      const outcomes: Record<string, number> = {};
      for (let index = 0; index < PAIRS; index += 1) {
        const pair = [answer(answers[2 * index]!), answer(answers[2 * index + 1]!)];
        expect(pair.filter((status) => status === '201')).toHaveLength(1);
        expect(pair.filter((status) => status !== '201')).toEqual([expect.stringMatching(/^409 (SLOT_HELD|BOOKING_CONFLICT)$/)]);
        outcomes[pair.join(' / ')] = (outcomes[pair.join(' / ')] ?? 0) + 1;
      }
      if (process.env.HOLD_RACE_STATS) console.log(outcomes);
    });
  });
});
