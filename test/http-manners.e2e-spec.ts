import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { rawGet } from './support/raw-get';
import { TestApp, createTestApp } from './support/test-app';

const ORIGIN = 'https://admin.vision.example';

/** Issue 13, item 5: CORS preflight, Cache-Control on credentials and tokens, 405 with Allow. Compression. */
describe('HTTP manners (e2e)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    process.env.CORS_ORIGINS = ORIGIN;
    try {
      testApp = await createTestApp();
    } finally {
      delete process.env.CORS_ORIGINS;
    }
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('CORS preflight from an allowed origin', () => {
    it.each(['PATCH', 'DELETE', 'POST', 'GET'])('allows %s with the headers the API reads', async (method) => {
      const response = await testApp.anonymous
        .options(`/api/v1/customers/${randomUUID()}`)
        .set('Origin', ORIGIN)
        .set('Access-Control-Request-Method', method)
        .set('Access-Control-Request-Headers', 'authorization, content-type, idempotency-key, x-api-key, x-request-id');
      expect(response.status).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBe(ORIGIN);
      const methods = String(response.headers['access-control-allow-methods']).split(/,\s*/);
      expect(methods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS']));
      const headers = String(response.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
      expect(headers).toEqual(expect.arrayContaining(['authorization', 'content-type', 'idempotency-key', 'x-api-key', 'x-request-id']));
    });

    it('lets the browser PATCH and DELETE for real', async () => {
      const created = (
        await testApp.http
          .post('/api/v1/customers')
          .set('Origin', ORIGIN)
          .send({ name: 'Cors Customer', email: 'cors@example.com', phone: '020 7946 0958', address: { line1: '1 Road', city: 'London', postcode: 'NW1 6XE' } })
          .expect(201)
      ).body;
      const patched = await testApp.http.patch(`/api/v1/customers/${created.id}`).set('Origin', ORIGIN).send({ name: 'Renamed' }).expect(200);
      expect(patched.headers['access-control-allow-origin']).toBe(ORIGIN);
      const deleted = await testApp.http.delete(`/api/v1/customers/${created.id}`).set('Origin', ORIGIN).expect(204);
      expect(deleted.headers['access-control-allow-origin']).toBe(ORIGIN);
    });

    it('gives no CORS headers to another origin', async () => {
      const response = await testApp.anonymous
        .options('/api/v1/customers')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'DELETE');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('Cache-Control', () => {
    it('is no-store on token responses: sign-in and refresh', async () => {
      const login = await testApp.anonymous.post('/api/v1/auth/login').send({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }).expect(200);
      expect(login.headers['cache-control']).toBe('no-store');
      const refreshed = await testApp.anonymous.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
      expect(refreshed.headers['cache-control']).toBe('no-store');
    });

    it('is no-store on authenticated responses, for staff and the web shop, success or error', async () => {
      const shop = await testApp.withApiKey();
      const responses = [
        await testApp.http.get('/api/v1/auth/me').expect(200),
        await testApp.http.get('/api/v1/customers').expect(200),
        await testApp.http.get(`/api/v1/customers/${randomUUID()}`).expect(404),
        await shop.http.get('/api/v1/orders').expect(200),
        await testApp.anonymous.get('/api/v1/customers').expect(401),
      ];
      for (const response of responses) expect(response.headers['cache-control']).toBe('no-store');
    });

    it('leaves the health probes alone', async () => {
      const live = await testApp.anonymous.get('/health/live').expect(200);
      expect(live.headers['cache-control']).not.toBe('no-store');
    });
  });

  describe('an unsupported method on a known path', () => {
    it.each([
      ['PUT', '/api/v1/customers', 'GET, HEAD, POST'],
      ['POST', `/api/v1/customers/${randomUUID()}`, 'DELETE, GET, HEAD, PATCH'],
      ['DELETE', '/api/v1/orders', 'GET, HEAD, POST'],
      ['GET', `/api/v1/orders/${randomUUID()}/cancel`, 'POST'],
      ['PATCH', '/api/v1/auth/login', 'POST'],
    ])('%s %s is a 405 with Allow: %s', async (method, path, allow) => {
      const response = await testApp.http[method.toLowerCase() as 'put'](path).send({});
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe(allow);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED', allowed: allow.split(', ') });
    });

    it('is a 405 for anonymous callers too, before any credentials are checked', async () => {
      const response = await testApp.anonymous.put('/api/v1/customers').send({});
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD, POST');
    });

    it('keeps a 404 for an unknown path', async () => {
      const response = await testApp.http.get('/api/v1/no-such-thing').expect(404);
      expect(response.headers.allow).toBeUndefined();
      expect(response.body.code).not.toBe('METHOD_NOT_ALLOWED');
    });

    it('still answers HEAD on a GET route', async () => {
      await testApp.http.head('/api/v1/customers').expect(200);
    });
  });
  describe('compression', () => {
    const fetchDocument = (acceptEncoding: string) => rawGet(testApp.app.getHttpServer() as Server, '/docs-json', acceptEncoding);

    it('sends a large answer in brotli to a client that accepts it, else in gzip, else whole, the same bytes each time', async () => {
      const whole = await fetchDocument('identity');
      expect(whole.headers['content-encoding']).toBeUndefined();
      const brotli = await fetchDocument('gzip, deflate, br');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(brotli.body).equals(whole.body)).toBe(true);
      expect((brotli.body).length).toBeLessThan((whole.body).length / 4);
      // Compressed in one go, not streamed: sent with its length, and caches told it varies.
      expect(brotli.headers['content-length']).toBe(String(brotli.body.length));
      expect(brotli.headers.vary).toMatch(/accept-encoding/i);
      const gzip = await fetchDocument('gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(whole.body)).toBe(true);
    });

    it('leaves answers under the threshold alone', async () => {
      const response = await rawGet(testApp.app.getHttpServer() as Server, '/health/live', 'br, gzip');
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(response.body.toString('utf8'))).toMatchObject({ status: 'ok' });
    });
  });
});
