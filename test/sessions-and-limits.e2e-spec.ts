/**
 * Issue 13, items 2 and 3: rate limits per client across routes and instances, and sessions
 * that end at once on every instance. The two-instance tests share the Redis at TEST_REDIS_URL
 * (test/jest/e2e-environment.js defaults it to this machine's; .ci/run starts it), each app
 * under a key prefix of its own, so test files running side by side never share counters.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { DEVELOPMENT_JWT_SECRET } from '../src/config/environment.schema';
import { withEnvironment } from './support/environment';
import { TEST_PASSWORD, TestApp, createTestApp, signIn } from './support/test-app';
import { twoInstancesSharingRedis } from './support/two-instances';

const LOGIN = '/api/v1/auth/login';
const REFRESH = '/api/v1/auth/refresh';
const LOGOUT = '/api/v1/auth/logout';
const ME = '/api/v1/auth/me';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** An HS256 token signed with the tests' key, with exactly these claims. */
function signedToken(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iss: 'vision-telematics', aud: 'vision-telematics-api', ...claims })}`;
  return `${unsigned}.${createHmac('sha256', DEVELOPMENT_JWT_SECRET).update(unsigned).digest('base64url')}`;
}

function claimsOf(accessToken: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
}

/** Polls until the request answers `status`; returns how long it took (ms). */
async function within(ms: number, status: number, send: () => Promise<{ status: number }>): Promise<number> {
  const started = Date.now();
  for (;;) {
    const response = await send();
    if (response.status === status) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`still ${response.status}, not ${status}, after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Global rate limit across routes (e2e)', () => {
  const LIMIT = 20;
  let testApp: TestApp;
  let restore: () => void;

  beforeAll(async () => {
    restore = withEnvironment({ RATE_LIMIT_MAX: String(LIMIT) });
    testApp = await createTestApp();
  });

  afterAll(async () => {
    try {
      await testApp?.close();
    } finally {
      restore();
    }
  });

  it('counts a client’s requests to every route together: once one route used them up, the others answer 429', async () => {
    let response = await testApp.http.get('/api/v1/settings');
    for (let sent = 1; response.status !== 429 && sent <= LIMIT; sent += 1) response = await testApp.http.get('/api/v1/settings');
    expect(response.status).toBe(429);
    for (const other of [testApp.http.get(ME), testApp.http.get('/api/v1/products'), testApp.anonymous.post(LOGIN).send({ email: 'a@e2e.example', password: 'x' })]) {
      const refused = await other;
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    }
  });
});

describe('Sign-in limit per client address (e2e)', () => {
  const ADDRESS_LIMIT = 30;
  let testApp: TestApp;
  let restore: () => void;

  beforeAll(async () => {
    restore = withEnvironment({ LOGIN_ADDRESS_RATE_LIMIT_MAX: String(ADDRESS_LIMIT) });
    testApp = await createTestApp();
  });

  afterAll(async () => {
    try {
      await testApp?.close();
    } finally {
      restore();
    }
  });

  it('refuses the 31st attempt from one address within 15 minutes, each with a different e-mail', async () => {
    // The harness's admin sign-in was the first attempt.
    for (let attempt = 2; attempt <= ADDRESS_LIMIT; attempt += 1) {
      await testApp.anonymous.post(LOGIN).send({ email: `spray.${attempt}@e2e.example`, password: 'Winter2026!' }).expect(401);
    }
    const refused = await testApp.anonymous.post(LOGIN).send({ email: 'admin@e2e.example', password: process.env.ADMIN_PASSWORD }).expect(429);
    expect(refused.body).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // Signed-in users go on.
    await testApp.http.get(ME).expect(200);
  });
});

