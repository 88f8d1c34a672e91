import { withEnvironment } from './support/environment';
import { TestApp, createTestApp } from './support/test-app';

describe('HTTP hardening (e2e)', () => {
  const ALLOWED_ORIGIN = 'https://admin.vision-telematics.example';
  let testApp: TestApp;
  let restore: () => void;

  beforeAll(async () => {
    restore = withEnvironment({ CORS_ORIGINS: `${ALLOWED_ORIGIN}, http://localhost:5173`, BODY_LIMIT: '2kb' });
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
    restore();
  });

  it('sends helmet’s security headers and hides the framework', async () => {
    for (const path of ['/api/v1/settings', '/health/live']) {
      const { headers } = await testApp.http.get(path).expect(200);
      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': expect.stringContaining('max-age='),
        'content-security-policy': expect.stringContaining("default-src 'self'"),
      });
      expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(headers['x-powered-by']).toBeUndefined();
    }
  });

  it('still serves the Swagger UI under the content security policy', async () => {
    const response = await testApp.anonymous.get('/docs').expect(200);
    expect(response.text).not.toMatch(/<script>(?!\s*<\/script>)/);
    await testApp.anonymous.get('/docs/swagger-ui-init.js').expect(200);
  });

  it('lets browsers call from the configured origins only', async () => {
    const preflight = (origin: string) =>
      testApp.anonymous
        .options('/api/v1/orders')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type,idempotency-key');
    const allowed = await preflight(ALLOWED_ORIGIN).expect(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers['access-control-allow-headers']).toMatch(/Authorization/);
    const refused = await preflight('https://evil.example');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();

    const read = await testApp.http.get('/api/v1/settings').set('Origin', ALLOWED_ORIGIN).expect(200);
    expect(read.headers['access-control-expose-headers']).toMatch(/X-Request-Id/);
  });

  it('refuses a body over the size limit with a 413 problem before it reaches a handler', async () => {
    const response = await testApp.http
      .post('/api/v1/customers')
      .send({ name: 'x'.repeat(3000) })
      .expect(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers every failure, even one the router rejects, as a problem carrying the x-request-id', async () => {
    const failures = [
      testApp.anonymous.get('/api/v1/nothing-here').expect(404),
      testApp.anonymous.get('/api/v1/orders/%E0%A4%A').expect(400),
      testApp.http.post('/api/v1/customers').send({ name: 'x'.repeat(3000) }).expect(413),
      testApp.http.post('/api/v1/customers').set('content-type', 'application/xml').send('<customer/>').expect(415),
    ];
    for (const response of await Promise.all(failures)) {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['x-request-id']).toEqual(expect.any(String));
      expect(response.body.requestId).toBe(response.headers['x-request-id']);
    }
  });

  it('reads an empty body sent as JSON as no body, for clients that always send the content type', async () => {
    const response = await testApp.http.post('/api/v1/customers').set('content-type', 'application/json').expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('Global rate limit (e2e)', () => {
  const LIMIT = 20;
  let testApp: TestApp;
  let restore: () => void;

  beforeAll(async () => {
    restore = withEnvironment({ RATE_LIMIT_MAX: String(LIMIT) });
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
    restore();
  });

  it('answers 429 with Retry-After once a client address has used up its requests; health probes are exempt', async () => {
    let response = await testApp.http.get('/api/v1/settings');
    // Signing in the admin already used some of the window.
    for (let sent = 1; response.status !== 429 && sent <= LIMIT; sent += 1) {
      expect(response.status).toBe(200);
      response = await testApp.http.get('/api/v1/settings');
    }
    expect(response.status).toBe(429);
    expect(response.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    await testApp.anonymous.get('/health/live').expect(200);
  });
});
