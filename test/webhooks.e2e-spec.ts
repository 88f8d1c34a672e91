/**
 * Signed webhooks (issue 16, item 1): a real HTTP receiver in the test process verifies every
 * message with the `standardwebhooks` library, as the web shop would.
 */
import type TestAgent from 'supertest/lib/agent';
import { ProductFixture, createProduct, expectStatus, orderRequest } from './support/fixtures';
import { withEnvironment } from './support/environment';
import { createEngineer, freshDistrict, placeOrder } from './support/scheduling';
import { UnitOfWork } from '../libs/common/src/database/unit-of-work';
import { WebhookMessagesRepository } from '../src/modules/webhooks/webhook-messages.repository';
import { SecretBox, newSigningSecret } from '../src/modules/webhooks/webhook-secrets';
import { WebhooksRepository } from '../src/modules/webhooks/webhooks.repository';
import { TestApp, createTestApp } from './support/test-app';
import { ReceivedWebhook, WebhookReceiver, typeOf, verified } from './support/webhook-receiver';

const MONDAY = '2030-01-07';
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
/** The contract's event names, written out (not imported), so a renamed event fails here. */
const ALL_EVENTS = [
  'order.placed',
  'order.cancelled',
  'order.fulfilled',
  'booking.scheduled',
  'booking.rescheduled',
  'booking.cancelled',
  'booking.completed',
  'booking.no_show',
  'installation.completed',
  'installation.failed',
];
/** Fast timings for the sender: attempts 20 ms and 1.2 s apart, three in all; a 300 ms timeout. */
const FAST_SENDER = {
  WEBHOOK_POLL_INTERVAL_MS: '50',
  WEBHOOK_RETRY_BASE_MS: '20',
  WEBHOOK_MAX_ATTEMPTS: '3',
  WEBHOOK_TIMEOUT_MS: '300',
  OUTBOX_POLL_INTERVAL_MS: '200',
};

interface Endpoint {
  id: string;
  secret: string;
}

interface Delivery {
  id: string;
  eventType: string;
  orderId: string;
  status: string;
  attempts: Array<{ attempt: number; statusCode: number | null; error: string | null; durationMs: number; at: string }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Webhooks (e2e)', () => {
  let testApp: TestApp;
  let receiver: WebhookReceiver;
  let camera: ProductFixture;
  let restoreEnvironment: () => void;
  const created: string[] = [];

  async function createEndpoint(path: string, events: string[] = ALL_EVENTS, agent: TestAgent = testApp.http): Promise<Endpoint> {
    const response = expectStatus(await agent.post('/api/v1/webhooks').send({ url: receiver.url(path), events, description: `receiver ${path}` }), 201);
    created.push(response.body.id);
    return response.body as Endpoint;
  }

  async function deliveriesOf(endpointId: string, query = ''): Promise<Delivery[]> {
    return expectStatus(await testApp.http.get(`/api/v1/webhooks/${endpointId}/deliveries${query}`), 200).body.items as Delivery[];
  }

