import { randomUUID } from 'node:crypto';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { DomainEvent, UnitOfWork } from '@app/common';
import { OrderCancelledEvent } from '../src/modules/orders/events/order-cancelled.event';
import { OrderPlacedEvent, PlacedOrderLine } from '../src/modules/orders/events/order-placed.event';
import { OrderServicesCompletedEvent } from '../src/modules/services/events/order-services-completed.event';
import { ServicesRepository } from '../src/modules/services/services.repository';
import { ServicesService } from '../src/modules/services/services.service';
import { OutboxEventEntity } from '../src/outbox/outbox-event.entity';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { OutboxPublisher } from '../src/outbox/outbox.publisher';
import { TestApp, createTestApp } from './support/test-app';

const TRACKER: PlacedOrderLine = {
  productId: randomUUID(),
  sku: 'TRK-100',
  category: 'tracker',
  quantity: 2,
  requiresInstallation: true,
  installMinutes: 45,
};
const DASHCAM: PlacedOrderLine = { ...TRACKER, productId: randomUUID(), sku: 'CAM-200', category: 'dashcam', quantity: 1, installMinutes: 30 };
const CABLE: PlacedOrderLine = { ...TRACKER, productId: randomUUID(), sku: 'CBL-300', category: 'accessory', requiresInstallation: false, installMinutes: 90 };

interface ServiceBody {
  id: string;
  orderId: string;
  status: string;
  engineerId: string | null;
  [field: string]: unknown;
}