describe('Sessions end when they end (e2e)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('access tokens name their session', async () => {
    const user = await testApp.signInAs('dispatcher');
    const claims = claimsOf(user.accessToken);
    expect(claims).toMatchObject({ sub: user.id, sid: expect.stringMatching(/^[0-9a-f-]{36}$/), exp: expect.any(Number) });
    const { body: next } = await testApp.anonymous.post(REFRESH).send({ refreshToken: user.refreshToken }).expect(200);
    expect(claimsOf(next.accessToken).sid).toBe(claims.sid);
  });

  it('after logout the session’s access token is refused at once; the user’s other sessions go on', async () => {
    const user = await testApp.signInAs('dispatcher');
    const other = await signIn(testApp.app, user.email, TEST_PASSWORD);
    await user.http.get(ME).expect(200);
    await user.http.post(LOGOUT).send({ refreshToken: user.refreshToken }).expect(204);
    expect((await user.http.get(ME).expect(401)).body.code).toBe('AUTHENTICATION_REQUIRED');
    await other.http.get(ME).expect(200);
  });

  it('a reused refresh token ends the session: its access tokens, old and new, are refused', async () => {
    const user = await testApp.signInAs('dispatcher');
    const { body: next } = await testApp.anonymous.post(REFRESH).send({ refreshToken: user.refreshToken }).expect(200);
    await testApp.anonymous.get(ME).set(bearer(next.accessToken)).expect(200);
    await testApp.anonymous.post(REFRESH).send({ refreshToken: user.refreshToken }).expect(401);
    await testApp.anonymous.get(ME).set(bearer(next.accessToken)).expect(401);
    await user.http.get(ME).expect(401);
  });

  it('a deactivated user is refused', async () => {
    const user = await testApp.signInAs('dispatcher');
    await user.http.get(ME).expect(200);
    await testApp.http.delete(`/api/v1/users/${user.id}`).expect(204);
    await user.http.get(ME).expect(401);
  });

  it('refuses a token without exp, and one whose sub or sid is not a UUID, with 401', async () => {
    const { sub, ver, sid } = claimsOf(testApp.admin.accessToken);
    const now = Math.floor(Date.now() / 1000);
    const valid = signedToken({ sub, ver, sid, iat: now, exp: now + 600 });
    await testApp.anonymous.get(ME).set(bearer(valid)).expect(200);
    for (const token of [
      signedToken({ sub, ver, sid, iat: now }),
      signedToken({ sub: 'admin', ver, sid, iat: now, exp: now + 600 }),
      signedToken({ sub: `${String(sub)}'--`, ver, sid, iat: now, exp: now + 600 }),
      signedToken({ sub: 42, ver, sid, iat: now, exp: now + 600 }),
      signedToken({ sub, ver, sid: 'session', iat: now, exp: now + 600 }),
      signedToken({ sub, ver, iat: now, exp: now + 600 }),
      signedToken({ sub: randomUUID(), ver, sid, iat: now, exp: now + 600 }),
    ]) {
      const { body } = await testApp.anonymous.get(ME).set(bearer(token)).expect(401);
      expect(body.code).toBe('AUTHENTICATION_REQUIRED');
    }
  });
});

describe('Two instances sharing Redis: the rate limit (e2e)', () => {
  const LIMIT = 30;
  const instances = twoInstancesSharingRedis({ RATE_LIMIT_MAX: String(LIMIT) });

  it('counts a client’s requests on both instances together', async () => {
    let sent = 0;
    let response = await instances.testApp.http.get('/api/v1/settings');
    for (; response.status !== 429 && sent <= LIMIT; sent += 1) {
      expect(response.status).toBe(200);
      response = await (sent % 2 === 0 ? instances.other : instances.testApp).http.get('/api/v1/settings');
    }
    // The harness's sign-in used some of the window on the first instance; each instance alone would allow LIMIT.
    expect(response.status).toBe(429);
    expect(sent).toBeLessThan(LIMIT);
    await instances.other.http.get(ME).expect(429);
    await instances.testApp.http.get(ME).expect(429);
  });
});

describe('Two instances sharing Redis: user and session changes (e2e)', () => {
  // A cache that would outlive the test by far: only the announcement can clear it in time.
  const instances = twoInstancesSharingRedis({ USER_CACHE_TTL_SECONDS: '60' });

  it('a user deactivated on one instance is refused on the other within a second', async () => {
    const user = await instances.testApp.signInAs('dispatcher');
    await instances.other.anonymous.get(ME).set(bearer(user.accessToken)).expect(200);
    await instances.testApp.http.delete(`/api/v1/users/${user.id}`).expect(204);
    expect(await within(1000, 401, () => instances.other.anonymous.get(ME).set(bearer(user.accessToken)))).toBeLessThan(1000);
  });

  it('a role changed on one instance applies on the other within a second', async () => {
    const user = await instances.testApp.signInAs('admin');
    await instances.other.anonymous.get('/api/v1/users').set(bearer(user.accessToken)).expect(200);
    await instances.testApp.http.patch(`/api/v1/users/${user.id}`).send({ role: 'dispatcher' }).expect(200);
    await within(1000, 403, () => instances.other.anonymous.get('/api/v1/users').set(bearer(user.accessToken)));
  });

  it('a password reset on one instance ends the user’s sessions on the other within a second', async () => {
    const user = await instances.testApp.signInAs('dispatcher');
    await instances.other.anonymous.get(ME).set(bearer(user.accessToken)).expect(200);
    await instances.testApp.http.post(`/api/v1/users/${user.id}/password`).send({ password: 'another-new-password' }).expect(204);
    await within(1000, 401, () => instances.other.anonymous.get(ME).set(bearer(user.accessToken)));
  });

  it('a logout on one instance refuses the session’s access token on the other within a second', async () => {
    const user = await instances.testApp.signInAs('dispatcher');
    await instances.other.anonymous.get(ME).set(bearer(user.accessToken)).expect(200);
    await user.http.post(LOGOUT).send({ refreshToken: user.refreshToken }).expect(204);
    await within(1000, 401, () => instances.other.anonymous.get(ME).set(bearer(user.accessToken)));
  });
});
