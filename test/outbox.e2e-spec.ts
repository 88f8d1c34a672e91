import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '../libs/common/src/database/unit-of-work';
import { DomainEventPayload, OnDomainEvent } from '../libs/common/src/events/domain-event';
import { OutboxConfig, outboxConfig } from '../src/config/outbox.config';
import { OutboxEventEntity } from '../src/outbox/entities/outbox-event.entity';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { OutboxRepository } from '../src/outbox/outbox.repository';
import { SendWebhooksListener } from '../src/modules/webhooks/listeners/send-webhooks.listener';
import { OutboxRetentionJob } from '../src/outbox/outbox-retention.job';
import { DEFAULT_RETENTION_BUDGET } from '../src/retention/retention-job';
import { expectStatus, orderRequest } from './support/fixtures';
import { freshDistrict, installableProduct } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';
import type { ProductFixture } from './support/fixtures';

/** Hears every order event (issue 16); with no endpoint subscribed its deliveries succeed at once. */
const WEBHOOKS_LISTENER = SendWebhooksListener.name;

type Behaviour = 'succeed' | 'fail' | 'hang';

/** A second listener of order events, beside the Services one, that a test can make fail or hang. */
@Injectable()
class AuditTrailListener {
  readonly received: Array<{ event: string; orderId: string }> = [];
  private readonly behaviours = new Map<string, Behaviour[]>();

  /** The next calls for the order behave so, in turn; after them, calls succeed. */
  script(orderId: string, ...behaviours: Behaviour[]): void {
    this.behaviours.set(orderId, behaviours);
  }

  @OnDomainEvent('order.placed')
  async placed(event: DomainEventPayload<'order.placed'>): Promise<void> {
    await this.receive('order.placed', event.orderId);
  }

  @OnDomainEvent('order.cancelled')
  async cancelled(event: DomainEventPayload<'order.cancelled'>): Promise<void> {
    await this.receive('order.cancelled', event.orderId);
  }

  private async receive(event: string, orderId: string): Promise<void> {
    const behaviour = this.behaviours.get(orderId)?.shift() ?? 'succeed';
    if (behaviour === 'hang') await new Promise(() => undefined);
    if (behaviour === 'fail') throw new Error(`audit trail refused ${event}`);
    this.received.push({ event, orderId });
  }
}

interface DeliveryRow {
  eventName: string;
  listener: string;
  status: string;
  attempts: number;
  lastError: string | null;
  lockedUntil: string | Date | null;
}

