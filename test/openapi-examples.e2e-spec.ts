import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { INLINE_CUSTOMER, VEHICLE, createProduct, expectStatus, orderRequest } from './support/fixtures';
import { createEngineer, freshDistrict } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';

interface ExampleHolder {
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  schema?: { example?: unknown };
}

/** A parameter's example, on the parameter or in its schema. */
const exampleOfParameter = (parameter: Parameter): unknown => parameter.example ?? parameter.schema?.example;

interface DocumentedOperation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, ExampleHolder> };
  responses: Record<string, { content?: Record<string, ExampleHolder> }>;
}

/** The main flows of the admin UI and the web shop: each shows a request and a response example. */
const MAIN_FLOWS = ['login', 'placeOrder', 'placeOrderV2', 'getBookingAvailability', 'createBooking', 'completeService'];

function exampleOf(holder: ExampleHolder | undefined): unknown {
  return holder?.example ?? Object.values(holder?.examples ?? {})[0]?.value;
}

/** Where `actual` differs from `documented` in shape: the keys at every depth and the JSON types (null stands for any type). */
function shapeDifferences(documented: unknown, actual: unknown, path = '$'): string[] {
  if (documented === null || actual === null) return [];
  if (Array.isArray(documented) || Array.isArray(actual)) {
    if (!Array.isArray(documented) || !Array.isArray(actual)) return [`${path}: array in one, not the other`];
    return documented.length > 0 && actual.length > 0 ? shapeDifferences(documented[0], actual[0], `${path}[0]`) : [];
  }
  if (typeof documented !== typeof actual) return [`${path}: ${typeof documented} documented, ${typeof actual} answered`];
  if (typeof documented !== 'object') return [];
  const documentedKeys = Object.keys(documented as object);
  const actualKeys = Object.keys(actual as object);
  return [
    ...actualKeys.filter((key) => !documentedKeys.includes(key)).map((key) => `${path}.${key}: answered, not in the example`),
    ...documentedKeys.filter((key) => !actualKeys.includes(key)).map((key) => `${path}.${key}: in the example, not answered`),
    ...documentedKeys
      .filter((key) => actualKeys.includes(key))
      .flatMap((key) => shapeDifferences((documented as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${path}.${key}`)),
  ];
}

/**
 * Issue 15, item 7: the main flows have request and response examples, and they are true: each
 * request example is valid input (never a 400), and each response example has the shape the
 * server answers the flow with.
 */
describe('OpenAPI examples of the main flows (e2e)', () => {
  let testApp: TestApp;
  let operations: Map<string, DocumentedOperation & { method: string; path: string }>;
  const answered = new Map<string, unknown>();

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    const document = (await testApp.http.get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, DocumentedOperation & { operationId: string }>> };
    operations = new Map(
      Object.entries(document.paths).flatMap(([path, item]) =>
        Object.entries(item).map(([method, operation]) => [operation.operationId, { ...operation, method, path }] as const),
      ),
    );

    // Every flow once, as a client would, to compare the answers with the examples.
    const login = await testApp.anonymous.post('/api/v1/auth/login').send({ email: testApp.admin.email, password: process.env.ADMIN_PASSWORD });
    answered.set('login', expectStatus(login, 200).body);
    const tracker = await createProduct(testApp.http, { category: 'tracker', installMinutes: 60, identifiers: ['imei'] });
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district, { skills: ['tracker'] });
    const address = { line1: '2 Mill Lane', city: 'Leeds', postcode: `${district} 1AA` };
    answered.set('placeOrder', expectStatus(await testApp.http.post('/api/v1/orders').send(orderRequest([tracker], { installationAddress: address })), 201).body);
    const v2 = {
      customer: { ...INLINE_CUSTOMER, email: 'fleet.examples@example.com' },
      installationAddress: address,
      vehicles: [{ vehicle: { ...VEHICLE, registration: 'EX12 AMP' }, items: [{ productId: tracker.id, quantity: 1 }] }],
    };
    const order = expectStatus(await testApp.http.post('/api/v2/orders').send(v2), 201).body as { id: string };
    answered.set('placeOrderV2', order);
    await testApp.app.get(OutboxDispatcher).dispatchDue();
    const window = { orderId: order.id, from: '2030-01-07T00:00:00.000Z', to: '2030-01-08T00:00:00.000Z' };
    answered.set('getBookingAvailability', expectStatus(await testApp.http.get('/api/v1/bookings/availability').query(window), 200).body);
    const start = '2030-01-07T09:00:00.000Z';
    const booking = expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId: order.id, engineerId: engineer.id, start }), 201).body as {
      serviceIds: string[];
    };
    answered.set('createBooking', booking);
    testApp.clock.travelTo(start);
    const serviceId = booking.serviceIds[0]!;
    expectStatus(await testApp.http.post(`/api/v1/services/${serviceId}/start`), 200);
    const completed = await testApp.http.post(`/api/v1/services/${serviceId}/complete`).send({ devices: [{ productId: tracker.id, imei: '356938035643809' }] });
    answered.set('completeService', expectStatus(completed, 200).body);
  });

  afterAll(async () => {
    await testApp.close();
    delete process.env.OUTBOX_POLL_INTERVAL_MS;
  });

  it.each(MAIN_FLOWS)('%s: documents a request example that the server takes as valid input', async (operationId) => {
    const operation = operations.get(operationId)!;
    const path = operation.path.replace(/\{[^}]+\}/g, '3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f');
    const request = testApp.http[operation.method as 'get' | 'post'](path);
    if (operation.requestBody) {
      const example = exampleOf(operation.requestBody.content['application/json']);
      expect(example).toBeDefined();
      // Its ids name nothing here: a 404 or 422 is fine, a 400 would mean the example is not valid input.
      expect((await request.send(example as object)).status).not.toBe(400);
    } else {
      const required = (operation.parameters ?? []).filter((parameter) => parameter.required);
      expect(required.length).toBeGreaterThan(0);
      expect(required.filter((parameter) => exampleOfParameter(parameter) === undefined).map((parameter) => parameter.name)).toEqual([]);
      const query = Object.fromEntries(
        (operation.parameters ?? [])
          .filter((parameter) => exampleOfParameter(parameter) !== undefined)
          .map((parameter) => [parameter.name, String(exampleOfParameter(parameter))]),
      );
      expect((await request.query(query)).status).not.toBe(400);
    }
  });

  it.each(MAIN_FLOWS)('%s: documents a response example of the shape the server answers', (operationId) => {
    const operation = operations.get(operationId)!;
    const [, success] = Object.entries(operation.responses).find(([status]) => status.startsWith('2'))!;
    const example = exampleOf(success.content?.['application/json']);
    const actual = answered.get(operationId);
    if (example === undefined) console.log(operationId, JSON.stringify(actual, null, 2));
    expect({ operationId, documented: example === undefined ? 'no example' : shapeDifferences(example, actual) }).toEqual({ operationId, documented: [] });
  });
});
