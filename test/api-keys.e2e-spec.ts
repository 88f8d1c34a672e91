import { DataSource } from 'typeorm';
import { ProductFixture, createProduct, orderRequest } from './support/fixtures';
import { TestApp, createTestApp } from './support/test-app';

const API_KEYS = '/api/v1/api-keys';
const ORDERS = '/api/v1/orders';

describe('API keys for the web shop (e2e)', () => {
  let testApp: TestApp;
  let product: ProductFixture;

  beforeAll(async () => {
    testApp = await createTestApp();
    product = await createProduct(testApp.http);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('an admin creates a key, shown once; only a SHA-256 digest is stored', async () => {
    const { body } = await testApp.http.post(API_KEYS).send({ name: ' Web shop ' }).expect(201);
    expect(body).toEqual({
      id: expect.any(String),
      name: 'Web shop',
      prefix: body.key.slice(0, 12),
      createdBy: testApp.admin.id,
      revokedAt: null,
      createdAt: expect.any(String),
      key: expect.stringMatching(/^vtk_[A-Za-z0-9_-]{43}$/),
    });
    const listed = (await testApp.http.get(API_KEYS).expect(200)).body.find((apiKey: { id: string }) => apiKey.id === body.id);
    expect(listed).not.toHaveProperty('key');
    const stored = await testApp.app.get(DataSource).createQueryBuilder().select('key.key_hash', 'hash').from('api_keys', 'key').getRawMany();
    expect(stored.map((row) => row.hash)).toContainEqual(expect.stringMatching(/^[0-9a-f]{64}$/));
    expect(JSON.stringify(stored)).not.toContain(body.key);
  });

  it('places orders and reads back its own, and no one else’s', async () => {
    const shop = await testApp.withApiKey();
    const otherShop = await testApp.withApiKey();
    const { body: order } = await shop.http.post(ORDERS).send(orderRequest([product])).expect(201);
    const { body: staffOrder } = await testApp.http.post(ORDERS).send(orderRequest([product])).expect(201);

    await shop.http.get(`${ORDERS}/${order.id}`).expect(200);
    expect((await otherShop.http.get(`${ORDERS}/${order.id}`).expect(404)).body.code).toBe('ORDER_NOT_FOUND');
    await shop.http.get(`${ORDERS}/${staffOrder.id}`).expect(404);
    const { body: page } = await shop.http.get(ORDERS).expect(200);
    expect(page.items.map((item: { id: string }) => item.id)).toEqual([order.id]);
    expect((await otherShop.http.get(ORDERS).expect(200)).body.items).toEqual([]);
    await testApp.http.get(`${ORDERS}/${order.id}`).expect(200);
  });

  it('may do nothing else: other operations are 403', async () => {
    const shop = await testApp.withApiKey();
    const { body: order } = await shop.http.post(ORDERS).send(orderRequest([product])).expect(201);
    for (const call of [
      shop.http.get('/api/v1/products'),
      shop.http.post(`${ORDERS}/${order.id}/cancel`).send({ reason: 'Changed my mind' }),
      shop.http.get('/api/v1/auth/me'),
      shop.http.post(API_KEYS).send({ name: 'Escalation' }),
    ]) {
      expect((await call.expect(403)).body.code).toBe('ACCESS_DENIED');
    }
  });

  it('cannot replay another client’s Idempotency-Key, and learns nothing about that order', async () => {
    const shop = await testApp.withApiKey();
    const otherShop = await testApp.withApiKey();
    const body = orderRequest([product]);
    await shop.http.post(ORDERS).set('Idempotency-Key', 'shop-order-1').send(body).expect(201);
    await shop.http.post(ORDERS).set('Idempotency-Key', 'shop-order-1').send(body).expect(201);
    const { body: problem } = await otherShop.http.post(ORDERS).set('Idempotency-Key', 'shop-order-1').send(body).expect(409);
    expect(problem.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(problem).not.toHaveProperty('orderId');
  });

  it('a revoked or unknown key is a 401', async () => {
    const shop = await testApp.withApiKey();
    await shop.http.get(ORDERS).expect(200);
    await testApp.http.delete(`${API_KEYS}/${shop.id}`).expect(204);
    await testApp.http.delete(`${API_KEYS}/${shop.id}`).expect(204);
    expect((await shop.http.get(ORDERS).expect(401)).body.code).toBe('AUTHENTICATION_REQUIRED');
    await testApp.anonymous.get(ORDERS).set('X-Api-Key', 'vtk_never-issued').expect(401);
    await testApp.http.delete(`${API_KEYS}/00000000-0000-4000-8000-0000000000ff`).expect(404);
  });
});
