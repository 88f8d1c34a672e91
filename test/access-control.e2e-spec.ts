import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { ProductFixture, orderRequest } from './support/fixtures';
import { BookedJob, bookedJob, installableProduct, placeOrder } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';

// Monday 7 January 2030: GMT, so London time equals UTC.
const MONDAY = '2030-01-07';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** About the caller's own engineer record, which staff do not have: engineers only. */
const ENGINEER_SELF_OPERATIONS = ['getMyEngineer', 'listMyTimeOff'];
/** Reachable without a token: the probes, signing in, a calendar feed and a customer's appointment, whose secret URLs are their credentials. */
const PUBLIC_OPERATIONS = [
  'healthLive',
  'healthReady',
  'login',
  'refreshTokens',
  'getCalendarSubscription',
  'getAppointment',
  'getAppointmentAvailability',
  'cancelAppointment',
  'rescheduleAppointment',
];

interface Operation {
  operationId: string;
  security?: Array<Record<string, string[]>>;
  'x-roles'?: string[];
}

type Caller = 'admin' | 'dispatcher' | 'engineer' | 'api-key';

describe('Access control (e2e)', () => {
  let testApp: TestApp;
  let served: { paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>> };

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    served = (await testApp.anonymous.get('/docs-json').expect(200)).body;
  });

  afterAll(async () => {
    await testApp.close();
  });

  const operations = () =>
    Object.entries(served.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({
        method,
        // Any UUID will do: credentials are checked before the resource is looked up.
        path: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000001'),
        operation: item[method]!,
      })),
    );

  describe('every operation in the OpenAPI document', () => {
    it('answers 401 without credentials, and with a garbage token, unless it is one of the public few', async () => {
      const reachable: string[] = [];
      for (const { method, path, operation } of operations()) {
        const anonymous = await testApp.anonymous[method](path).send({});
        const garbage = await testApp.anonymous[method](path).set('Authorization', 'Bearer garbage').send({});
        if (anonymous.status !== 401) reachable.push(operation.operationId);
        else {
          expect({ operation: operation.operationId, code: anonymous.body.code }).toEqual({ operation: operation.operationId, code: 'AUTHENTICATION_REQUIRED' });
          expect({ operation: operation.operationId, status: garbage.status }).toEqual({ operation: operation.operationId, status: 401 });
        }
      }
      expect(reachable.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
    });

    it('documents who may call it: security schemes and x-roles, admin always included (engineers for their own record)', () => {
      const problems: string[] = [];
      for (const { operation } of operations()) {
        const isPublic = PUBLIC_OPERATIONS.includes(operation.operationId);
        if (isPublic && (operation.security?.length || operation['x-roles'])) problems.push(`${operation.operationId}: public but documents credentials`);
        if (!isPublic && !operation.security?.length) problems.push(`${operation.operationId}: no security requirement`);
        const expectedRoles = ENGINEER_SELF_OPERATIONS.includes(operation.operationId) ? ['engineer'] : ['admin'];
        if (!isPublic && !expectedRoles.every((role) => operation['x-roles']?.includes(role))) {
          problems.push(`${operation.operationId}: x-roles without ${expectedRoles.join(', ')}`);
        }
      }
      expect(operations().length).toBeGreaterThan(40);
      expect(problems).toEqual([]);
    });
  });

  describe('role matrix', () => {
    let product: ProductFixture;
    let job: BookedJob;
    let agents: Record<Caller, TestAgent>;
    let sequence = 0;
    const next = () => (sequence += 1);

    beforeAll(async () => {
      product = await installableProduct(testApp.http, 'dashcam', 60);
      job = await bookedJob(testApp, product, `${MONDAY}T10:00:00.000Z`);
      agents = {
        admin: testApp.http,
        dispatcher: (await testApp.signInAs('dispatcher')).http,
        engineer: (await testApp.signInAs('engineer', { engineerId: job.engineer.id })).http,
        'api-key': (await testApp.withApiKey()).http,
      };
    });

    const freshOrderId = () => placeOrder(testApp, job.district, [product]);
    const freshServiceId = async () => {
      const orderId = await freshOrderId();
      return (await testApp.http.get('/api/v1/services').query({ orderId }).expect(200)).body.items[0].id as string;
    };

    /** Each row: a representative operation, how to call it, and the status each caller gets. */
    const matrix: Array<[string, (agent: TestAgent) => Promise<Response>, Record<Caller, number>]> = [
      ['read settings', (agent) => agent.get('/api/v1/settings'), { admin: 200, dispatcher: 200, engineer: 403, 'api-key': 403 }],
      ['change settings', (agent) => agent.patch('/api/v1/settings').send({ travelBufferMinutes: 30 }), { admin: 200, dispatcher: 403, engineer: 403, 'api-key': 403 }],
      ['list products', (agent) => agent.get('/api/v1/products'), { admin: 200, dispatcher: 200, engineer: 403, 'api-key': 403 }],
      ['create a product', (agent) => createProductCall(agent), { admin: 201, dispatcher: 403, engineer: 403, 'api-key': 403 }],
      ['read an engineer’s profile', (agent) => agent.get(`/api/v1/engineers/${job.engineer.id}`), { admin: 200, dispatcher: 200, engineer: 403, 'api-key': 403 }],
      ['change an engineer’s profile', (agent) => agent.patch(`/api/v1/engineers/${job.engineer.id}`).send({ maxJobsPerDay: 6 }), { admin: 200, dispatcher: 403, engineer: 403, 'api-key': 403 }],
      ['book time off', (agent) => timeOffCall(agent), { admin: 201, dispatcher: 201, engineer: 403, 'api-key': 403 }],
      ['read an engineer’s schedule', (agent) => scheduleCall(agent), { admin: 200, dispatcher: 200, engineer: 200, 'api-key': 403 }],
      ['list customers', (agent) => agent.get('/api/v1/customers'), { admin: 200, dispatcher: 200, engineer: 403, 'api-key': 403 }],
      ['place an order', (agent) => agent.post('/api/v1/orders').send(orderRequest([product])), { admin: 201, dispatcher: 201, engineer: 403, 'api-key': 201 }],
      ['list orders', (agent) => agent.get('/api/v1/orders'), { admin: 200, dispatcher: 200, engineer: 403, 'api-key': 200 }],
      ['read a booked order', (agent) => agent.get(`/api/v1/orders/${job.orderId}`), { admin: 200, dispatcher: 200, engineer: 200, 'api-key': 404 }],
      ['plan an order', async (agent) => agent.patch(`/api/v1/orders/${await freshOrderId()}`).send({ priority: 'urgent' }), { admin: 200, dispatcher: 200, engineer: 403, 'api-key': 403 }],
      ['read the dispatch board', (agent) => agent.get('/api/v1/dispatch/board').query({ date: MONDAY }), { admin: 200, dispatcher: 200, engineer: 403, 'api-key': 403 }],
      ['read the dispatch queue', (agent) => agent.get('/api/v1/dispatch/queue'), { admin: 200, dispatcher: 200, engineer: 403, 'api-key': 403 }],
      ['cancel an order', async (agent) => agent.post(`/api/v1/orders/${await freshOrderId()}/cancel`).send({ reason: 'Matrix' }), { admin: 200, dispatcher: 200, engineer: 403, 'api-key': 403 }],
      ['list services', (agent) => agent.get('/api/v1/services'), { admin: 200, dispatcher: 200, engineer: 200, 'api-key': 403 }],
      ['read a booked service', (agent) => agent.get(`/api/v1/services/${job.serviceId}`), { admin: 200, dispatcher: 200, engineer: 200, 'api-key': 403 }],
      ['cancel a service', async (agent) => agent.post(`/api/v1/services/${await freshServiceId()}/cancel`).send({ reason: 'Matrix' }), { admin: 200, dispatcher: 200, engineer: 403, 'api-key': 403 }],
      ['list bookings', (agent) => agent.get('/api/v1/bookings'), { admin: 200, dispatcher: 200, engineer: 200, 'api-key': 403 }],
      ['read a booking', (agent) => agent.get(`/api/v1/bookings/${job.bookingId}`), { admin: 200, dispatcher: 200, engineer: 200, 'api-key': 403 }],
      ['read an order’s availability', (agent) => agent.get(`/api/v1/orders/${job.orderId}/availability`).query({ from: `${MONDAY}T00:00:00Z`, to: '2030-01-08T00:00:00Z' }), { admin: 200, dispatcher: 200, engineer: 403, 'api-key': 404 }],
      // Issue 16, item 3: a web shop books (and holds) the orders it placed; a staff order is as missing to it as reading it is.
      ['book an engineer', (agent) => bookingCall(agent), { admin: 201, dispatcher: 201, engineer: 403, 'api-key': 404 }],
      ['book an engineer for an order the caller placed', (agent) => ownOrderBookingCall(agent), { admin: 201, dispatcher: 201, engineer: 403, 'api-key': 201 }],
      ['hold a slot', (agent) => holdCall(agent), { admin: 201, dispatcher: 201, engineer: 403, 'api-key': 404 }],
      ['list users', (agent) => agent.get('/api/v1/users'), { admin: 200, dispatcher: 403, engineer: 403, 'api-key': 403 }],
      ['create an API key', (agent) => agent.post('/api/v1/api-keys').send({ name: 'Matrix' }), { admin: 201, dispatcher: 403, engineer: 403, 'api-key': 403 }],
      ['read who is signed in', (agent) => agent.get('/api/v1/auth/me'), { admin: 200, dispatcher: 200, engineer: 200, 'api-key': 403 }],
    ];

    function createProductCall(agent: TestAgent) {
      return agent.post('/api/v1/products').send({ sku: `MX-${process.pid % 1000}${next()}`, name: 'Matrix', category: 'dashcam', priceMinor: 100, currency: 'GBP', requiresInstallation: false, installMinutes: 0 });
    }

    function timeOffCall(agent: TestAgent) {
      const day = String(next()).padStart(2, '0');
      return agent.post(`/api/v1/engineers/${job.engineer.id}/time-off`).send({ start: `2031-03-${day}T09:00:00Z`, end: `2031-03-${day}T12:00:00Z` });
    }

    function scheduleCall(agent: TestAgent) {
      return agent.get(`/api/v1/engineers/${job.engineer.id}/schedule`).query({ from: `${MONDAY}T00:00:00Z`, to: '2030-01-14T00:00:00Z' });
    }

    /** Each successful call books another order on another weekday of that week. */
    async function bookingCall(agent: TestAgent) {
      const day = 8 + (next() % 4);
      const orderId = await freshOrderId();
      return agent.post('/api/v1/bookings').send({ orderId, engineerId: job.engineer.id, start: `2030-01-${String(day).padStart(2, '0')}T10:00:00.000Z` });
    }

    const weekday = () => `2030-01-${String(8 + (next() % 4)).padStart(2, '0')}`;

    /** The caller places the order (an engineer may not: that 403 is the answer), then books it at 15:00 on a weekday of that week. */
    async function ownOrderBookingCall(agent: TestAgent) {
      const placed = await agent.post('/api/v1/orders').send(orderRequest([product], { installationAddress: { line1: '2 Mill Lane', city: 'Leeds', postcode: `${job.district} 1AA` } }));
      if (placed.status !== 201) return placed;
      await testApp.app.get(OutboxDispatcher).dispatchDue();
      return agent.post('/api/v1/bookings').send({ orderId: placed.body.id, engineerId: job.engineer.id, start: `${weekday()}T15:00:00.000Z` });
    }

    /** Each successful call holds 13:00 on a weekday of that week for another order. */
    async function holdCall(agent: TestAgent) {
      const orderId = await freshOrderId();
      return agent.post('/api/v1/bookings/holds').send({ orderId, engineerId: job.engineer.id, start: `${weekday()}T13:00:00.000Z` });
    }

    it.each(matrix)('%s', async (_name, call, expected) => {
      const actual: Partial<Record<Caller, number>> = {};
      for (const caller of Object.keys(expected) as Caller[]) {
        const response = await call(agents[caller]);
        actual[caller] = response.status;
        if (response.status === 403) expect(response.body.code).toBe('ACCESS_DENIED');
      }
      expect(actual).toEqual(expected);
    });
  });
});