  /** Waits until the endpoint's deliveries satisfy `done`. */
  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`gave up waiting; last seen ${JSON.stringify(value)}`);
      await sleep(30);
    }
  }

  const ofOrder = (orderId: string) => (request: ReceivedWebhook) => (JSON.parse(request.body) as { data: { id: string; orderId?: string } }).data.orderId === orderId || (JSON.parse(request.body) as { data: { id: string } }).data.id === orderId;

  beforeAll(async () => {
    restoreEnvironment = withEnvironment(FAST_SENDER);
    receiver = new WebhookReceiver();
    await receiver.start();
    testApp = await createTestApp();
    camera = await createProduct(testApp.http, { category: 'dashcam', installMinutes: 60, identifiers: ['serial'] });
  });

  afterEach(async () => {
    testApp.clock.reset();
    for (const id of created.splice(0)) await testApp.http.delete(`/api/v1/webhooks/${id}`);
  });

  afterAll(async () => {
    await testApp.close();
    await receiver.stop();
    restoreEnvironment();
  });

  it('sends every event of an order’s life, signed, in order, each with the whole resource', async () => {
    const endpoint = await createEndpoint('/life');
    const bookingsOnly = await createEndpoint('/bookings-only', ['booking.scheduled', 'booking.rescheduled']);
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district);
    const orderId = await placeOrder(testApp, district, [camera]);
    const booking = expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: at(MONDAY, '09:00') }), 201).body as {
      id: string;
      serviceIds: string[];
    };
    const [serviceId] = booking.serviceIds as [string];
    expectStatus(await testApp.http.patch(`/api/v1/bookings/${booking.id}`).send({ start: at(MONDAY, '11:00') }), 200);
    testApp.clock.travelTo(at(MONDAY, '11:05'));
    expectStatus(await testApp.http.post(`/api/v1/services/${serviceId}/start`), 200);
    expectStatus(await testApp.http.post(`/api/v1/services/${serviceId}/complete`).send({ devices: [{ productId: camera.id, serial: `SN-${orderId.slice(0, 8)}` }] }), 200);

    const requests = await receiver.waitFor('/life', 6);
    const bodies = requests.map((request) => verified(request, endpoint.secret));
    expect(bodies.map((body) => body.type)).toEqual([
      'order.placed',
      'booking.scheduled',
      'booking.rescheduled',
      'installation.completed',
      'booking.completed',
      'order.fulfilled',
    ]);
    const [placed, scheduled, rescheduled, installed, , fulfilled] = bodies as [(typeof bodies)[0], (typeof bodies)[0], (typeof bodies)[0], (typeof bodies)[0], (typeof bodies)[0], (typeof bodies)[0]];
    expect(Object.keys(placed).sort()).toEqual(['data', 'occurredAt', 'type']);
    expect(new Date(placed.occurredAt).toISOString()).toBe(placed.occurredAt);
    // The v2 order body, the booking body and the service body with its devices: what their GETs show.
    expect(placed.data).toMatchObject({ id: orderId, status: 'placed', vehicles: [expect.objectContaining({ items: [expect.objectContaining({ productId: camera.id })] })] });
    expect(scheduled.data).toMatchObject({ id: booking.id, orderId, engineerId: engineer.id, status: 'scheduled' });
    expect(rescheduled.data).toMatchObject({ id: booking.id, start: at(MONDAY, '11:00') });
    expect(installed.data).toMatchObject({ id: serviceId, orderId, status: 'completed', devices: [expect.objectContaining({ productId: camera.id, serial: `SN-${orderId.slice(0, 8)}` })] });
    expect(fulfilled.data).toEqual(expectStatus(await testApp.http.get(`/api/v2/orders/${orderId}`), 200).body);
    // Each message its own id; the headers of the specification on each.
    const ids = requests.map((request) => request.headers['webhook-id']);
    expect(new Set(ids).size).toBe(6);
    for (const request of requests) {
      expect(request.headers['content-type']).toBe('application/json');
      expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
      expect(String(request.headers['webhook-signature'])).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    }

    // Only what an endpoint subscribed to.
    const forBookings = await receiver.waitFor('/bookings-only', 2);
    expect(forBookings.map((request) => verified(request, bookingsOnly.secret).type)).toEqual(['booking.scheduled', 'booking.rescheduled']);
    // A signature made with another endpoint's secret does not verify.
    expect(() => verified(requests[0]!, bookingsOnly.secret)).toThrow();

    const log = await deliveriesOf(endpoint.id);
    expect(log.map((delivery) => delivery.eventType)).toEqual([...bodies.map((body) => body.type)].reverse());
    expect(log.every((delivery) => delivery.status === 'delivered' && delivery.attempts.length === 1 && delivery.attempts[0]!.statusCode === 200)).toBe(true);
    expect(log.map((delivery) => delivery.id)).toEqual([...ids].reverse());
  });

  it('retries after 500s with the same message, while the order’s next message waits; every attempt is logged', async () => {
    receiver.script('/flaky', { status: 500 }, { status: 503 });
    const endpoint = await createEndpoint('/flaky', ['order.placed', 'booking.scheduled']);
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district);
    const orderId = await placeOrder(testApp, district, [camera]);
    expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: at(MONDAY, '09:00') }), 201);

    const requests = await receiver.waitFor('/flaky', 4, ofOrder(orderId));
    expect(requests.map(typeOf)).toEqual(['order.placed', 'order.placed', 'order.placed', 'booking.scheduled']);
    for (const request of requests) verified(request, endpoint.secret);
    const [first, second, third] = requests as [ReceivedWebhook, ReceivedWebhook, ReceivedWebhook];
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(third.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(third.body).toBe(first.body);

    const log = await eventually(
      () => deliveriesOf(endpoint.id),
      (deliveries) => deliveries.length === 2 && deliveries.every((delivery) => delivery.status === 'delivered'),
    );
    const placed = log.find((delivery) => delivery.eventType === 'order.placed')!;
    expect(placed).toMatchObject({ id: first.headers['webhook-id'], orderId, status: 'delivered' });
    expect(placed.attempts.map(({ attempt, statusCode, error }) => ({ attempt, statusCode, error }))).toEqual([
      { attempt: 1, statusCode: 500, error: 'HTTP 500' },
      { attempt: 2, statusCode: 503, error: 'HTTP 503' },
      { attempt: 3, statusCode: 200, error: null },
    ]);
    for (const attempt of placed.attempts) expect(attempt.durationMs).toBeGreaterThanOrEqual(0);

    const page = expectStatus(await testApp.http.get(`/api/v1/webhooks/${endpoint.id}/deliveries?limit=1`), 200).body as { items: Delivery[]; nextCursor: string };
    expect(page.items.map((delivery) => delivery.eventType)).toEqual(['booking.scheduled']);
    const next = expectStatus(await testApp.http.get(`/api/v1/webhooks/${endpoint.id}/deliveries?limit=1&cursor=${page.nextCursor}`), 200).body as { items: Delivery[]; nextCursor: null };
    expect(next).toMatchObject({ items: [{ eventType: 'order.placed' }], nextCursor: null });
    expect((await deliveriesOf(endpoint.id, '?status=failed')).length).toBe(0);
  });

  it('counts a receiver that does not answer within the timeout as a failed attempt, and tries again', async () => {
    receiver.script('/slow', { status: 200, delayMs: 1500 });
    const endpoint = await createEndpoint('/slow', ['order.placed']);
    const orderId = await placeOrder(testApp, freshDistrict(), [camera]);

    const requests = await receiver.waitFor('/slow', 2, ofOrder(orderId));
    expect(requests[1]!.headers['webhook-id']).toBe(requests[0]!.headers['webhook-id']);
    const [delivery] = await eventually(
      () => deliveriesOf(endpoint.id),
      (deliveries) => deliveries[0]?.status === 'delivered',
    );
    expect(delivery!.attempts.map(({ statusCode, error }) => ({ statusCode, error }))).toEqual([
      { statusCode: null, error: 'timed out after 300 ms' },
      { statusCode: 200, error: null },
    ]);
    expect(delivery!.attempts[0]!.durationMs).toBeGreaterThanOrEqual(290);
  });

  it('disables an endpoint whose message failed every attempt, queues nothing for it meanwhile, and sends again once enabled and re-sent', async () => {
    receiver.answerAlways('/down', { status: 500 });
    const endpoint = await createEndpoint('/down', ['order.placed']);
    const orderId = await placeOrder(testApp, freshDistrict(), [camera]);

    const disabled = await eventually(
      async () => expectStatus(await testApp.http.get(`/api/v1/webhooks/${endpoint.id}`), 200).body,
      (body) => body.enabled === false,
    );
    expect(disabled.disabledReason).toMatch(/3 consecutive attempts .* failed, the last with: HTTP 500/);
    expect(new Date(disabled.disabledAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const [failed] = await deliveriesOf(endpoint.id, '?status=failed');
    expect(failed).toMatchObject({ orderId, status: 'failed' });
    expect(failed!.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 500]);
    expect(receiver.at('/down').filter(ofOrder(orderId))).toHaveLength(3);

    // Disabled: nothing is queued for it, nothing re-sent.
    await placeOrder(testApp, freshDistrict(), [camera]);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(1);
    const refused = expectStatus(await testApp.http.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${failed!.id}/resend`), 409);
    expect(refused.body).toMatchObject({ code: 'WEBHOOK_DISABLED', webhookId: endpoint.id });

    receiver.answerAlways('/down', { status: 204 });
    const enabled = expectStatus(await testApp.http.patch(`/api/v1/webhooks/${endpoint.id}`).send({ enabled: true }), 200).body;
    expect(enabled).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null });
    const resent = expectStatus(await testApp.http.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${failed!.id}/resend`), 202).body as Delivery;
    expect(resent).toMatchObject({ id: failed!.id, status: 'pending' });

    const requests = await receiver.waitFor('/down', 4, ofOrder(orderId));
    expect(requests[3]!.headers['webhook-id']).toBe(failed!.id);
    expect(requests[3]!.body).toBe(requests[0]!.body);
    verified(requests[3]!, endpoint.secret);
    const [delivered] = await eventually(
      () => deliveriesOf(endpoint.id),
      (deliveries) => deliveries[0]?.status === 'delivered',
    );
    expect(delivered!.attempts.map(({ attempt, statusCode }) => ({ attempt, statusCode }))).toEqual([
      { attempt: 1, statusCode: 500 },
      { attempt: 2, statusCode: 500 },
      { attempt: 3, statusCode: 500 },
      { attempt: 4, statusCode: 204 },
    ]);

    expectStatus(await testApp.http.post(`/api/v1/webhooks/${endpoint.id}/deliveries/00000000-0000-4000-8000-000000000001/resend`), 404);
    const disabledByHand = expectStatus(await testApp.http.patch(`/api/v1/webhooks/${endpoint.id}`).send({ enabled: false }), 200).body;
    expect(disabledByHand).toMatchObject({ enabled: false, disabledReason: 'disabled by request' });
  });

  it('rotates the secret: both secrets verify for 24 hours, then only the new one; no response but these shows a secret', async () => {
    const endpoint = await createEndpoint('/rotating', ['order.placed']);
    const rotated = expectStatus(await testApp.http.post(`/api/v1/webhooks/${endpoint.id}/rotate-secret`), 200).body as Endpoint & { previousSecretExpiresAt: string };
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect(new Date(rotated.previousSecretExpiresAt).getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);

    const during = await placeOrder(testApp, freshDistrict(), [camera]);
    const [overlapping] = await receiver.waitFor('/rotating', 1, ofOrder(during));
    expect(String(overlapping!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verified(overlapping!, endpoint.secret).type).toBe('order.placed');
    expect(verified(overlapping!, rotated.secret).type).toBe('order.placed');

    testApp.clock.travelTo(new Date(Date.now() + 25 * 3600_000));
    const after = await placeOrder(testApp, freshDistrict(), [camera]);
    const [later] = await receiver.waitFor('/rotating', 1, ofOrder(after));
    expect(verified(later!, rotated.secret).type).toBe('order.placed');
    expect(() => verified(later!, endpoint.secret)).toThrow();

    const read = expectStatus(await testApp.http.get(`/api/v1/webhooks/${endpoint.id}`), 200).body;
    expect(read).not.toHaveProperty('secret');
    expect(read.previousSecretExpiresAt).toBeNull();
    const listed = expectStatus(await testApp.http.get('/api/v1/webhooks'), 200).body.items as Array<Record<string, unknown>>;
    expect(listed.find((item) => item.id === endpoint.id)).toBeDefined();
    expect(listed.every((item) => !('secret' in item))).toBe(true);
    expect(JSON.stringify(listed)).not.toContain(rotated.secret.slice(6));
  });

  it('gives an API key’s endpoints only its own orders’ events, and lets the key manage only its own endpoints', async () => {
    const shop = await testApp.withApiKey();
    const otherShop = await testApp.withApiKey();
    const shopEndpoint = await createEndpoint('/shop', ['order.placed'], shop.http);
    const otherEndpoint = await createEndpoint('/other-shop', ['order.placed'], otherShop.http);
    const staffEndpoint = await createEndpoint('/staff', ['order.placed']);
    const shopEndpointBody = expectStatus(await testApp.http.get(`/api/v1/webhooks/${shopEndpoint.id}`), 200).body;
    expect(shopEndpointBody.ownerApiKeyId).toBe(shop.id);

    const shopOrder = expectStatus(await shop.http.post('/api/v1/orders').send(orderRequest([camera])), 201).body.id as string;
    const staffOrder = await placeOrder(testApp, freshDistrict(), [camera]);
    const otherOrder = expectStatus(await otherShop.http.post('/api/v1/orders').send(orderRequest([camera])), 201).body.id as string;

    await receiver.waitFor('/staff', 3, (request) => [shopOrder, staffOrder, otherOrder].some((id) => ofOrder(id)(request)));
    const [shopReceived] = await receiver.waitFor('/shop', 1);
    const [otherReceived] = await receiver.waitFor('/other-shop', 1);
    await sleep(300);
    expect(receiver.at('/shop').map((request) => verified(request, shopEndpoint.secret).data.id)).toEqual([shopOrder]);
    expect(receiver.at('/other-shop').map((request) => verified(request, otherEndpoint.secret).data.id)).toEqual([otherOrder]);
    expect(shopReceived).toBeDefined();
    expect(otherReceived).toBeDefined();

    // Its own endpoints only: another's is a 404 whatever it asks.
    const listed = expectStatus(await shop.http.get('/api/v1/webhooks'), 200).body.items as Array<{ id: string }>;
    expect(listed.map((item) => item.id)).toEqual([shopEndpoint.id]);
    for (const request of [
      shop.http.get(`/api/v1/webhooks/${otherEndpoint.id}`),
      shop.http.patch(`/api/v1/webhooks/${otherEndpoint.id}`).send({ description: 'mine now' }),
      shop.http.post(`/api/v1/webhooks/${otherEndpoint.id}/rotate-secret`),
      shop.http.get(`/api/v1/webhooks/${otherEndpoint.id}/deliveries`),
      shop.http.delete(`/api/v1/webhooks/${otherEndpoint.id}`),
      shop.http.get(`/api/v1/webhooks/${staffEndpoint.id}`),
    ]) {
      expect((await request).body).toMatchObject({ status: 404, code: 'WEBHOOK_NOT_FOUND' });
    }
    expect(expectStatus(await shop.http.get(`/api/v1/webhooks/${shopEndpoint.id}/deliveries`), 200).body.items).toHaveLength(1);
    expectStatus(await shop.http.patch(`/api/v1/webhooks/${shopEndpoint.id}`).send({ description: 'Shop hooks' }), 200);
    expectStatus(await shop.http.delete(`/api/v1/webhooks/${shopEndpoint.id}`), 204);
    expectStatus(await testApp.http.get(`/api/v1/webhooks/${shopEndpoint.id}`), 404);
    // Staff see every endpoint.
    expectStatus(await testApp.http.get(`/api/v1/webhooks/${otherEndpoint.id}`), 200);
  });

  it('sends a revoked API key’s endpoints nothing more, while staff endpoints hear its orders on', async () => {
    const shop = await testApp.withApiKey();
    const shopEndpoint = await createEndpoint('/revoked-shop', ['order.placed', 'order.cancelled'], shop.http);
    const staffEndpoint = await createEndpoint('/staff-of-revoked', ['order.cancelled']);
    const orderId = expectStatus(await shop.http.post('/api/v1/orders').send(orderRequest([camera])), 201).body.id as string;
    await receiver.waitFor('/revoked-shop', 1);

    expectStatus(await testApp.http.delete(`/api/v1/api-keys/${shop.id}`), 204);
    expectStatus(await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: 'the shop closed its account' }), 200);
    const [cancelled] = await receiver.waitFor('/staff-of-revoked', 1, ofOrder(orderId));
    expect(verified(cancelled!, staffEndpoint.secret).type).toBe('order.cancelled');
    await sleep(300);
    expect(receiver.at('/revoked-shop').map((request) => verified(request, shopEndpoint.secret).type)).toEqual(['order.placed']);
  });

  it('refuses bad input naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ url: receiver.url('/x'), events: ['order.shipped'] }, 'events'],
      [{ url: receiver.url('/x'), events: [] }, 'events'],
      [{ url: receiver.url('/x') }, 'events'],
      [{ url: 'not a url', events: ['order.placed'] }, 'url'],
      [{ url: 'ftp://shop.example.com/hooks', events: ['order.placed'] }, 'url'],
      [{ url: 'https://user:secret@shop.example.com/hooks', events: ['order.placed'] }, 'url'],
      [{ events: ['order.placed'] }, 'url'],
      [{ url: receiver.url('/x'), events: ['order.placed'], secret: 'whsec_mine' }, 'secret'],
    ];
    for (const [body, field] of cases) {
      const response = expectStatus(await testApp.http.post('/api/v1/webhooks').send(body), 400);
      const fields = [...new Set((response.body.errors as Array<{ field: string }>).map((error) => error.field))];
      expect({ body, fields }).toEqual({ body, fields: [expect.stringMatching(new RegExp(`^${field}`))] });
    }
    const endpoint = await createEndpoint('/valid', ['order.placed']);
    expectStatus(await testApp.http.patch(`/api/v1/webhooks/${endpoint.id}`).send({ events: ['booking.moved'] }), 400);
    expectStatus(await testApp.http.patch(`/api/v1/webhooks/${endpoint.id}`).send({ url: 'mailto:shop@example.com' }), 400);
    expectStatus(await testApp.http.get('/api/v1/webhooks/00000000-0000-4000-8000-000000000001'), 404);
    expectStatus(await testApp.http.get('/api/v1/webhooks/not-a-uuid'), 400);
  });

  it('sends each message once when two instances share the work', async () => {
    const another = await testApp.startAnotherInstance();
    try {
      const endpoint = await createEndpoint('/shared', ['order.placed']);
      const orders = [];
      for (let index = 0; index < 6; index += 1) {
        const instance = index % 2 === 0 ? testApp : another;
        orders.push((await instance.http.post('/api/v1/orders').send(orderRequest([camera])).expect(201)).body.id as string);
      }
      await receiver.waitFor('/shared', 6);
      await sleep(500);
      const requests = receiver.at('/shared');
      expect(requests.map((request) => verified(request, endpoint.secret).data.id).sort()).toEqual([...orders].sort());
      expect(new Set(requests.map((request) => request.headers['webhook-id'])).size).toBe(6);
    } finally {
      await another.close();
    }
  });

  it('deletes settled messages with their attempts once retention is due, never a pending one', async () => {
    receiver.answerAlways('/retained', { status: 500 });
    const failing = await createEndpoint('/retained', ['order.placed']);
    const delivered = await createEndpoint('/settled', ['order.placed']);
    const orderId = await placeOrder(testApp, freshDistrict(), [camera]);
    await receiver.waitFor('/settled', 1, ofOrder(orderId));
    await receiver.waitFor('/retained', 1, ofOrder(orderId));
    // Disabled after its first failure: its message stays pending, for as long as the test needs.
    expectStatus(await testApp.http.patch(`/api/v1/webhooks/${failing.id}`).send({ enabled: false }), 200);
    const [settled] = await eventually(
      () => deliveriesOf(delivered.id),
      (deliveries) => deliveries[0]?.status === 'delivered',
    );

    const repository = testApp.app.get(WebhookMessagesRepository);
    const inAMinute = new Date(Date.now() + 60_000);
    const deleted = await testApp.app.get(UnitOfWork).run((manager) => repository.deleteSettledBefore(inAMinute, 100, manager));
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await deliveriesOf(delivered.id)).toEqual([]);
    expect((await repository.attemptsOf([settled!.id])).get(settled!.id)).toEqual([]);
    // Still being retried: kept.
    expect((await deliveriesOf(failing.id)).map((delivery) => delivery.status)).toEqual(['pending']);
  });
});