describe('Outbox delivery (e2e)', () => {
  let testApp: TestApp;
  let audit: AuditTrailListener;
  let dashcam: ProductFixture;
  const dispatch = () => testApp.app.get(OutboxDispatcher).dispatchDue();

  beforeAll(async () => {
    // Only the test dispatches; retries are due at once; two attempts before parking; short listener timeout.
    Object.assign(process.env, {
      OUTBOX_POLL_INTERVAL_MS: '3600000',
      OUTBOX_RETRY_BASE_MS: '0',
      OUTBOX_MAX_ATTEMPTS: '2',
      OUTBOX_LISTENER_TIMEOUT_MS: '500',
      OUTBOX_SHUTDOWN_GRACE_MS: '200',
    });
    testApp = await createTestApp({ providers: [AuditTrailListener] });
    audit = testApp.app.get(AuditTrailListener);
    dashcam = await installableProduct(testApp.http, 'dashcam', 60);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await testApp.close();
  });

  /** Places an order whose post-commit dispatch is held back, so the test decides when deliveries run. */
  async function placeHeldBack(): Promise<string> {
    jest.spyOn(testApp.app.get(OutboxDispatcher), 'dispatchDue').mockResolvedValueOnce(0);
    const body = orderRequest([dashcam], { installationAddress: { line1: '2 Mill Lane', city: 'Leeds', postcode: `${freshDistrict()} 1AA` } });
    return (expectStatus(await testApp.http.post('/api/v1/orders').send(body), 201).body as { id: string }).id;
  }

  async function deliveries(orderId: string): Promise<DeliveryRow[]> {
    const dataSource = testApp.app.get(DataSource);
    const rows = (await dataSource.query(
      `SELECT e.event_name AS "eventName", d.listener, d.status, d.attempts, d.last_error AS "lastError", d.locked_until AS "lockedUntil"` +
        ` FROM outbox_deliveries d JOIN outbox_events e ON e.id = d.event_id WHERE e.aggregate_type = 'order' AND e.aggregate_id = ${
          dataSource.options.type === 'postgres' ? '$1' : '?'
        } AND d.listener NOT LIKE '${WEBHOOKS_LISTENER}.%' ORDER BY e.sequence, d.listener`,
      [orderId],
    )) as DeliveryRow[];
    return rows.map((row) => ({ ...row, attempts: Number(row.attempts) }));
  }

  /** The webhooks' listener hears every order event too; these tests are about the two above. */
  const ofListenersUnderTest = (delivery: { listener: string }) => !delivery.listener.startsWith(`${WEBHOOKS_LISTENER}.`);

  const statusOf = (rows: DeliveryRow[], eventName: string, listener: string) =>
    rows.find((row) => row.eventName === eventName && row.listener === listener)?.status;

  it('records one delivery per listener and numbers an order’s events in sequence', async () => {
    const orderId = await placeHeldBack();
    jest.spyOn(testApp.app.get(OutboxDispatcher), 'dispatchDue').mockResolvedValueOnce(0);
    await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: 'changed mind' }).expect(200);
    const rows = await deliveries(orderId);
    expect(rows.map(({ eventName, listener, status }) => [eventName, listener, status])).toEqual([
      ['order.placed', 'AuditTrailListener.placed', 'pending'],
      ['order.placed', 'CreateInstallationTaskListener.handle', 'pending'],
      ['order.cancelled', 'AuditTrailListener.cancelled', 'pending'],
    ]);
    await dispatch();
    expect((await deliveries(orderId)).every((row) => row.status === 'delivered')).toBe(true);
  });

  it('marks an event delivered once both its listeners are, when their deliveries are recorded side by side', async () => {
    const orderIds: string[] = [];
    for (let n = 0; n < 6; n += 1) orderIds.push(await placeHeldBack());
    const dataSource = testApp.app.get(DataSource);
    // On PostgreSQL each record waits for the other listener's of its event, so the two run at
    // once. (SQLite has one writer at a time: records cannot overlap, and the second never comes.)
    if (dataSource.options.type === 'postgres') {
      const repository = testApp.app.get(OutboxRepository);
      const markDelivered = repository.markDelivered.bind(repository);
      const arrivals = new Map<string, () => void>();
      jest.spyOn(repository, 'markDelivered').mockImplementation(async (manager, delivery, now) => {
        const partner = arrivals.get(delivery.eventId);
        if (partner) partner();
        else await new Promise<void>((resolve) => arrivals.set(delivery.eventId, resolve));
        return markDelivered(manager, delivery, now);
      });
    }
    await dispatch();
    const placeholders = orderIds.map((_, index) => (dataSource.options.type === 'postgres' ? `$${index + 1}` : '?')).join(', ');
    const events = (await dataSource.query(
      `SELECT status FROM outbox_events WHERE event_name = 'order.placed' AND aggregate_id IN (${placeholders})`,
      orderIds,
    )) as Array<{ status: string }>;
    expect(events.map((event) => event.status)).toEqual(orderIds.map(() => 'delivered'));
    for (const orderId of orderIds) expect((await deliveries(orderId)).map((row) => row.status)).toEqual(['delivered', 'delivered']);
  });

  it('counts a delivery recorded twice once (its lease ran out and another instance made it too): the event waits for its other listeners', async () => {
    const orderId = await placeHeldBack();
    const events = testApp.app.get(DataSource).getRepository(OutboxEventEntity);
    const event = await events.findOneByOrFail({ eventName: 'order.placed', aggregateType: 'order', aggregateId: orderId });
    const repository = testApp.app.get(OutboxRepository);
    const listeners = event.undelivered;
    expect(listeners).toBeGreaterThanOrEqual(2);
    for (let time = 0; time < 2; time += 1) {
      await testApp.app.get(UnitOfWork).runStatement((manager) => repository.markDelivered(manager, { eventId: event.id, listener: 'AuditTrailListener.placed' }, new Date()));
    }
    expect(await events.findOneByOrFail({ id: event.id })).toMatchObject({ status: 'pending', undelivered: listeners - 1 });
    await dispatch();
    expect(await events.findOneByOrFail({ id: event.id })).toMatchObject({ status: 'delivered', undelivered: 0 });
    // Recorded delivered, it is never claimed: the listener was not called again.
    expect(audit.received.filter((received) => received.orderId === orderId)).toEqual([]);
  });

  it('retries only the listener that failed, and holds the aggregate’s later event until the earlier one has reached every listener', async () => {
    const orderId = await placeHeldBack();
    audit.script(orderId, 'fail');
    const createTask = jest.spyOn(testApp.app.get(OutboxDispatcher) as never as { callListener: (delivery: { listener: string }) => Promise<void> }, 'callListener');

    await dispatch();
    let rows = await deliveries(orderId);
    expect(statusOf(rows, 'order.placed', 'CreateInstallationTaskListener.handle')).toBe('delivered');
    expect(rows.find((row) => row.listener === 'AuditTrailListener.placed')).toMatchObject({ status: 'pending', attempts: 1, lastError: 'audit trail refused order.placed' });

    // The order is cancelled while its OrderPlaced is still owed to the audit trail: the later event waits.
    jest.spyOn(testApp.app.get(OutboxDispatcher), 'dispatchDue').mockResolvedValueOnce(0);
    audit.script(orderId, 'fail');
    await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: 'changed mind' }).expect(200);
    await dispatch();
    rows = await deliveries(orderId);
    expect(rows.find((row) => row.listener === 'AuditTrailListener.placed')).toMatchObject({ status: 'failed', attempts: 2 });
    expect(rows.find((row) => row.listener === 'AuditTrailListener.cancelled')).toMatchObject({ status: 'pending', attempts: 0 });
    expect(audit.received.filter((call) => call.orderId === orderId)).toEqual([]);

    const calls = createTask.mock.calls.map(([delivery]) => delivery.listener);
    expect(calls.filter((listener) => listener === 'CreateInstallationTaskListener.handle')).toHaveLength(1);
  });

  it('parks a delivery after its last attempt, lists it for admins and re-sends it on request, then the later events follow in order', async () => {
    const orderId = await placeHeldBack();
    audit.script(orderId, 'fail', 'fail');
    await dispatch();
    await dispatch();
    expect(statusOf(await deliveries(orderId), 'order.placed', 'AuditTrailListener.placed')).toBe('failed');
    jest.spyOn(testApp.app.get(OutboxDispatcher), 'dispatchDue').mockResolvedValueOnce(0);
    await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: 'changed mind' }).expect(200);
    await dispatch();

    const failed = (await testApp.http.get('/api/v1/admin/events').query({ status: 'failed', limit: 100 }).expect(200)).body;
    const event = failed.items.find((item: { aggregateId: string }) => item.aggregateId === orderId);
    expect(event).toMatchObject({ eventName: 'order.placed', aggregateType: 'order', sequence: 1, status: 'failed' });
    expect(event.deliveries.filter(ofListenersUnderTest)).toEqual([
      expect.objectContaining({ listener: 'AuditTrailListener.placed', status: 'failed', attempts: 2, lastError: 'audit trail refused order.placed' }),
      expect.objectContaining({ listener: 'CreateInstallationTaskListener.handle', status: 'delivered' }),
    ]);
    const health = (await testApp.anonymous.get('/health/ready')).body;
    expect(JSON.stringify(health)).toMatch(/"failedDeliveries":[1-9]/);

    const retried = expectStatus(await testApp.http.post(`/api/v1/admin/events/${event.id}/retry`), 200).body;
    expect(retried.deliveries).toEqual(expect.arrayContaining([expect.objectContaining({ listener: 'AuditTrailListener.placed', status: 'pending', attempts: 0 })]));
    await dispatch();
    expect((await deliveries(orderId)).every((row) => row.status === 'delivered')).toBe(true);
    expect(audit.received.filter((call) => call.orderId === orderId).map((call) => call.event)).toEqual(['order.placed', 'order.cancelled']);

    expect(expectStatus(await testApp.http.post(`/api/v1/admin/events/${event.id}/retry`), 409).body.code).toBe('EVENT_NOT_FAILED');
    expect(expectStatus(await testApp.http.post('/api/v1/admin/events/00000000-0000-4000-8000-000000000000/retry'), 404).body.code).toBe('EVENT_NOT_FOUND');
    const dispatcherRole = await testApp.signInAs('dispatcher');
    await dispatcherRole.http.get('/api/v1/admin/events').expect(403);
    await testApp.http.get('/api/v1/admin/events').query({ status: 'lost' }).expect(400);
  });

  it('counts an attempt when a delivery is claimed, so one that crashes the process is not retried for ever', async () => {
    const orderId = await placeHeldBack();
    const repository = testApp.app.get(OutboxRepository);
    const dataSource = testApp.app.get(DataSource);
    const now = new Date();
    // A claim whose instance dies before delivering: the attempt is on record, the lease runs out.
    await dataSource.transaction((manager) =>
      repository.claimDue(manager, { dueBy: now, now, leaseUntil: () => new Date(now.getTime() - 1), limit: 1000 }),
    );
    expect((await deliveries(orderId)).map((row) => row.attempts)).toEqual([1, 1]);
    await dispatch();
    expect(await deliveries(orderId)).toEqual([
      expect.objectContaining({ status: 'delivered', attempts: 2 }),
      expect.objectContaining({ status: 'delivered', attempts: 2 }),
    ]);
  });

  it('keeps a delivery leased when its failure cannot be recorded, so it is not retried before its back-off', async () => {
    const orderId = await placeHeldBack();
    audit.script(orderId, 'fail');
    jest.spyOn(testApp.app.get(OutboxRepository), 'markFailed').mockRejectedValueOnce(new Error('timeout exceeded when trying to connect'));
    // A first retry delay of two minutes, longer than the lease (the default minute).
    const config = testApp.app.get<OutboxConfig>(outboxConfig.KEY);
    const retryBaseMs = config.retryBaseMs;
    config.retryBaseMs = 120_000;
    try {
      const claimedFrom = Date.now();
      await dispatch();
      const unrecorded = (await deliveries(orderId)).find((row) => row.listener === 'AuditTrailListener.placed')!;
      expect(unrecorded).toMatchObject({ status: 'pending', attempts: 1, lastError: null });
      expect(new Date(unrecorded.lockedUntil!).getTime()).toBeGreaterThanOrEqual(claimedFrom + 120_000);
      await dispatch();
      expect((await deliveries(orderId)).find((row) => row.listener === 'AuditTrailListener.placed')).toMatchObject({ status: 'pending', attempts: 1 });
    } finally {
      config.retryBaseMs = retryBaseMs;
    }
  });

  it('fails a listener call that outlasts the timeout, and keeps delivering other orders meanwhile', async () => {
    const slow = await placeHeldBack();
    const quick = await placeHeldBack();
    audit.script(slow, 'hang');
    await dispatch();
    expect((await deliveries(slow)).find((row) => row.listener === 'AuditTrailListener.placed')).toMatchObject({
      status: 'pending',
      lastError: 'AuditTrailListener.placed did not finish within 500 ms',
    });
    expect((await deliveries(quick)).every((row) => row.status === 'delivered')).toBe(true);
  });

  it('coalesces dispatch calls: however many arrive during a pass, one more pass follows', async () => {
    const dispatcher = testApp.app.get(OutboxDispatcher);
    const passes = jest.spyOn(dispatcher as never as { pass: () => Promise<number> }, 'pass');
    await Promise.all(Array.from({ length: 20 }, () => dispatcher.dispatchDue()));
    expect(passes).toHaveBeenCalledTimes(2);
  });

  it('hands back what it holds on shutdown, so another instance need not wait for the lease', async () => {
    const other = await testApp.startAnotherInstance();
    const orderId = await placeHeldBack();
    audit.script(orderId, 'hang');
    const pass = other.app.get(OutboxDispatcher).dispatchDue();
    // Wait until the other instance holds the audit trail's delivery.
    for (let tries = 0; tries < 100 && !(await deliveries(orderId)).some((row) => row.lockedUntil !== null); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await other.close();
    void pass;
    const rows = await deliveries(orderId);
    expect(rows.every((row) => row.lockedUntil === null)).toBe(true);
    await dispatch();
    expect((await deliveries(orderId)).every((row) => row.status === 'delivered')).toBe(true);
  });

  it('deletes only events delivered longer ago than OUTBOX_RETENTION_DAYS, with their deliveries', async () => {
    const old = await placeHeldBack();
    const recent = await placeHeldBack();
    const undelivered = await placeHeldBack();
    audit.script(undelivered, 'hang');
    await dispatch();
    const events = testApp.app.get(DataSource).getRepository(OutboxEventEntity);
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    for (const orderId of [old, undelivered]) {
      await events.update({ aggregateId: orderId }, { createdAt: eightDaysAgo });
      await events.update({ aggregateId: orderId, status: 'delivered' }, { deliveredAt: eightDaysAgo });
    }

    expect(await testApp.app.get(OutboxRetentionJob).run(DEFAULT_RETENTION_BUDGET)).toBeGreaterThanOrEqual(1);
    expect(await deliveries(old)).toEqual([]);
    expect(await deliveries(recent)).toHaveLength(2);
    expect(await deliveries(undelivered)).toHaveLength(2);
  });

  it('goes on delivering the rest of a batch when a failure cannot be recorded (the database refused that too)', async () => {
    const failing = await placeHeldBack();
    const other = await placeHeldBack();
    audit.script(failing, 'fail');
    jest.spyOn(testApp.app.get(OutboxRepository), 'markFailed').mockRejectedValueOnce(new Error('timeout exceeded when trying to connect'));
    await expect(dispatch()).resolves.toBeGreaterThanOrEqual(1);
    expect((await deliveries(other)).every((row) => row.status === 'delivered')).toBe(true);
    expect((await deliveries(failing)).find((row) => row.listener === 'AuditTrailListener.placed')).toMatchObject({ status: 'pending', attempts: 1 });
  });
});
