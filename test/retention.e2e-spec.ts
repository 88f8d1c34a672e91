import { SchedulerRegistry } from '@nestjs/schedule';
import { DataSource, In } from 'typeorm';
import { RefreshTokenEntity } from '../src/modules/auth/entities/refresh-token.entity';
import { AuthService } from '../src/modules/auth/auth.service';
import { digestOf } from '../libs/common/src/auth/secret-token';
import { IdempotencyKeyEntity } from '../src/modules/orders/entities/idempotency-key.entity';
import { OrdersService } from '../src/modules/orders/orders.service';
import { RetentionJobs } from '../src/retention/retention-jobs';
import { RetentionScheduler } from '../src/retention/retention.scheduler';
import { ProductFixture, createProduct, expectStatus, orderRequest } from './support/fixtures';
import { TEST_PASSWORD, TestApp, createTestApp, signIn } from './support/test-app';

const ORDERS = '/api/v1/orders';
const REFRESH = '/api/v1/auth/refresh';
const HOUR_MS = 60 * 60 * 1000;

describe('Retention (e2e)', () => {
  let testApp: TestApp;
  let dashcam: ProductFixture;
  let dataSource: DataSource;

  const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR_MS);
  const hoursAhead = (hours: number) => new Date(Date.now() + hours * HOUR_MS);

  /** Places an order with the key, as the web shop would, and answers its id. */
  const placeWithKey = async (key: string, notes = key) =>
    expectStatus(await testApp.http.post(ORDERS).set('Idempotency-Key', key).send(orderRequest([dashcam], { notes })), 201).body.id as string;

  /** Test setup: moves the keys' creation into the past, as if they had been stored then. */
  const storeKeysAt = (keys: string[], createdAt: Date) =>
    dataSource.createQueryBuilder().update(IdempotencyKeyEntity).set({ createdAt }).where({ key: In(keys) }).execute();
  const storedKeys = async (keys: string[]) =>
    (await dataSource.getRepository(IdempotencyKeyEntity).findBy({ key: In(keys) })).map((row) => row.key).sort();

  /** Test setup: moves the tokens' expiry, found by their digest, to `expiresAt`. */
  const expireTokensAt = (tokens: string[], expiresAt: Date) =>
    dataSource
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ expiresAt })
      .where({ tokenHash: In(tokens.map(digestOf)) })
      .execute();
  const storedTokens = async (tokens: string[]) => {
    const rows = await dataSource.getRepository(RefreshTokenEntity).findBy({ tokenHash: In(tokens.map(digestOf)) });
    return tokens.filter((token) => rows.some((row) => row.tokenHash === digestOf(token)));
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    dashcam = await createProduct(testApp.http, { category: 'dashcam' });
  });

  afterAll(() => testApp.close());

  it('is not scheduled in the e2e tests (RETENTION_INTERVAL_MINUTES=0), and every module has registered its job', () => {
    expect(testApp.app.get(SchedulerRegistry).getIntervals()).not.toContain('retention');
    expect(testApp.app.get(RetentionJobs).all().map((job) => job.name)).toEqual(
      expect.arrayContaining(['orders.idempotency-keys', 'auth.refresh-tokens']),
    );
  });

  describe('idempotency keys', () => {
    it('deletes the keys older than IDEMPOTENCY_KEY_TTL_HOURS (24) and keeps the younger ones, which still replay', async () => {
      const keys = ['due-1', 'due-2', 'almost-due', 'fresh'];
      const orderIds = await Promise.all(keys.map((key) => placeWithKey(key)));
      await storeKeysAt(['due-1', 'due-2'], hoursAgo(25));
      await storeKeysAt(['almost-due'], hoursAgo(23));

      expect(await testApp.app.get(OrdersService).deleteExpiredIdempotencyKeys()).toBe(2);
      expect(await storedKeys(keys)).toEqual(['almost-due', 'fresh']);
      expect(await testApp.app.get(OrdersService).deleteExpiredIdempotencyKeys()).toBe(0);

      const replay = await testApp.http.post(ORDERS).set('Idempotency-Key', 'almost-due').send(orderRequest([dashcam], { notes: 'almost-due' }));
      expectStatus(replay, 201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body.id).toBe(orderIds[2]);
      // The orders themselves are kept: only the keys go.
      for (const id of orderIds) await testApp.http.get(`${ORDERS}/${id}`).expect(200);
    });

    it('deletes in batches until none is due', async () => {
      const keys = Array.from({ length: 7 }, (_, index) => `batch-${index}`);
      for (const key of keys) await placeWithKey(key);
      await storeKeysAt(keys, hoursAgo(48));

      const deleted = await testApp.app.get(OrdersService).deleteExpiredIdempotencyKeys({ batchSize: 3, timeBudgetMs: 60_000 });
      expect(deleted).toBe(7);
      expect(await storedKeys(keys)).toEqual([]);
    });

    it('treats a key older than the TTL as unknown before the job has run: the retry is a new order', async () => {
      const first = await placeWithKey('expired-retry', 'expired retry');
      await storeKeysAt(['expired-retry'], hoursAgo(25));

      const retry = await testApp.http.post(ORDERS).set('Idempotency-Key', 'expired-retry').send(orderRequest([dashcam], { notes: 'expired retry' }));
      expectStatus(retry, 201);
      expect(retry.headers['idempotent-replayed']).toBeUndefined();
      expect(retry.body.id).not.toBe(first);

      // The key now belongs to the new order, for another TTL: a further retry replays it.
      const [stored] = await dataSource.getRepository(IdempotencyKeyEntity).findBy({ key: 'expired-retry' });
      expect(stored).toMatchObject({ orderId: retry.body.id });
      expect(stored!.createdAt.getTime()).toBeGreaterThan(hoursAgo(1).getTime());
      const again = await testApp.http.post(ORDERS).set('Idempotency-Key', 'expired-retry').send(orderRequest([dashcam], { notes: 'expired retry' }));
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body.id).toBe(retry.body.id);
    });

    it('lets an expired key be used with another body, and by another client, instead of a 409', async () => {
      await placeWithKey('expired-other-body', 'first body');
      await storeKeysAt(['expired-other-body'], hoursAgo(30));
      const shop = await testApp.withApiKey();
      const reused = await shop.http.post(ORDERS).set('Idempotency-Key', 'expired-other-body').send(orderRequest([dashcam], { notes: 'second body' }));
      expectStatus(reused, 201);
      expect(reused.body.notes).toBe('second body');
    });

    it('answers concurrent retries of an expired key with one new order', async () => {
      const first = await placeWithKey('expired-race', 'expired race');
      await storeKeysAt(['expired-race'], hoursAgo(25));
      const body = orderRequest([dashcam], { notes: 'expired race' });
      const responses = await Promise.all(
        Array.from({ length: 4 }, () => testApp.http.post(ORDERS).set('Idempotency-Key', 'expired-race').send(body)),
      );
      expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201]);
      const ids = new Set(responses.map((response) => response.body.id as string));
      expect(ids.size).toBe(1);
      expect(ids.has(first)).toBe(false);
    });

    it('two instances running the job at once delete every due key once between them', async () => {
      const keys = Array.from({ length: 12 }, (_, index) => `two-instances-${index}`);
      for (const key of keys) await placeWithKey(key);
      await storeKeysAt(keys, hoursAgo(26));
      const other = await testApp.startAnotherInstance();
      try {
        const budget = { batchSize: 2, timeBudgetMs: 60_000 };
        const [first, second] = [testApp, other].map((instance) => () => instance.app.get(OrdersService).deleteExpiredIdempotencyKeys(budget));
        // Two SQLite instances in one process cannot overlap their transactions: better-sqlite3
        // waits for the other's write lock synchronously, blocking the event loop that would
        // release it. Separate processes wait for each other (busy timeout); here they take turns.
        const deleted = dataSource.options.type === 'postgres' ? await Promise.all([first(), second()]) : [await first(), await second()];
        expect(deleted[0]! + deleted[1]!).toBe(keys.length);
        expect(await storedKeys(keys)).toEqual([]);
      } finally {
        await other.close();
      }
    });
  });

  describe('refresh tokens', () => {
    it('deletes the expired tokens, revoked or not, and keeps every token before its expiry, revoked or not', async () => {
      const user = await testApp.signInAs('dispatcher');
      // user.refreshToken → rotated (revoked) → second, then the session ends (second revoked).
      const { body: rotated } = await testApp.anonymous.post(REFRESH).send({ refreshToken: user.refreshToken }).expect(200);
      await user.http.post('/api/v1/auth/logout').send({ refreshToken: rotated.refreshToken }).expect(204);
      const revokedExpired = user.refreshToken;
      const revokedLive = rotated.refreshToken as string;
      const activeExpired = (await signIn(testApp.app, user.email, TEST_PASSWORD)).refreshToken;
      const activeLive = (await testApp.signInAs('dispatcher')).refreshToken;
      await expireTokensAt([revokedExpired, activeExpired], hoursAgo(1));
      await expireTokensAt([revokedLive], hoursAhead(1));

      expect(await testApp.app.get(AuthService).deleteExpiredRefreshTokens()).toBe(2);
      expect(await storedTokens([revokedExpired, revokedLive, activeExpired, activeLive])).toEqual([revokedLive, activeLive]);
      expect(await testApp.app.get(AuthService).deleteExpiredRefreshTokens()).toBe(0);

      await testApp.anonymous.post(REFRESH).send({ refreshToken: activeExpired }).expect(401);
      await testApp.anonymous.post(REFRESH).send({ refreshToken: activeLive }).expect(200);
    });
  });

  it('the scheduler runs every module’s job in one pass', async () => {
    await placeWithKey('scheduled-due');
    await storeKeysAt(['scheduled-due'], hoursAgo(25));
    const user = await testApp.signInAs('dispatcher');
    await expireTokensAt([user.refreshToken], hoursAgo(1));

    await testApp.app.get(RetentionScheduler).runAll();
    expect(await storedKeys(['scheduled-due'])).toEqual([]);
    expect(await storedTokens([user.refreshToken])).toEqual([]);
  });
});