describe('Webhook URLs outside development (e2e)', () => {
  let testApp: TestApp;
  let restoreEnvironment: () => void;

  beforeAll(async () => {
    restoreEnvironment = withEnvironment({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false', OUTBOX_POLL_INTERVAL_MS: '3600000' });
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
    restoreEnvironment();
  });

  it.each([
    ['plain http', 'http://shop.example.com/hooks', /https/],
    ['a loopback address', 'https://127.0.0.1:8443/hooks', /private, loopback or link-local/],
    ['a name resolving to loopback', 'https://localhost/hooks', /private, loopback or link-local/],
    ['the cloud metadata address', 'https://169.254.169.254/latest', /private, loopback or link-local/],
    ['a private address', 'https://10.1.2.3/hooks', /private, loopback or link-local/],
    ['an IPv6 loopback', 'https://[::1]/hooks', /private, loopback or link-local/],
  ])('refuses %s, naming url', async (_case, url, message) => {
    const response = expectStatus(await testApp.http.post('/api/v1/webhooks').send({ url, events: ['order.placed'] }), 400);
    expect(response.body.errors).toEqual([{ field: 'url', message: expect.stringMatching(message) }]);
  });

  it('checks the URL again before sending: a name that now resolves to a private address is not called', async () => {
    const receiver = new WebhookReceiver();
    await receiver.start();
    try {
      // Saved while it resolved elsewhere (the check at saving is bypassed here): what DNS rebinding does.
      const endpoint = testApp.app.get(WebhooksRepository).build({
        url: receiver.url('/rebound').replace('http:', 'https:'),
        description: null,
        events: ['order.placed'],
        ownerApiKeyId: null,
        enabled: true,
        secretSealed: testApp.app.get(SecretBox).seal(newSigningSecret()),
      });
      await testApp.app.get(UnitOfWork).run((manager) => testApp.app.get(WebhooksRepository).save(endpoint, manager));
      const camera = await createProduct(testApp.http);
      await placeOrder(testApp, freshDistrict(), [camera]);

      const [delivery] = await (async () => {
        const deadline = Date.now() + 10_000;
        for (;;) {
          const items = expectStatus(await testApp.http.get(`/api/v1/webhooks/${endpoint.id}/deliveries`), 200).body.items as Delivery[];
          if (items[0]?.attempts.length || Date.now() > deadline) return items;
          await sleep(30);
        }
      })();
      expect(delivery!.attempts[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/^not sent: url must not resolve to a private, loopback or link-local address/) });
      expect(delivery!.status).toBe('pending');
      expect(receiver.received).toEqual([]);
    } finally {
      await receiver.stop();
    }
  });

  it('accepts an https URL with a public address, and refuses to change it to a private one', async () => {
    const created = expectStatus(await testApp.http.post('/api/v1/webhooks').send({ url: 'https://93.184.216.34/hooks', events: ['order.placed'] }), 201).body;
    const response = expectStatus(await testApp.http.patch(`/api/v1/webhooks/${created.id}`).send({ url: 'https://192.168.0.10/hooks' }), 400);
    expect(response.body.errors).toEqual([{ field: 'url', message: expect.stringMatching(/private/) }]);
    expect(created.secret).toMatch(/^whsec_/);
  });
});