describe('Services (e2e)', () => {
  let testApp: TestApp;
  let orderNumber = 0;

  beforeAll(async () => {
    // Failed deliveries become due again at once, and only the tests trigger dispatching.
    process.env.OUTBOX_RETRY_BASE_MS = '0';
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await testApp.close();
  });

  function orderPlaced(lines: PlacedOrderLine[] = [TRACKER, DASHCAM, CABLE]): OrderPlacedEvent {
    orderNumber += 1;
    const number = `VT-${String(orderNumber).padStart(6, '0')}`;
    return new OrderPlacedEvent(randomUUID(), number, randomUUID(), 'SW1A 1AA', lines, null);
  }

  /** What production does: record the event with a change, then let the dispatcher deliver it. */
  async function publishAndDispatch(...events: DomainEvent[]): Promise<void> {
    await testApp.app.get(UnitOfWork).run((manager) => testApp.app.get(OutboxPublisher).publish(manager, ...events));
    await testApp.app.get(OutboxDispatcher).dispatchDue();
  }

  /** A redelivery as the dispatcher makes it: the event's fields as plain JSON. */
  function redeliver(event: DomainEvent): Promise<unknown[]> {
    const eventName = (event.constructor as unknown as { eventName: string }).eventName;
    return testApp.app.get(EventEmitter2).emitAsync(eventName, JSON.parse(JSON.stringify(event)));
  }

  async function servicesOfOrder(orderId: string): Promise<ServiceBody[]> {
    return (await testApp.http.get('/api/v1/services').query({ orderId }).expect(200)).body.items;
  }

  async function placeOrderWithService(): Promise<ServiceBody> {
    const event = orderPlaced();
    await publishAndDispatch(event);
    const [service] = await servicesOfOrder(event.orderId);
    return service!;
  }

  function schedule(orderId: string, engineerId = randomUUID()) {
    return testApp.app
      .get(UnitOfWork)
      .run((manager) => testApp.app.get(ServicesService).scheduleForOrder(orderId, engineerId, manager, 'bookings-test'));
  }

  async function outboxRows(eventName: string, orderId: string): Promise<OutboxEventEntity[]> {
    const rows = await testApp.app.get(DataSource).getRepository(OutboxEventEntity).findBy({ eventName });
    return rows.filter((row) => row.payload.orderId === orderId);
  }

  async function scheduledService(): Promise<ServiceBody> {
    const service = await placeOrderWithService();
    await schedule(service.orderId);
    return service;
  }

  async function inProgressService(): Promise<ServiceBody> {
    const service = await scheduledService();
    await testApp.http.post(`/api/v1/services/${service.id}/start`).expect(200);
    return service;
  }

  describe('when an order is placed', () => {
    it('creates one pending installation service sized from the installable lines', async () => {
      const event = orderPlaced();
      await publishAndDispatch(event);

      const services = await servicesOfOrder(event.orderId);
      expect(services).toHaveLength(1);
      expect(services[0]).toMatchObject({
        orderId: event.orderId,
        type: 'installation',
        status: 'pending',
        engineerId: null,
        estimatedMinutes: 45 * 2 + 30,
        installationPostcode: 'SW1A 1AA',
        requiredSkills: ['dashcam', 'tracker'],
      });
      const { body } = await testApp.http.get(`/api/v1/services/${services[0]!.id}`).expect(200);
      expect(body.history).toEqual([
        { fromStatus: null, toStatus: 'pending', at: expect.any(String), note: `created from order ${event.orderNumber}`, actor: 'system' },
      ]);
      const [row] = await outboxRows(OrderPlacedEvent.eventName, event.orderId);
      expect(row).toMatchObject({ status: 'delivered', attempts: 1 });
    });

    it('creates no service when no line needs installing', async () => {
      const event = orderPlaced([CABLE]);
      await publishAndDispatch(event);
      expect(await servicesOfOrder(event.orderId)).toEqual([]);
      const [row] = await outboxRows(OrderPlacedEvent.eventName, event.orderId);
      expect(row?.status).toBe('delivered');
    });

    it('ignores a redelivered event, also one that raced past the existence check', async () => {
      const event = orderPlaced();
      await publishAndDispatch(event);
      await redeliver(event);
      // As if a concurrent delivery committed between the check and the insert.
      jest.spyOn(testApp.app.get(ServicesRepository), 'existsForOrder').mockResolvedValueOnce(false);
      await redeliver(event);

      const services = await servicesOfOrder(event.orderId);
      expect(services).toHaveLength(1);
      const { body } = await testApp.http.get(`/api/v1/services/${services[0]!.id}`).expect(200);
      expect(body.history).toHaveLength(1);
    });

    it('leaves the event pending after a failed delivery and creates the service exactly once on retry', async () => {
      jest.spyOn(testApp.app.get(ServicesRepository), 'create').mockRejectedValueOnce(new Error('database briefly unavailable'));
      const event = orderPlaced();
      await publishAndDispatch(event);

      expect(await outboxRows(OrderPlacedEvent.eventName, event.orderId)).toEqual([
        expect.objectContaining({ status: 'pending', attempts: 1, lastError: 'database briefly unavailable' }),
      ]);
      expect(await servicesOfOrder(event.orderId)).toEqual([]);

      await testApp.app.get(OutboxDispatcher).dispatchDue();
      expect(await servicesOfOrder(event.orderId)).toHaveLength(1);
      expect(await outboxRows(OrderPlacedEvent.eventName, event.orderId)).toEqual([
        expect.objectContaining({ status: 'delivered', attempts: 2, lastError: null }),
      ]);
    });
  });

  describe('status changes', () => {
    it('runs pending → scheduled → in_progress → completed and records each change', async () => {
      const service = await placeOrderWithService();
      const engineerId = randomUUID();
      const [scheduled] = await schedule(service.orderId, engineerId);
      expect(scheduled).toMatchObject({ id: service.id, status: 'scheduled', engineerId });

      const started = await testApp.http.post(`/api/v1/services/${service.id}/start`).expect(200);
      expect(started.body).toMatchObject({ id: service.id, status: 'in_progress', engineerId });
      expect(await outboxRows(OrderServicesCompletedEvent.eventName, service.orderId)).toEqual([]);

      const completed = await testApp.http.post(`/api/v1/services/${service.id}/complete`).expect(200);
      expect(completed.body).toMatchObject({ status: 'completed' });

      const { body } = await testApp.http.get(`/api/v1/services/${service.id}`).expect(200);
      expect(body.history.map((change: { fromStatus: string | null; toStatus: string; actor: string }) => [
        change.fromStatus,
        change.toStatus,
        change.actor,
      ])).toEqual([
        [null, 'pending', 'system'],
        ['pending', 'scheduled', 'bookings-test'],
        ['scheduled', 'in_progress', testApp.admin.actor],
        ['in_progress', 'completed', testApp.admin.actor],
      ]);
    });

    it('announces the order complete through the outbox when its last service completes', async () => {
      const service = await inProgressService();
      await testApp.http.post(`/api/v1/services/${service.id}/complete`).expect(200);

      const rows = await outboxRows(OrderServicesCompletedEvent.eventName, service.orderId);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.payload).toMatchObject({ orderId: service.orderId, id: expect.any(String), occurredAt: expect.any(String) });
    });

    it('cancels with a reason kept in the history', async () => {
      const service = await placeOrderWithService();
      const response = await testApp.http
        .post(`/api/v1/services/${service.id}/cancel`)
        .send({ reason: 'Customer sold the vehicle' })
        .expect(200);
      expect(response.body.status).toBe('cancelled');

      const { body } = await testApp.http.get(`/api/v1/services/${service.id}`).expect(200);
      expect(body.history.at(-1)).toMatchObject({
        fromStatus: 'pending',
        toStatus: 'cancelled',
        note: 'Customer sold the vehicle',
        actor: testApp.admin.actor,
      });
    });

    it.each([
      ['pending', 'start', ['scheduled', 'cancelled']],
      ['pending', 'complete', ['scheduled', 'cancelled']],
      ['scheduled', 'complete', ['in_progress', 'pending', 'cancelled']],
      ['in_progress', 'start', ['completed', 'cancelled']],
      ['completed', 'start', []],
      ['completed', 'complete', []],
      ['completed', 'cancel', []],
      ['cancelled', 'start', []],
      ['cancelled', 'complete', []],
      ['cancelled', 'cancel', []],
    ])('refuses a %s service to %s with a 409 naming the allowed moves', async (status, action, allowedStatuses) => {
      const service = await serviceIn(status);
      const response = await testApp.http
        .post(`/api/v1/services/${service.id}/${action}`)
        .send({ reason: 'changed my mind' })
        .expect(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', currentStatus: status, allowedStatuses });
      expect((await testApp.http.get(`/api/v1/services/${service.id}`).expect(200)).body.status).toBe(status);
    });

    async function serviceIn(status: string): Promise<ServiceBody> {
      if (status === 'pending') return placeOrderWithService();
      if (status === 'scheduled') return scheduledService();
      const service = await inProgressService();
      if (status === 'completed') await testApp.http.post(`/api/v1/services/${service.id}/complete`).expect(200);
      if (status === 'cancelled') await testApp.http.post(`/api/v1/services/${service.id}/cancel`).send({ reason: 'no longer needed' }).expect(200);
      return service;
    }
  });

  describe('for Bookings', () => {
    it('refuses to schedule an order that has no pending service', async () => {
      const service = await scheduledService();
      await expect(schedule(service.orderId)).rejects.toMatchObject({ code: 'NO_SERVICE_TO_SCHEDULE' });
      await expect(schedule(randomUUID())).rejects.toMatchObject({ code: 'NO_SERVICE_TO_SCHEDULE' });
    });

    it('returns a scheduled service to pending when its booking is cancelled', async () => {
      const service = await scheduledService();
      const [unscheduled] = await testApp.app
        .get(UnitOfWork)
        .run((manager) => testApp.app.get(ServicesService).unscheduleForOrder(service.orderId, manager, 'bookings-test'));
      expect(unscheduled).toMatchObject({ id: service.id, status: 'pending', engineerId: null });
    });

    it('completes a scheduled service through in_progress and announces the order complete', async () => {
      const service = await scheduledService();
      await testApp.app
        .get(UnitOfWork)
        .run((manager) => testApp.app.get(ServicesService).completeForOrder(service.orderId, manager, 'bookings-test'));

      const { body } = await testApp.http.get(`/api/v1/services/${service.id}`).expect(200);
      expect(body.status).toBe('completed');
      expect(body.history.slice(-2).map((change: { toStatus: string }) => change.toStatus)).toEqual(['in_progress', 'completed']);
      expect(await outboxRows(OrderServicesCompletedEvent.eventName, service.orderId)).toHaveLength(1);
    });

    it('lists the services of an order as plain summaries', async () => {
      const service = await placeOrderWithService();
      const summaries = await testApp.app.get(ServicesService).findByOrder(service.orderId);
      expect(summaries).toEqual([expect.objectContaining({ id: service.id, status: 'pending', estimatedMinutes: 120 })]);
      expect(Object.getPrototypeOf(summaries[0])).toBe(Object.prototype);
    });
  });

  describe('when an order is cancelled', () => {
    it('cancels its open services, once, and leaves completed ones alone', async () => {
      const open = await scheduledService();
      const done = await inProgressService();
      await testApp.http.post(`/api/v1/services/${done.id}/complete`).expect(200);

      const cancelOpen = new OrderCancelledEvent(open.orderId, 'Customer changed their mind', null);
      await publishAndDispatch(cancelOpen, new OrderCancelledEvent(done.orderId, 'Too late', null));
      await redeliver(cancelOpen);

      const { body } = await testApp.http.get(`/api/v1/services/${open.id}`).expect(200);
      expect(body.status).toBe('cancelled');
      expect(body.history.filter((change: { toStatus: string }) => change.toStatus === 'cancelled')).toEqual([
        expect.objectContaining({ fromStatus: 'scheduled', note: 'order cancelled: Customer changed their mind', actor: 'system' }),
      ]);
      expect((await testApp.http.get(`/api/v1/services/${done.id}`).expect(200)).body.status).toBe('completed');
    });
  });

  describe('queries', () => {
    it('filters by engineer and status and pages newest first', async () => {
      const engineerId = randomUUID();
      const created: ServiceBody[] = [];
      for (let index = 0; index < 3; index += 1) {
        const service = await placeOrderWithService();
        await schedule(service.orderId, engineerId);
        created.push(service);
      }

      const first = await testApp.http.get('/api/v1/services').query({ engineerId, limit: 2 }).expect(200);
      expect(first.body.items.map((item: ServiceBody) => item.id)).toEqual([created[2]!.id, created[1]!.id]);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await testApp.http
        .get('/api/v1/services')
        .query({ engineerId, limit: 2, cursor: first.body.nextCursor })
        .expect(200);
      expect(second.body).toEqual({ items: [expect.objectContaining({ id: created[0]!.id })], nextCursor: null });

      const scheduled = await testApp.http.get('/api/v1/services').query({ engineerId, status: 'scheduled', type: 'installation' }).expect(200);
      expect(scheduled.body.items).toHaveLength(3);
      const pending = await testApp.http.get('/api/v1/services').query({ engineerId, status: 'pending' }).expect(200);
      expect(pending.body.items).toEqual([]);
    });

    it('uses a page of 20 by default', async () => {
      const { body } = await testApp.http.get('/api/v1/services').expect(200);
      expect(body.items.length).toBeLessThanOrEqual(20);
      expect(body).toHaveProperty('nextCursor');
    });

    it.each([
      [{ status: 'done' }, 'status'],
      [{ orderId: 'not-a-uuid' }, 'orderId'],
      [{ engineerId: '42' }, 'engineerId'],
      [{ type: 'repair' }, 'type'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ cursor: 'garbage' }, 'cursor'],
    ])('GET /services?%j is a 400 naming %s', async (query, field) => {
      const response = await testApp.http.get('/api/v1/services').query(query).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });

    it.each([
      ['get', ''],
      ['post', '/start'],
      ['post', '/complete'],
    ] as const)('%s /services/:id%s is a 404 for an unknown id and a 400 for a malformed one', async (method, suffix) => {
      const unknown = await testApp.http[method](`/api/v1/services/${randomUUID()}${suffix}`).expect(404);
      expect(unknown.body.code).toBe('SERVICE_NOT_FOUND');
      const malformed = await testApp.http[method](`/api/v1/services/not-a-uuid${suffix}`).expect(400);
      expect(malformed.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    });

    it('cancelling an unknown service is a 404', async () => {
      await testApp.http.post(`/api/v1/services/${randomUUID()}/cancel`).send({ reason: 'duplicate' }).expect(404);
    });

    it.each([
      ['no reason', 'reason', {}],
      ['an empty reason', 'reason', { reason: '' }],
      ['a blank reason', 'reason', { reason: '   ' }],
      ['a 501-character reason', 'reason', { reason: 'x'.repeat(501) }],
      ['a numeric reason', 'reason', { reason: 42 }],
      ['an unknown field', 'extra', { reason: 'ok', extra: true }],
    ])('POST /services/:id/cancel with %s is a 400 naming %s', async (_case, field, body) => {
      const service = await placeOrderWithService();
      const response = await testApp.http.post(`/api/v1/services/${service.id}/cancel`).send(body).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect((await testApp.http.get(`/api/v1/services/${service.id}`).expect(200)).body.status).toBe('pending');
    });
  });
});
