/**
 * Issue 15, items 1 and 2: the dispatcher's board (every engineer's days) and queue (orders with
 * work waiting for a booking), and orders' `priority` and `dueBy`. The dates straddle the spring
 * clock change in London: Friday 29 March 2030 is GMT, Sunday 31 March is 23 hours long, Monday
 * 1 April is BST.
 */
import type { Server } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { ProductFixture, VEHICLE, expectStatus } from './support/fixtures';
import { rawGet } from './support/raw-get';
import { EngineerFixture, createEngineer, freshDistrict, installableProduct, weekdays } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';
import { twoInstancesSharingRedis } from './support/two-instances';

const FRIDAY = '2030-03-29';
const MONDAY = '2030-04-01';
/** When the orders are placed: Friday 22 March 2030, 10:00 GMT. */
const PLACED = '2030-03-22T10:00:00.000Z';

interface Period {
  start: string;
  end: string;
  localStart: string;
  localEnd: string;
}

interface BoardVisit extends Period {
  bookingId: string;
  orderId: string;
  orderNumber: string;
  customerName: string;
  postcode: string;
  taskCount: number;
  failedTaskCount: number;
  status: string;
  visitNumber: number;
  visitCount: number;
}

interface BoardHold extends Period {
  holdId: string;
  orderId: string;
  orderNumber: string;
  customerName: string;
  postcode: string;
  expiresAt: string;
}

interface BoardDay {
  date: string;
  workingSpans: Period[];
  timeOff: Array<Period & { id: string; reason: string | null }>;
  visits: BoardVisit[];
  holds: BoardHold[];
  freeGaps: Array<Period & { minutes: number }>;
  availableMinutes: number;
  bookedMinutes: number;
  heldMinutes: number;
}

interface Board {
  date: string;
  days: number;
  timezone: string;
  from: string;
  to: string;
  engineers: Array<{ engineerId: string; name: string; days: BoardDay[] }>;
}

interface QueueEntry {
  orderId: string;
  orderNumber: string;
  customerName: string;
  postcode: string;
  requiredSkills: string[];
  totalMinutes: number;
  taskCount: number;
  failedVisitCount: number;
  vehicleCount: number;
  placedAt: string;
  ageHours: number;
  priority: string;
  dueBy: string;
  overdue: boolean;
}

interface Queue {
  items: QueueEntry[];
  nextCursor: string | null;
}

interface PlacedOrder {
  id: string;
  customerId: string;
  number: string;
  priority: string;
  dueBy: string;
}

