import { JwtService } from '@nestjs/jwt';
import { performance } from 'node:perf_hooks';
import { TEST_PASSWORD, TestApp, createTestApp, signIn } from './support/test-app';

const LOGIN = '/api/v1/auth/login';
const REFRESH = '/api/v1/auth/refresh';
const ME = '/api/v1/auth/me';

describe('Authentication (e2e)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  describe('sign-in', () => {
    it('returns a bearer access token and a refresh token; /auth/me names the user', async () => {
      const { body } = await testApp.anonymous.post(LOGIN).send({ email: 'Admin@E2E.example ', password: process.env.ADMIN_PASSWORD }).expect(200);
      expect(body).toEqual({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 900,
        refreshToken: expect.any(String),
        refreshTokenExpiresAt: expect.any(String),
      });
      const me = await testApp.anonymous.get(ME).set(bearer(body.accessToken)).expect(200);
      expect(me.body).toEqual({
        id: testApp.admin.id,
        email: 'admin@e2e.example',
        name: 'E2E Admin',
        role: 'admin',
        engineerId: null,
        active: true,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('answers an unknown e-mail and a wrong password with the same 401', async () => {
      const dispatcher = await testApp.signInAs('dispatcher');
      const wrongPassword = await testApp.anonymous.post(LOGIN).send({ email: dispatcher.email, password: 'not-the-password' }).expect(401);
      const unknownEmail = await testApp.anonymous.post(LOGIN).send({ email: 'nobody@e2e.example', password: 'not-the-password' }).expect(401);
      const comparable = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
      expect(comparable(unknownEmail.body)).toEqual(comparable(wrongPassword.body));
      expect(wrongPassword.body).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: 'The e-mail address or password is wrong' });
    });

    it('takes about as long for an unknown e-mail as for a wrong password (both verify a hash)', async () => {
      const dispatcher = await testApp.signInAs('dispatcher');
      const timed = async (email: string) => {
        const started = performance.now();
        await testApp.anonymous.post(LOGIN).send({ email, password: 'not-the-password' }).expect(401);
        return performance.now() - started;
      };
      const wrongPassword: number[] = [];
      const unknownEmail: number[] = [];
      // Interleaved, so a busy moment of the machine slows both kinds alike.
      for (let attempt = 0; attempt < 7; attempt += 1) {
        wrongPassword.push(await timed(dispatcher.email));
        unknownEmail.push(await timed(`nobody.${attempt}@e2e.example`));
      }
      const median = (times: number[]) => times.sort((a, b) => a - b)[3]!;
      // Without the decoy hash an unknown e-mail answers in a small fraction of the time.
      expect(median(unknownEmail)).toBeGreaterThan(median(wrongPassword) / 3);
    });

    it('is a 400 naming the field when the body is incomplete', async () => {
      const { body } = await testApp.anonymous.post(LOGIN).send({ email: 'admin@e2e.example' }).expect(400);
      expect(body.errors.map((error: { field: string }) => error.field)).toContain('password');
    });
  });

  describe('brute force', () => {
    // LOGIN_RATE_LIMIT_MAX's default: attempts per e-mail and client address in 15 minutes.
    const LOGIN_LIMIT = 10;

    it('refuses sign-in for an e-mail after too many attempts from one address, with 429 and Retry-After', async () => {
      const target = await testApp.signInAs('dispatcher');
      for (let attempt = 2; attempt <= LOGIN_LIMIT; attempt += 1) {
        await testApp.anonymous.post(LOGIN).send({ email: target.email, password: `guess-${attempt}` }).expect(401);
      }
      const refused = await testApp.anonymous.post(LOGIN).send({ email: target.email, password: TEST_PASSWORD }).expect(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(900);

      // Other accounts are not locked out, and the user's session goes on.
      await signIn(testApp.app, (await testApp.signInAs('dispatcher')).email, TEST_PASSWORD);
      await target.http.get(ME).expect(200);
    });
  });

  describe('access tokens', () => {
    it('are required: no token is a 401 problem with WWW-Authenticate', async () => {
      const response = await testApp.anonymous.get('/api/v1/settings').expect(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 401, code: 'AUTHENTICATION_REQUIRED' });
    });

    it('refuses a tampered token', async () => {
      const [header, payload, signature] = testApp.admin.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      const forgedPayload = Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000001' })).toString('base64url');
      const flippedSignature = `${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
      for (const token of [`${header}.${forgedPayload}.${signature}`, `${header}.${payload}.${flippedSignature}`, 'not-a-jwt']) {
        const { body } = await testApp.anonymous.get(ME).set(bearer(token)).expect(401);
        expect(body.code).toBe('AUTHENTICATION_REQUIRED');
      }
    });

    it('refuses an expired token, one signed with another secret and an unsigned one', async () => {
      const jwt = testApp.app.get(JwtService);
      const expired = await jwt.signAsync({}, { subject: testApp.admin.id, expiresIn: -60 });
      const foreign = await jwt.signAsync({}, { subject: testApp.admin.id, secret: 'another-secret-that-is-at-least-32-chars' });
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${testApp.admin.accessToken.split('.')[1]}.`;
      for (const token of [expired, foreign, unsigned]) {
        await testApp.anonymous.get(ME).set(bearer(token)).expect(401);
      }
    });

    it('refuses a bearer token and an API key sent together', async () => {
      const { body } = await testApp.http.get(ME).set('X-Api-Key', 'vtk_anything').expect(401);
      expect(body.detail).toMatch(/not both/);
    });
  });

  describe('refresh tokens', () => {
    it('rotate: a refresh returns a new pair and revokes the token it used', async () => {
      const user = await testApp.signInAs('dispatcher');
      const { body: next } = await testApp.anonymous.post(REFRESH).send({ refreshToken: user.refreshToken }).expect(200);
      expect(next.refreshToken).not.toBe(user.refreshToken);
      await testApp.anonymous.get(ME).set(bearer(next.accessToken)).expect(200);
      const { body } = await testApp.anonymous.post(REFRESH).send({ refreshToken: next.refreshToken }).expect(200);
      expect(body.accessToken).toEqual(expect.any(String));
    });

    it('end the whole session when a used one comes back: it was copied', async () => {
      const user = await testApp.signInAs('dispatcher');
      const { body: next } = await testApp.anonymous.post(REFRESH).send({ refreshToken: user.refreshToken }).expect(200);
      const reuse = await testApp.anonymous.post(REFRESH).send({ refreshToken: user.refreshToken }).expect(401);
      expect(reuse.body.code).toBe('INVALID_REFRESH_TOKEN');
      await testApp.anonymous.post(REFRESH).send({ refreshToken: next.refreshToken }).expect(401);
    });

    it('stop working after logout, which is the user’s own session only', async () => {
      const user = await testApp.signInAs('engineer', { engineerId: await newEngineerId() });
      const other = await signIn(testApp.app, user.email, TEST_PASSWORD);
      await testApp.admin.http.post('/api/v1/auth/logout').send({ refreshToken: user.refreshToken }).expect(204);
      await user.http.post('/api/v1/auth/logout').send({ refreshToken: user.refreshToken }).expect(204);
      await testApp.anonymous.post(REFRESH).send({ refreshToken: user.refreshToken }).expect(401);
      await testApp.anonymous.post(REFRESH).send({ refreshToken: other.refreshToken }).expect(200);
    });

    it('are refused when unknown', async () => {
      await testApp.anonymous.post(REFRESH).send({ refreshToken: 'never-issued' }).expect(401);
    });
  });

  describe('deactivation and password resets', () => {
    it('a deactivated user’s access and refresh tokens stop working at once, and they cannot sign in', async () => {
      const user = await testApp.signInAs('dispatcher');
      await user.http.get(ME).expect(200);
      await testApp.http.delete(`/api/v1/users/${user.id}`).expect(204);
      expect((await user.http.get(ME).expect(401)).body.code).toBe('AUTHENTICATION_REQUIRED');
      await testApp.anonymous.post(REFRESH).send({ refreshToken: user.refreshToken }).expect(401);
      const login = await testApp.anonymous.post(LOGIN).send({ email: user.email, password: TEST_PASSWORD }).expect(401);
      expect(login.body.code).toBe('INVALID_CREDENTIALS');

      await testApp.http.patch(`/api/v1/users/${user.id}`).send({ active: true }).expect(200);
      await user.http.get(ME).expect(401);
      await signIn(testApp.app, user.email, TEST_PASSWORD);
    });

    it('a password reset ends existing sessions and the new password signs in', async () => {
      const user = await testApp.signInAs('dispatcher');
      await testApp.http.post(`/api/v1/users/${user.id}/password`).send({ password: 'a-brand-new-password' }).expect(204);
      await user.http.get(ME).expect(401);
      await testApp.anonymous.post(REFRESH).send({ refreshToken: user.refreshToken }).expect(401);
      await testApp.anonymous.post(LOGIN).send({ email: user.email, password: TEST_PASSWORD }).expect(401);
      await signIn(testApp.app, user.email, 'a-brand-new-password');
    });
  });

  async function newEngineerId(): Promise<string> {
    const { body } = await testApp.http
      .post('/api/v1/engineers')
      .send({ name: 'Auth Engineer', email: `auth.engineer.${Date.now()}@e2e.example`, phone: '020 7946 0958', skills: ['dashcam'], areas: ['LS'] })
      .expect(201);
    return body.id;
  }
});
