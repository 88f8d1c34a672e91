import { createProduct, orderRequest } from './support/fixtures';
import { TestApp, createTestApp } from './support/test-app';

const fields = (response: { body: { errors?: Array<{ field: string }> } }) => (response.body.errors ?? []).map((error) => error.field);

function nested(depth: number): string {
  return `{"email":${'['.repeat(depth)}1${']'.repeat(depth)},"password":"x"}`;
}

describe('Input defence in layers (e2e)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('the body parser', () => {
    it('refuses bodies nested deeper than 32 levels with 400 BODY_TOO_DEEP, the sign-in included', async () => {
      for (const depth of [40, 5_000]) {
        const response = await testApp.anonymous.post('/api/v1/auth/login').set('content-type', 'application/json').send(nested(depth)).expect(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({ code: 'BODY_TOO_DEEP', limit: 32, errors: [{ field: 'body' }] });
      }
      // Brackets inside strings are text, not nesting.
      const text = await testApp.http.post('/api/v1/customers').send({ name: '['.repeat(100) }).expect(400);
      expect(text.body.code).toBe('VALIDATION_FAILED');
    });

    it('still reads 32 levels', async () => {
      const response = await testApp.anonymous.post('/api/v1/auth/login').set('content-type', 'application/json').send(nested(31)).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('control characters', () => {
    it.each(['\u0000', '\u0007', '\u001b', '\u007f', '\u0085'])('refuses %j in a body string and a query string, naming the field', async (control) => {
      const body = await testApp.http.post('/api/v1/customers').send({ name: `Jane${control}`, email: 'jane@example.com' }).expect(400);
      expect(fields(body)).toContain('name');
      const query = await testApp.http.get('/api/v1/customers').query({ q: `ja${control}ne` }).expect(400);
      expect(fields(query)).toEqual(['q']);
    });

    it('names nested fields and keys, and refuses NUL on sign-in before any lookup', async () => {
      const product = await createProduct(testApp.http);
      const order = orderRequest([product]);
      const response = await testApp.http
        .post('/api/v1/orders')
        .send({ ...order, vehicle: { ...(order.vehicle as object), make: 'Fo\u0000rd' } })
        .expect(400);
      expect(fields(response)).toContain('vehicle.make');
      const key = await testApp.http.patch('/api/v1/settings').send({ 'time\u0000zone': 'UTC' }).expect(400);
      expect(fields(key)).toEqual(['time\\u0000zone']);
      const login = await testApp.anonymous.post('/api/v1/auth/login').send({ email: 'a\u0000@example.com', password: 'x' }).expect(400);
      expect(fields(login)).toEqual(['email']);
    });

    it('lets body text keep tabs and line breaks, but not a query string or path', async () => {
      const created = await testApp.http.post('/api/v1/products').send({
        sku: 'NL-1',
        name: 'Line\tbreaks',
        description: 'first line\r\nsecond line',
        category: 'dashcam',
        priceMinor: 1,
        currency: 'GBP',
        requiresInstallation: false,
      });
      expect(created.status).toBe(201);
      expect(created.body.description).toBe('first line\r\nsecond line');
      expect(fields(await testApp.http.get('/api/v1/products').query({ q: 'a\nb' }).expect(400))).toEqual(['q']);
      expect(fields(await testApp.http.get('/api/v1/products/%00').expect(400))).toEqual(['id']);
    });
  });

  describe('JSON types and null', () => {
    it('names an unknown field whose name is empty', async () => {
      const response = await testApp.http.patch('/api/v1/settings').send({ '': 1 }).expect(400);
      expect(fields(response)).toEqual(['""']);
    });

    it('refuses a body that is not an object', async () => {
      for (const body of ['[]', 'null', '"text"', '1']) {
        const response = await testApp.http.patch('/api/v1/settings').set('content-type', 'application/json').send(body).expect(400);
        expect(fields(response)).toEqual(['body']);
      }
    });

    it('refuses an array where an object is expected and non-objects in a list, by path', async () => {
      const array = await testApp.http.patch('/api/v1/settings').send({ defaultWorkingHours: [] }).expect(400);
      expect(fields(array)).toEqual(['defaultWorkingHours']);
      const items = await testApp.http
        .patch('/api/v1/settings')
        .send({ defaultWorkingHours: { monday: [1, null, { start: 9, end: '17:00' }, 'x'] } })
        .expect(400);
      expect(fields(items)).toEqual(expect.arrayContaining(['defaultWorkingHours.monday.0', 'defaultWorkingHours.monday.1', 'defaultWorkingHours.monday.3']));
      const engineer = await testApp.http
        .post('/api/v1/engineers')
        .send({ name: 'E', email: 'e@example.com', phone: '+44 20 7946 0001', skills: ['dashcam'], areas: ['SW'], workingHours: { monday: [{ start: 2147483647, end: '09:00' }] } })
        .expect(400);
      expect(fields(engineer)).toContain('workingHours.monday.0.start');
    });

    it('accepts null only where the document says nullable', async () => {
      for (const field of ['slotMinutes', 'timezone', 'defaultWorkingHours']) {
        const response = await testApp.http.patch('/api/v1/settings').send({ [field]: null }).expect(400);
        expect(fields(response)).toEqual([field]);
      }
      const product = await createProduct(testApp.http);
      for (const field of ['name', 'priceMinor', 'active', 'installMinutes']) {
        const response = await testApp.http.patch(`/api/v1/products/${product.id}`).send({ [field]: null }).expect(400);
        expect(fields(response)).toEqual([field]);
      }
      const cleared = await testApp.http.patch(`/api/v1/products/${product.id}`).send({ description: null }).expect(200);
      expect(cleared.body.description).toBeNull();
    });
  });

  describe('dates, cursors and money', () => {
    it.each(['2026-02-30T00:00:00Z', '1767000000000', '2026-11-01', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59-14:00'])(
      'refuses %s as a date filter',
      async (date) => {
        expect(fields(await testApp.http.get('/api/v1/orders').query({ from: date }).expect(400))).toEqual(['from']);
        expect(fields(await testApp.http.get('/api/v1/bookings').query({ to: date }).expect(400))).toEqual(['to']);
      },
    );

    it.each([
      ['a date out of range', ['+275760-09-13T00:00:00.000Z', '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c']],
      ['year 0', ['0000-01-01T00:00:00.000Z', '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c']],
      ['a number', [0, '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c']],
    ])('refuses a cursor holding %s', async (_case, position) => {
      const cursor = Buffer.from(JSON.stringify(position)).toString('base64url');
      for (const path of ['/api/v1/orders', '/api/v1/customers', '/api/v1/admin/events']) {
        expect(fields(await testApp.http.get(path).query({ cursor }).expect(400))).toEqual(['cursor']);
      }
    });

    it('refuses an order whose total would overflow its integer column, with 422 ORDER_TOTAL_TOO_LARGE', async () => {
      const product = await createProduct(testApp.http, { priceMinor: 2_147_483_647, requiresInstallation: false, installMinutes: 0 });
      const request = orderRequest([product]);
      const response = await testApp.http
        .post('/api/v1/orders')
        .send({ ...request, items: [{ productId: product.id, quantity: 2 }] })
        .expect(422);
      expect(response.body).toMatchObject({ code: 'ORDER_TOTAL_TOO_LARGE', errors: [{ field: 'items' }] });
      await testApp.http.post('/api/v1/orders').send(request).expect(201);
    });
  });
});