describe('Dispatch board and queue (e2e)', () => {
  let testApp: TestApp;
  let dashcam: ProductFixture;
  let tracker: ProductFixture;
  let customerSequence = 0;

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    dashcam = await installableProduct(testApp.http, 'dashcam', 60);
    tracker = await installableProduct(testApp.http, 'tracker', 45);
    await testApp.http
      .patch('/api/v1/settings')
      .send({ timezone: 'Europe/London', slotMinutes: 30, minLeadHours: 0, travelBufferMinutes: 0, bookWithinWorkingDays: 10, urgentBookWithinWorkingDays: 2 })
      .expect(200);
  });

  beforeEach(() => testApp.clock.travelTo(PLACED));
  afterEach(() => testApp.clock.reset());

  afterAll(async () => {
    await testApp.close();
    delete process.env.OUTBOX_POLL_INTERVAL_MS;
  });

  /** Places an order installed in the district for a customer of its own, and lets Services create its tasks. */
  async function placeOrder(district: string, customerName: string, options: { product?: ProductFixture; priority?: string } = {}): Promise<PlacedOrder> {
    customerSequence += 1;
    const body = {
      customer: { name: customerName, email: `dispatch.${process.pid}.${customerSequence}@example.com`, phone: '+44 7911 123456', address: { line1: '1 High Street', city: 'Leeds', postcode: `${district} 1AA` } },
      items: [{ productId: (options.product ?? dashcam).id, quantity: 1 }],
      vehicle: VEHICLE,
      ...(options.priority ? { priority: options.priority } : {}),
    };
    const placed = expectStatus(await testApp.http.post('/api/v1/orders').send(body), 201).body as PlacedOrder;
    await testApp.app.get(OutboxDispatcher).dispatchDue();
    return placed;
  }

  async function book(orderId: string, engineerId: string, start: string): Promise<{ id: string; serviceIds: string[] }> {
    return expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId, start }), 201).body as { id: string; serviceIds: string[] };
  }

  const board = async (query: Record<string, unknown>) => expectStatus(await testApp.http.get('/api/v1/dispatch/board').query(query), 200).body as Board;
  const queue = async (query: Record<string, unknown>) => expectStatus(await testApp.http.get('/api/v1/dispatch/queue').query(query), 200).body as Queue;
  /** Moves the clock on a minute, so orders placed one after another have distinct ages. */
  const tick = (minutes: number) => testApp.clock.travelTo(new Date(Date.parse(PLACED) + minutes * 60_000));

  describe('who may read them, and what they refuse', () => {
    it('lets admins and dispatchers in, and refuses engineers and API keys (403)', async () => {
      const engineer = await createEngineer(testApp.http, freshDistrict());
      const callers = {
        dispatcher: (await testApp.signInAs('dispatcher')).http,
        engineer: (await testApp.signInAs('engineer', { engineerId: engineer.id })).http,
        apiKey: (await testApp.withApiKey()).http,
      };
      for (const path of ['/api/v1/dispatch/board?date=2030-03-29', '/api/v1/dispatch/queue']) {
        expect((await testApp.http.get(path)).status).toBe(200);
        expect((await callers.dispatcher.get(path)).status).toBe(200);
        const refused = await callers.engineer.get(path);
        expect(refused.status).toBe(403);
        expect(refused.headers['content-type']).toContain('application/problem+json');
        expect((await callers.apiKey.get(path)).status).toBe(403);
      }
    });

    it.each([
      ['no date', {}, 'date'],
      ['a date that is not one', { date: '2030-02-30' }, 'date'],
      ['a date in another shape', { date: '29/03/2030' }, 'date'],
      ['zero days', { date: FRIDAY, days: 0 }, 'days'],
      ['eight days', { date: FRIDAY, days: 8 }, 'days'],
      ['days that are not a number', { date: FRIDAY, days: 'two' }, 'days'],
      ['an area that is not one', { date: FRIDAY, area: '12X' }, 'area'],
      ['a skill that is not one', { date: FRIDAY, skill: 'Dash Cam!' }, 'skill'],
      ['an unknown parameter', { date: FRIDAY, engineer: 'x' }, 'engineer'],
    ])('refuses a board with %s (400 naming it)', async (_case, query, field) => {
      const response = await testApp.http.get('/api/v1/dispatch/board').query(query);
      expect(response.status).toBe(400);
      expect((response.body as { errors: Array<{ field: string }> }).errors.map((error) => error.field)).toContain(field);
    });

    it.each([
      ['an unknown priority', { priority: 'high' }, 'priority'],
      ['a cursor it did not give', { cursor: 'garbage' }, 'cursor'],
      ['a plain list cursor', { cursor: Buffer.from(JSON.stringify(['2030-03-22T10:00:00.000Z', '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c'])).toString('base64url') }, 'cursor'],
      ['a limit too large', { limit: 101 }, 'limit'],
      ['an area that is not one', { area: 'L$' }, 'area'],
    ])('refuses a queue with %s (400 naming it)', async (_case, query, field) => {
      const response = await testApp.http.get('/api/v1/dispatch/queue').query(query);
      expect(response.status).toBe(400);
      expect((response.body as { errors: Array<{ field: string }> }).errors.map((error) => error.field)).toContain(field);
    });
  });

  describe('a day of work: a booking, a reschedule and a failed visit at once', () => {
    let district: string;
    let amy: EngineerFixture;
    let zed: EngineerFixture;
    let booked: PlacedOrder;
    let moved: PlacedOrder;
    let failed: PlacedOrder;
    let waiting: PlacedOrder;
    let timeOffId: string;

    beforeAll(async () => {
      testApp.clock.travelTo(PLACED);
      district = freshDistrict();
      // Created in the opposite order to their names: the board sorts by name.
      zed = await createEngineer(testApp.http, district, { name: 'Zed Fitter' });
      amy = await createEngineer(testApp.http, district, { name: 'Amy Fitter' });
      booked = await placeOrder(district, 'Olive Booked');
      tick(1);
      moved = await placeOrder(district, 'Mo Moved');
      tick(2);
      failed = await placeOrder(district, 'Fay Failed');
      tick(3);
      waiting = await placeOrder(district, 'Una Urgent', { priority: 'urgent' });
      tick(4);

      await book(booked.id, amy.id, `${FRIDAY}T10:00:00.000Z`);
      // Booked with Amy on Monday 09:00 BST, then moved to Zed at 13:00 BST.
      const first = await book(moved.id, amy.id, `${MONDAY}T08:00:00.000Z`);
      expectStatus(await testApp.http.patch(`/api/v1/bookings/${first.id}`).send({ engineerId: zed.id, start: `${MONDAY}T12:00:00.000Z` }), 200);
      // Zed's Monday afternoon off: 14:00-16:00 BST.
      const timeOff = await testApp.http.post(`/api/v1/engineers/${zed.id}/time-off`).send({ start: `${MONDAY}T13:00:00.000Z`, end: `${MONDAY}T15:00:00.000Z`, reason: 'Dentist' });
      timeOffId = (expectStatus(timeOff, 201).body as { id: string }).id;
      // Zed's Friday 09:00 visit fails: the customer sent him away.
      const visit = await book(failed.id, zed.id, `${FRIDAY}T09:00:00.000Z`);
      testApp.clock.travelTo(`${FRIDAY}T09:30:00.000Z`);
      expectStatus(await testApp.http.post(`/api/v1/services/${visit.serviceIds[0]}/fail`).send({ reason: 'customer_refused' }), 200);
    });

    it('dates orders from their placement in working days: urgent two, standard ten', () => {
      // Placed on Friday 22 March: two working days is Tuesday 26, ten is Friday 5 April.
      expect(waiting).toMatchObject({ priority: 'urgent', dueBy: '2030-03-26' });
      expect(booked).toMatchObject({ priority: 'standard', dueBy: '2030-04-05' });
    });

    it('shows every engineer in scope by name, each day with its spans, time off, visits, gaps and minutes, on the local clock', async () => {
      testApp.clock.travelTo(`${FRIDAY}T12:00:00.000Z`);
      const found = await board({ date: FRIDAY, days: 4, area: district });
      expect(found).toMatchObject({ date: FRIDAY, days: 4, timezone: 'Europe/London', from: `${FRIDAY}T00:00:00.000Z`, to: '2030-04-01T23:00:00.000Z' });
      expect(found.engineers.map((engineer) => engineer.name)).toEqual(['Amy Fitter', 'Zed Fitter']);
      const [amyDays, zedDays] = found.engineers.map((engineer) => engineer.days);
      expect(amyDays!.map((day) => day.date)).toEqual(['2030-03-29', '2030-03-30', '2030-03-31', '2030-04-01']);

      const amyFriday = amyDays![0]!;
      expect(amyFriday.workingSpans).toEqual([{ start: `${FRIDAY}T09:00:00.000Z`, end: `${FRIDAY}T17:00:00.000Z`, localStart: `${FRIDAY}T09:00+00:00`, localEnd: `${FRIDAY}T17:00+00:00` }]);
      expect(amyFriday.visits).toEqual([
        expect.objectContaining({
          orderId: booked.id,
          orderNumber: booked.number,
          customerName: 'Olive Booked',
          postcode: `${district} 1AA`,
          taskCount: 1,
          failedTaskCount: 0,
          status: 'scheduled',
          start: `${FRIDAY}T10:00:00.000Z`,
          localStart: `${FRIDAY}T10:00+00:00`,
          visitNumber: 1,
          visitCount: 1,
        }),
      ]);
      expect(amyFriday.freeGaps.map(({ localStart, localEnd, minutes }) => [localStart, localEnd, minutes])).toEqual([
        [`${FRIDAY}T09:00+00:00`, `${FRIDAY}T10:00+00:00`, 60],
        [`${FRIDAY}T11:00+00:00`, `${FRIDAY}T17:00+00:00`, 360],
      ]);
      expect(amyFriday).toMatchObject({ availableMinutes: 480, bookedMinutes: 60 });
      // The weekend: no spans; Sunday is the 23-hour change day.
      expect(amyDays![1]).toMatchObject({ date: '2030-03-30', workingSpans: [], visits: [], freeGaps: [], availableMinutes: 0, bookedMinutes: 0 });
      expect(amyDays![2]).toMatchObject({ date: '2030-03-31', workingSpans: [], availableMinutes: 0 });
      // Monday: 09:00 BST is 08:00 UTC; the rescheduled booking left Amy's day.
      expect(amyDays![3]).toMatchObject({
        date: MONDAY,
        workingSpans: [{ start: `${MONDAY}T08:00:00.000Z`, end: `${MONDAY}T16:00:00.000Z`, localStart: `${MONDAY}T09:00+01:00`, localEnd: `${MONDAY}T17:00+01:00` }],
        visits: [],
        availableMinutes: 480,
        bookedMinutes: 0,
      });

      // Zed: the failed visit stays on Friday (its booking completed, its task failed), the moved booking is on Monday.
      expect(zedDays![0]!.visits).toEqual([expect.objectContaining({ orderId: failed.id, customerName: 'Fay Failed', status: 'completed', taskCount: 1, failedTaskCount: 1 })]);
      const zedMonday = zedDays![3]!;
      expect(zedMonday.visits).toEqual([
        expect.objectContaining({ orderId: moved.id, customerName: 'Mo Moved', status: 'scheduled', start: `${MONDAY}T12:00:00.000Z`, localStart: `${MONDAY}T13:00+01:00`, localEnd: `${MONDAY}T14:00+01:00` }),
      ]);
      expect(zedMonday.timeOff).toEqual([
        { id: timeOffId, reason: 'Dentist', start: `${MONDAY}T13:00:00.000Z`, end: `${MONDAY}T15:00:00.000Z`, localStart: `${MONDAY}T14:00+01:00`, localEnd: `${MONDAY}T16:00+01:00` },
      ]);
      expect(zedMonday.freeGaps.map(({ localStart, localEnd }) => [localStart, localEnd])).toEqual([
        [`${MONDAY}T09:00+01:00`, `${MONDAY}T13:00+01:00`],
        [`${MONDAY}T16:00+01:00`, `${MONDAY}T17:00+01:00`],
      ]);
      expect(zedMonday).toMatchObject({ availableMinutes: 360, bookedMinutes: 60 });
    });

    it('narrows the board to a skill and a district, and shows nobody where nobody works', async () => {
      expect((await board({ date: FRIDAY, area: district, skill: 'dashcam' })).engineers).toHaveLength(2);
      expect((await board({ date: FRIDAY, area: district, skill: 'tracker' })).engineers).toEqual([]);
      expect((await board({ date: FRIDAY, area: freshDistrict() })).engineers).toEqual([]);
      expect((await board({ date: FRIDAY, area: district.toLowerCase() })).engineers).toHaveLength(2);
    });

    it('queues the unbooked and the failed visit by due date, not the booked or the moved', async () => {
      testApp.clock.travelTo('2030-03-27T12:00:00.000Z');
      const found = await queue({ area: district });
      expect(found.items.map((entry) => entry.orderId)).toEqual([waiting.id, failed.id]);
      expect(found.nextCursor).toBeNull();
      const [urgent, again] = found.items;
      expect(urgent).toEqual({
        orderId: waiting.id,
        orderNumber: waiting.number,
        customerName: 'Una Urgent',
        postcode: `${district} 1AA`,
        requiredSkills: ['dashcam'],
        totalMinutes: 60,
        taskCount: 1,
        failedVisitCount: 0,
        vehicleCount: 1,
        // The clock runs on from where the test put it.
        placedAt: expect.stringMatching(/^2030-03-22T10:03:00\./),
        ageHours: 5 * 24 + 2 - 1,
        priority: 'urgent',
        dueBy: '2030-03-26',
        overdue: true,
      });
      expect(again).toMatchObject({ orderId: failed.id, customerName: 'Fay Failed', failedVisitCount: 1, taskCount: 1, priority: 'standard', dueBy: '2030-04-05', overdue: false });
      // The district's area takes it in too; another area does not.
      expect((await queue({ area: 'LS' })).items.map((entry) => entry.orderId)).toEqual(expect.arrayContaining([waiting.id, failed.id]));
      expect((await queue({ area: 'M' })).items.map((entry) => entry.orderId)).not.toContain(waiting.id);
      expect((await queue({ area: district, priority: 'urgent' })).items.map((entry) => entry.orderId)).toEqual([waiting.id]);
      expect((await queue({ area: district, skill: 'tracker' })).items).toEqual([]);
    });

    it('follows a booking of a queued order at once, and its cancellation', async () => {
      testApp.clock.travelTo(PLACED);
      const extra = await placeOrder(district, 'Ben Booked Later');
      expect((await queue({ area: district })).items.map((entry) => entry.orderId)).toContain(extra.id);
      const booking = await book(extra.id, amy.id, `${MONDAY}T09:00:00.000Z`);
      expect((await queue({ area: district })).items.map((entry) => entry.orderId)).not.toContain(extra.id);
      const monday = (await board({ date: MONDAY, area: district })).engineers.find((engineer) => engineer.name === 'Amy Fitter')!.days[0]!;
      expect(monday.visits.map((visit) => visit.orderId)).toEqual([extra.id]);
      expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/cancel`).send({ reason: 'Customer away' }), 200);
      expect((await queue({ area: district })).items.map((entry) => entry.orderId)).toContain(extra.id);
      expect((await board({ date: MONDAY, area: district })).engineers.find((engineer) => engineer.name === 'Amy Fitter')!.days[0]!.visits).toEqual([]);
      expectStatus(await testApp.http.post(`/api/v1/orders/${extra.id}/cancel`).send({ reason: 'Changed their mind' }), 200);
      expect((await queue({ area: district })).items.map((entry) => entry.orderId)).not.toContain(extra.id);
    });
  });

  describe('order planning and the queue’s order', () => {
    let district: string;
    const orders: PlacedOrder[] = [];

    beforeAll(async () => {
      testApp.clock.travelTo(PLACED);
      district = freshDistrict();
      orders.push(await placeOrder(district, 'First Standard'));
      tick(1);
      orders.push(await placeOrder(district, 'Second Standard', { product: tracker }));
      tick(2);
      orders.push(await placeOrder(district, 'Third Urgent', { priority: 'urgent' }));
      tick(3);
      orders.push(await placeOrder(district, 'Fourth Standard'));
    });

    const ids = (page: Queue) => page.items.map((entry) => entry.orderId);

    it('sorts by due date, then oldest first, and pages without gaps or repeats', async () => {
      const [first, second, urgent, fourth] = orders.map((order) => order.id);
      expect(ids(await queue({ area: district }))).toEqual([urgent, first, second, fourth]);
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 5; page += 1) {
        const found = await queue({ area: district, limit: 1, ...(cursor ? { cursor } : {}) });
        seen.push(...ids(found));
        if (!found.nextCursor) break;
        cursor = found.nextCursor;
      }
      expect(seen).toEqual([urgent, first, second, fourth]);
      const firstTwo = await queue({ area: district, limit: 2 });
      expect(ids(firstTwo)).toEqual([urgent, first]);
      expect(ids(await queue({ area: district, limit: 2, cursor: firstTwo.nextCursor! }))).toEqual([second, fourth]);
      expect((await queue({ area: district, skill: 'tracker' })).items).toEqual([expect.objectContaining({ orderId: second, requiredSkills: ['tracker'], totalMinutes: 45 })]);
    });

    it('lets a dispatcher change the priority (dated again) or set the date, and the queue follows', async () => {
      const [first, second, urgent, fourth] = orders.map((order) => order.id);
      const dispatcher = (await testApp.signInAs('dispatcher')).http;
      const raised = expectStatus(await dispatcher.patch(`/api/v1/orders/${fourth}`).send({ priority: 'urgent' }), 200).body as PlacedOrder;
      expect(raised).toMatchObject({ id: fourth, priority: 'urgent', dueBy: '2030-03-26' });
      const pinned = expectStatus(await dispatcher.patch(`/api/v1/orders/${second}`).send({ dueBy: '2030-03-25' }), 200).body as PlacedOrder;
      expect(pinned).toMatchObject({ priority: 'standard', dueBy: '2030-03-25' });
      expect(ids(await queue({ area: district }))).toEqual([second, urgent, fourth, first]);
      // Both versions of the order show it.
      expect((await testApp.http.get(`/api/v1/orders/${second}`).expect(200)).body).toMatchObject({ priority: 'standard', dueBy: '2030-03-25' });
      expect((await testApp.http.get(`/api/v2/orders/${fourth}`).expect(200)).body).toMatchObject({ priority: 'urgent', dueBy: '2030-03-26' });
      expect(((await testApp.http.get('/api/v1/orders').query({ limit: 100 }).expect(200)).body as { items: PlacedOrder[] }).items.find((order) => order.id === second)).toMatchObject({ dueBy: '2030-03-25' });
      // Back to standard without a date: dated again from the placement.
      expect((expectStatus(await dispatcher.patch(`/api/v1/orders/${fourth}`).send({ priority: 'standard' }), 200).body as PlacedOrder).dueBy).toBe('2030-04-05');
    });

    it('refuses planning that makes no sense (400), by an engineer or a web shop (403), and of a closed order (409)', async () => {
      const [first] = orders.map((order) => order.id);
      const empty = await testApp.http.patch(`/api/v1/orders/${first}`).send({});
      expect(empty.status).toBe(400);
      expect((empty.body as { errors: Array<{ field: string }> }).errors.map((error) => error.field)).toEqual(['priority', 'dueBy']);
      for (const [body, field] of [[{ priority: 'asap' }, 'priority'], [{ dueBy: '2030-02-30' }, 'dueBy'], [{ dueBy: 'tomorrow' }, 'dueBy'], [{ dueBy: '2030-03-25', status: 'x' }, 'status']] as const) {
        const response = await testApp.http.patch(`/api/v1/orders/${first}`).send(body);
        expect(response.status).toBe(400);
        expect((response.body as { errors: Array<{ field: string }> }).errors.map((error) => error.field)).toContain(field);
      }
      expect((await testApp.http.patch('/api/v1/orders/not-a-uuid').send({ priority: 'urgent' })).status).toBe(400);
      expect((await testApp.http.patch('/api/v1/orders/3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c').send({ priority: 'urgent' })).status).toBe(404);
      const engineer = await createEngineer(testApp.http, freshDistrict());
      expect((await (await testApp.signInAs('engineer', { engineerId: engineer.id })).http.patch(`/api/v1/orders/${first}`).send({ priority: 'urgent' })).status).toBe(403);
      expect((await (await testApp.withApiKey()).http.patch(`/api/v1/orders/${first}`).send({ priority: 'urgent' })).status).toBe(403);
      const closed = await placeOrder(district, 'Closed Case');
      expectStatus(await testApp.http.post(`/api/v1/orders/${closed.id}/cancel`).send({ reason: 'Duplicate' }), 200);
      const refused = await testApp.http.patch(`/api/v1/orders/${closed.id}`).send({ priority: 'urgent' });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'ORDER_CANCELLED' });
    });

    it('takes the priority at placement through v2 too', async () => {
      const body = {
        customer: { name: 'Fleet Urgent', email: `dispatch.v2.${process.pid}@example.com`, phone: '+44 7911 123456', address: { line1: '1 High Street', city: 'Leeds', postcode: `${district} 2AB` } },
        priority: 'urgent',
        vehicles: [{ vehicle: VEHICLE, items: [{ productId: dashcam.id, quantity: 1 }] }],
      };
      const placed = expectStatus(await testApp.http.post('/api/v2/orders').send(body), 201).body as PlacedOrder;
      expect(placed).toMatchObject({ priority: 'urgent', dueBy: '2030-03-26' });
      expect((await testApp.http.post('/api/v2/orders').send({ ...body, priority: 'soon' })).status).toBe(400);
    });
  });

  // The board is kept between requests (BOARD_CACHE_TTL_SECONDS, 10 s here): each change below
  // is read back from a board that was asked for, and so kept, just before it.
  describe('the board kept between requests follows every change it shows at once', () => {
    let district: string;
    let engineer: EngineerFixture;
    let order: PlacedOrder;
    let bookingId: string;
    let engineerDay: () => Promise<BoardDay>;
    let engineerName: () => Promise<string>;

    beforeAll(async () => {
      testApp.clock.travelTo(PLACED);
      district = freshDistrict();
      // No hours of their own: the settings' default hours are theirs.
      engineer = await createEngineer(testApp.http, district, { name: 'Kept Fitter', workingHours: null });
      order = await placeOrder(district, 'Kept Customer');
      bookingId = (await book(order.id, engineer.id, `${FRIDAY}T10:00:00.000Z`)).id;
      const row = async () => (await board({ date: FRIDAY, area: district })).engineers.find((candidate) => candidate.engineerId === engineer.id)!;
      engineerDay = async () => (await row()).days[0]!;
      engineerName = async () => (await row()).name;
    });

    it('a renamed engineer, and their time off given and taken back', async () => {
      expect(await engineerName()).toBe('Kept Fitter');
      expectStatus(await testApp.http.patch(`/api/v1/engineers/${engineer.id}`).send({ name: 'Kept Fitter-Jones' }), 200);
      expect(await engineerName()).toBe('Kept Fitter-Jones');

      expect((await engineerDay()).timeOff).toEqual([]);
      const given = expectStatus(await testApp.http.post(`/api/v1/engineers/${engineer.id}/time-off`).send({ start: `${FRIDAY}T14:00:00.000Z`, end: `${FRIDAY}T15:00:00.000Z` }), 201);
      expect((await engineerDay()).timeOff.map((period) => period.id)).toEqual([(given.body as { id: string }).id]);
      expectStatus(await testApp.http.delete(`/api/v1/engineers/${engineer.id}/time-off/${(given.body as { id: string }).id}`), 204);
      expect((await engineerDay()).timeOff).toEqual([]);
    });

    it('sends a kept board compressed as each client asks, the same JSON every time', async () => {
      const path = `/api/v1/dispatch/board?date=${FRIDAY}&days=7&area=${district}`;
      const send = (acceptEncoding: string) =>
        rawGet(testApp.app.getHttpServer() as Server, path, acceptEncoding, { authorization: `Bearer ${testApp.admin.accessToken}` });
      const whole = await send('identity');
      expect(whole.status).toBe(200);
      expect(whole.headers['content-encoding']).toBeUndefined();
      expect(whole.body.length).toBeGreaterThan(1024);
      // Twice each, in turns: the second answer of each encoding is the kept one's kept form.
      for (const round of [1, 2]) {
        const brotli = await send('br');
        const gzip = await send('gzip');
        expect([round, brotli.headers['content-encoding'], gzip.headers['content-encoding']]).toEqual([round, 'br', 'gzip']);
        expect(brotliDecompressSync(brotli.body).equals(whole.body)).toBe(true);
        expect(gunzipSync(gzip.body).equals(whole.body)).toBe(true);
        expect(brotli.headers['content-length']).toBe(String(brotli.body.length));
        expect((await send('identity')).body.equals(whole.body)).toBe(true);
      }
    });

    it('a renamed customer, a moved visit and the settings’ working hours', async () => {
      expect((await engineerDay()).visits.map((visit) => visit.customerName)).toEqual(['Kept Customer']);
      expectStatus(await testApp.http.patch(`/api/v1/customers/${order.customerId}`).send({ name: 'Kept Customer Ltd' }), 200);
      expect((await engineerDay()).visits.map((visit) => visit.customerName)).toEqual(['Kept Customer Ltd']);

      expectStatus(await testApp.http.patch(`/api/v1/bookings/${bookingId}`).send({ start: `${FRIDAY}T12:00:00.000Z` }), 200);
      expect((await engineerDay()).visits.map((visit) => visit.start)).toEqual([`${FRIDAY}T12:00:00.000Z`]);

      const { defaultWorkingHours } = (await testApp.http.get('/api/v1/settings').expect(200)).body as { defaultWorkingHours: Record<string, unknown> };
      expect((await engineerDay()).workingSpans.map((span) => span.localStart)).not.toEqual([`${FRIDAY}T07:00+00:00`]);
      expectStatus(await testApp.http.patch('/api/v1/settings').send({ defaultWorkingHours: weekdays({ start: '07:00', end: '15:00' }) }), 200);
      try {
        expect((await engineerDay()).workingSpans.map((span) => span.localStart)).toEqual([`${FRIDAY}T07:00+00:00`]);
      } finally {
        expectStatus(await testApp.http.patch('/api/v1/settings').send({ defaultWorkingHours }), 200);
      }
      expect((await engineerDay()).workingSpans.map((span) => span.localStart)).not.toEqual([`${FRIDAY}T07:00+00:00`]);
    });

    it('a web-shop hold: shown at once and out of the free gaps, gone when it lapses, a visit once booked with it', async () => {
      const heldStart = `${FRIDAY}T15:00:00.000Z`;
      const heldEnd = `${FRIDAY}T16:00:00.000Z`;
      const coversTheHold = (day: BoardDay) => day.freeGaps.some((gap) => gap.start < heldEnd && gap.end > heldStart);
      const held = await placeOrder(district, 'Held Customer');
      const other = await placeOrder(district, 'Other Customer');
      const before = await engineerDay();
      expect([before.holds, before.heldMinutes, coversTheHold(before)]).toEqual([[], 0, true]);

      const hold = expectStatus(await testApp.http.post('/api/v1/bookings/holds').send({ orderId: held.id, engineerId: engineer.id, start: heldStart }), 201).body as {
        holdId: string;
        expiresAt: string;
      };
      const during = await engineerDay();
      expect(during.holds).toEqual([
        {
          holdId: hold.holdId,
          orderId: held.id,
          orderNumber: held.number,
          customerName: 'Held Customer',
          postcode: `${district} 1AA`,
          start: heldStart,
          end: heldEnd,
          localStart: `${FRIDAY}T15:00+00:00`,
          localEnd: `${FRIDAY}T16:00+00:00`,
          expiresAt: hold.expiresAt,
        },
      ]);
      expect([during.heldMinutes, coversTheHold(during), during.bookedMinutes]).toEqual([60, false, before.bookedMinutes]);
      // What the board shows as taken, booking refuses too.
      const refused = await testApp.http.post('/api/v1/bookings').send({ orderId: other.id, engineerId: engineer.id, start: heldStart });
      expect([refused.status, refused.body.code]).toEqual([409, 'SLOT_HELD']);

      // Nothing is written when a hold lapses: the kept board goes stale by the clock alone.
      testApp.clock.travelTo(new Date(Date.parse(hold.expiresAt) + 1000));
      const lapsed = await engineerDay();
      expect([lapsed.holds, lapsed.heldMinutes, coversTheHold(lapsed)]).toEqual([[], 0, true]);

      const again = expectStatus(await testApp.http.post('/api/v1/bookings/holds').send({ orderId: held.id, engineerId: engineer.id, start: heldStart }), 201).body as { holdId: string };
      expect((await engineerDay()).holds.map((entry) => entry.holdId)).toEqual([again.holdId]);
      expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId: held.id, holdId: again.holdId }), 201);
      const booked = await engineerDay();
      expect(booked.holds).toEqual([]);
      expect(booked.visits.filter((visit) => visit.orderId === held.id).map((visit) => visit.start)).toEqual([heldStart]);
      expect(booked.bookedMinutes).toBe(before.bookedMinutes + 60);
    });
  });
});

describe('Dispatch board kept by two instances sharing Redis (e2e)', () => {
  // Kept far longer than the test takes: only the announcement can drop it in time.
  const instances = twoInstancesSharingRedis({ BOARD_CACHE_TTL_SECONDS: '60' });

  it('an engineer renamed through one instance is on the other’s board within a second', async () => {
    const district = freshDistrict();
    const engineer = await createEngineer(instances.testApp.http, district, { name: 'Before Rename' });
    const names = async () => ((await instances.other.http.get('/api/v1/dispatch/board').query({ date: FRIDAY, area: district }).expect(200)).body as Board).engineers.map((row) => row.name);
    expect(await names()).toEqual(['Before Rename']);
    expectStatus(await instances.testApp.http.patch(`/api/v1/engineers/${engineer.id}`).send({ name: 'After Rename' }), 200);
    const started = Date.now();
    while ((await names())[0] !== 'After Rename' && Date.now() - started < 1000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await names()).toEqual(['After Rename']);
  });
});
