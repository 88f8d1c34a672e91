import { DataSource } from 'typeorm';
import { CreateInstallationTaskListener } from '../src/modules/services/listeners/create-installation-task.listener';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { INLINE_CUSTOMER, ProductFixture, createProduct, expectStatus, orderRequest } from './support/fixtures';
import { createEngineer, freshDistrict } from './support/scheduling';
import { SERVICES_LISTENER, failRecordingServicesDeliveries } from './support/outbox-faults';
import { TestApp, createTestApp } from './support/test-app';

describe('Orders and the OrderPlaced flow (e2e)', () => {
  let testApp: TestApp;
  let dashcam: ProductFixture;
  let tracker: ProductFixture;
  let accessory: ProductFixture;

  const dispatch = () => testApp.app.get(OutboxDispatcher).dispatchDue();
  const servicesOf = async (orderId: string) =>
    (await testApp.http.get('/api/v1/services').query({ orderId }).expect(200)).body.items as Array<Record<string, unknown>>;
  const placeOrder = async (body: Record<string, unknown>) => expectStatus(await testApp.http.post('/api/v1/orders').send(body), 201).body;

  /** The delivery of the order's OrderPlaced event to the Services listener, as the dispatcher left it. */
  const outboxRow = async (orderId: string) => {
    const dataSource = testApp.app.get(DataSource);
    const [row] = await dataSource.query(
      `SELECT d.status, d.attempts, d.last_error AS "lastError" FROM outbox_deliveries d JOIN outbox_events e ON e.id = d.event_id` +
        ` WHERE e.event_name = 'order.placed' AND e.aggregate_type = 'order' AND e.aggregate_id = ${dataSource.options.type === 'postgres' ? '$1' : '?'}` +
        ` AND d.listener = ${dataSource.options.type === 'postgres' ? '$2' : '?'}`,
      [orderId, SERVICES_LISTENER],
    );
    return { ...row, attempts: Number(row.attempts) };
  };
  /** Holds back the dispatch that follows the next placement's commit: each `dispatch()` is then one delivery attempt. */
  const holdBackNextDispatch = () => jest.spyOn(testApp.app.get(OutboxDispatcher), 'dispatchDue').mockResolvedValueOnce(0);

  beforeAll(async () => {
    // A failed delivery is due again at once, and only the tests trigger dispatching.
    process.env.OUTBOX_RETRY_BASE_MS = '0';
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    dashcam = await createProduct(testApp.http, { category: 'dashcam', priceMinor: 14_999, installMinutes: 45 });
    tracker = await createProduct(testApp.http, { category: 'tracker', priceMinor: 8_950, installMinutes: 30 });
    accessory = await createProduct(testApp.http, {
      category: 'accessory',
      priceMinor: 1_500,
      requiresInstallation: false,
      installMinutes: 0,
    });
  });

  afterEach(() => {
    testApp.clock.reset();
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await testApp.close();
    delete process.env.OUTBOX_RETRY_BASE_MS;
    delete process.env.OUTBOX_POLL_INTERVAL_MS;
  });

  describe('POST /api/v1/orders', () => {
    it('prices from the catalogue, normalises input and numbers the order', async () => {
      const order = await placeOrder(
        orderRequest([dashcam, tracker], {
          items: [
            { productId: dashcam.id, quantity: 2 },
            { productId: tracker.id, quantity: 1 },
          ],
          notes: 'Park on the drive',
        }),
      );
      expect(order).toMatchObject({
        status: 'placed',
        currency: 'GBP',
        totalMinor: 2 * 14_999 + 8_950,
        vehicle: { registration: 'AB12 CDE', make: 'Ford', model: 'Transit Custom', year: 2021 },
        installationAddress: { line1: '1 High Street', city: 'London', postcode: 'SW1A 1AA' },
        notes: 'Park on the drive',
      });
      expect(order.number).toMatch(/^VT-\d{6}$/);
      expect(order.items).toEqual([
        expect.objectContaining({ productId: dashcam.id, quantity: 2, unitPriceMinor: 14_999, lineTotalMinor: 29_998 }),
        expect.objectContaining({ productId: tracker.id, quantity: 1, unitPriceMinor: 8_950, lineTotalMinor: 8_950 }),
      ]);
    });

    it('ignores any price the client sends', async () => {
      const response = await testApp.http
        .post('/api/v1/orders')
        .send(orderRequest([dashcam], { items: [{ productId: dashcam.id, quantity: 1, unitPriceMinor: 1 }] }))
        .expect(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'items.0.unitPriceMinor' })]));
    });

    it('uses an existing customer and a separate installation address', async () => {
      const first = await placeOrder(orderRequest([dashcam]));
      const second = await placeOrder({
        customerId: first.customerId,
        items: [{ productId: tracker.id, quantity: 1 }],
        vehicle: { registration: 'A123 BCD', make: 'VW', model: 'Golf' },
        installationAddress: { line1: 'Unit 4, Dock Road', city: 'Manchester', postcode: 'm1 1ae' },
      });
      expect(second.customerId).toBe(first.customerId);
      expect(second.installationAddress).toEqual({ line1: 'Unit 4, Dock Road', city: 'Manchester', postcode: 'M1 1AE' });
      expect(second.number).not.toBe(first.number);
    });

    it.each([
      [{ items: [] }, 'items'],
      [{ items: [{ productId: 'not-a-uuid', quantity: 1 }] }, 'items.0.productId'],
      [{ items: [{ productId: '00000000-0000-4000-8000-000000000000', quantity: 0 }] }, 'items.0.quantity'],
      [{ items: [{ productId: '00000000-0000-4000-8000-000000000000', quantity: 101 }] }, 'items.0.quantity'],
      [{ vehicle: { registration: 'NOT A PLATE!', make: 'Ford', model: 'Ka' } }, 'vehicle.registration'],
      [{ vehicle: { registration: 'AB12CDE', make: '', model: 'Ka' } }, 'vehicle.make'],
      [{ customer: undefined }, 'customerId'],
      [{ customerId: '00000000-0000-4000-8000-000000000000' }, 'customer'],
      [{ customer: { name: 'No Address', email: 'x@example.com', phone: '0' } }, 'customer.address'],
      [{ installationAddress: { line1: 'x', city: 'y', postcode: 'NOT POSTCODE' } }, 'installationAddress.postcode'],
      [{ surprise: true }, 'surprise'],
    ])('rejects %j with a 400 naming %s', async (overrides, field) => {
      const response = await testApp.http.post('/api/v1/orders').send(orderRequest([dashcam], overrides)).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });

    it('names an unknown or inactive product with a 422', async () => {
      const retired = await createProduct(testApp.http);
      await testApp.http.delete(`/api/v1/products/${retired.id}`).expect(204);
      const unknownId = '00000000-0000-4000-8000-00000000beef';
      const response = await testApp.http
        .post('/api/v1/orders')
        .send(
          orderRequest([dashcam], {
            items: [
              { productId: dashcam.id, quantity: 1 },
              { productId: unknownId, quantity: 1 },
              { productId: retired.id, quantity: 1 },
            ],
          }),
        )
        .expect(422);
      expect(response.body.code).toBe('PRODUCT_UNAVAILABLE');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['items.1.productId', 'items.2.productId']);
    });

    it('refuses a mix of currencies with a 422', async () => {
      const euroProduct = await createProduct(testApp.http, { currency: 'EUR' });
      const response = await testApp.http.post('/api/v1/orders').send(orderRequest([dashcam, euroProduct])).expect(422);
      expect(response.body.code).toBe('MIXED_CURRENCIES');
    });

    it('keeps a customer with orders: deleting it is a 409', async () => {
      const inline = await placeOrder(orderRequest([dashcam]));
      const conflict = await testApp.http.delete(`/api/v1/customers/${inline.customerId}`).expect(409);
      expect(conflict.body.code).toBe('CUSTOMER_HAS_ORDERS');

      const existing = (await testApp.http.post('/api/v1/customers').send({ ...INLINE_CUSTOMER, email: 'later@example.com' }).expect(201)).body;
      await placeOrder(orderRequest([dashcam], { customer: undefined, customerId: existing.id }));
      await testApp.http.delete(`/api/v1/customers/${existing.id}`).expect(409);
      await testApp.http.get(`/api/v1/customers/${existing.id}`).expect(200);
    });

    it('refuses an unknown customerId with a 422', async () => {
      const response = await testApp.http
        .post('/api/v1/orders')
        .send(orderRequest([dashcam], { customer: undefined, customerId: '00000000-0000-4000-8000-00000000c0de' }))
        .expect(422);
      expect(response.body).toMatchObject({ code: 'CUSTOMER_NOT_FOUND', errors: [{ field: 'customerId' }] });
    });

    it('rejects malformed JSON with a 400', async () => {
      const response = await testApp.http.post('/api/v1/orders').set('content-type', 'application/json').send('{"items": [').expect(400);
      expect(response.body.code).toBe('MALFORMED_JSON');
    });
  });

  describe('Idempotency-Key', () => {
    it('replays the original response for the same key and body, creating nothing', async () => {
      const body = orderRequest([dashcam], { notes: 'idempotent' });
      const first = await testApp.http.post('/api/v1/orders').set('Idempotency-Key', 'order-key-1').send(body).expect(201);
      const again = await testApp.http.post('/api/v1/orders').set('Idempotency-Key', 'order-key-1').send(body).expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');

      const sameCustomer = await testApp.http.get('/api/v1/orders').query({ customerId: first.body.customerId, limit: 100 }).expect(200);
      expect(sameCustomer.body.items.filter((order: { notes: string }) => order.notes === 'idempotent')).toHaveLength(1);
      await dispatch();
      expect(await servicesOf(first.body.id)).toHaveLength(1);
    });

    it('answers concurrent retries with one order', async () => {
      const body = orderRequest([tracker], { notes: 'concurrent' });
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => testApp.http.post('/api/v1/orders').set('Idempotency-Key', 'order-key-race').send(body)),
      );
      expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    });

    it('refuses the same key with a different body with a 409', async () => {
      await testApp.http.post('/api/v1/orders').set('Idempotency-Key', 'order-key-2').send(orderRequest([dashcam])).expect(201);
      const response = await testApp.http
        .post('/api/v1/orders')
        .set('Idempotency-Key', 'order-key-2')
        .send(orderRequest([tracker]))
        .expect(409);
      expect(response.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('rejects an unusable key with a 400', async () => {
      const response = await testApp.http
        .post('/api/v1/orders')
        .set('Idempotency-Key', 'x'.repeat(256))
        .send(orderRequest([dashcam]))
        .expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    });
  });

  describe('OrderPlaced → installation service', () => {
    it('creates one pending installation service sized from the installable lines', async () => {
      const order = await placeOrder(
        orderRequest([dashcam, tracker, accessory], {
          items: [
            { productId: dashcam.id, quantity: 2 },
            { productId: tracker.id, quantity: 1 },
            { productId: accessory.id, quantity: 3 },
          ],
        }),
      );
      await dispatch();
      const services = await servicesOf(order.id);
      expect(services).toHaveLength(1);
      expect(services[0]).toMatchObject({ type: 'installation', status: 'pending', engineerId: null, estimatedMinutes: 2 * 45 + 30 });

      const detail = (await testApp.http.get(`/api/v1/orders/${order.id}`).expect(200)).body;
      expect(detail.customer).toMatchObject({ id: order.customerId, name: 'Jane Driver' });
      expect(detail.services).toEqual([expect.objectContaining({ id: services[0]!.id, status: 'pending', estimatedMinutes: 120 })]);
      expect(detail.booking).toBeNull();
    });

    it('fulfils an order with nothing to install once OrderPlaced is handled, saying why', async () => {
      const order = await placeOrder(orderRequest([accessory]));
      await dispatch();
      expect(await servicesOf(order.id)).toEqual([]);
      const detail = (await testApp.http.get(`/api/v1/orders/${order.id}`).expect(200)).body;
      expect(detail.status).toBe('fulfilled');
      expect(detail.history.map((change: { toStatus: string; reason: string }) => [change.toStatus, change.reason])).toEqual([
        ['placed', `order ${detail.number} placed`],
        ['fulfilled', 'nothing to install'],
      ]);
    });

    it('survives a stopped dispatcher: the committed event is delivered later, exactly once', async () => {
      const dispatcher = testApp.app.get(OutboxDispatcher);
      const stopped = jest.spyOn(dispatcher, 'dispatchDue').mockResolvedValue(0);
      const order = await placeOrder(orderRequest([dashcam]));
      expect(await servicesOf(order.id)).toEqual([]);
      stopped.mockRestore();

      await dispatch();
      await dispatch();
      expect(await servicesOf(order.id)).toHaveLength(1);
    });

    it('retries after a listener fails and records the attempt, without a second service', async () => {
      jest.spyOn(testApp.app.get(CreateInstallationTaskListener), 'handle').mockRejectedValueOnce(new Error('listener crashed'));
      holdBackNextDispatch();
      const order = await placeOrder(orderRequest([tracker]));

      await dispatch();
      expect(await outboxRow(order.id)).toEqual({ status: 'pending', attempts: 1, lastError: 'listener crashed' });
      expect(await servicesOf(order.id)).toEqual([]);

      await dispatch();
      expect(await outboxRow(order.id)).toEqual({ status: 'delivered', attempts: 2, lastError: null });
      expect(await servicesOf(order.id)).toHaveLength(1);
    });

    it('delivering the same OrderPlaced event again still yields one service', async () => {
      // The service is committed, but recording the delivery fails: the event is delivered a second time.
      failRecordingServicesDeliveries(testApp.app, new Error('connection lost'));
      holdBackNextDispatch();
      const order = await placeOrder(orderRequest([dashcam]));
      await dispatch();
      expect(await outboxRow(order.id)).toEqual({ status: 'pending', attempts: 1, lastError: 'connection lost' });
      expect(await servicesOf(order.id)).toHaveLength(1);

      await dispatch();
      expect(await outboxRow(order.id)).toEqual({ status: 'delivered', attempts: 2, lastError: null });
      expect(await servicesOf(order.id)).toHaveLength(1);
    });
  });

  describe('lifecycle', () => {
    it('place → task appears → booked → start on the day → complete → order fulfilled, in the same transaction', async () => {
      await testApp.http.patch('/api/v1/settings').send({ timezone: 'Europe/London', slotMinutes: 30, minLeadHours: 24 }).expect(200);
      const district = freshDistrict();
      const engineer = await createEngineer(testApp.http, district);
      const order = await placeOrder(
        orderRequest([dashcam], { installationAddress: { line1: '2 Mill Lane', city: 'Leeds', postcode: `${district} 1AA` } }),
      );
      await dispatch();
      const [service] = await servicesOf(order.id);

      // Monday 7 January 2030, GMT.
      const booking = await testApp.http.post('/api/v1/bookings').send({ orderId: order.id, engineerId: engineer.id, start: '2030-01-07T10:00:00.000Z' });
      expect(expectStatus(booking, 201).body.serviceIds).toEqual([service!.id]);
      testApp.clock.travelTo('2030-01-07T09:40:00.000Z');
      await testApp.http.post(`/api/v1/services/${service!.id}/start`).expect(200);
      await testApp.http.post(`/api/v1/services/${service!.id}/complete`).expect(200);

      // No event delivery in between: the order is settled by the request that completed its last task.
      const detail = (await testApp.http.get(`/api/v1/orders/${order.id}`).expect(200)).body;
      expect(detail.status).toBe('fulfilled');
      expect(detail.fulfilledAt).not.toBeNull();
      expect(detail.services).toEqual([expect.objectContaining({ status: 'completed', engineerId: engineer.id })]);
      expect(detail.booking).toMatchObject({ id: booking.body.id, status: 'completed' });
      expect(detail.history.map((change: { fromStatus: string | null; toStatus: string; reason: string; actor: string }) => [change.fromStatus, change.toStatus, change.reason, change.actor])).toEqual([
        [null, 'placed', `order ${order.number} placed`, testApp.admin.actor],
        ['placed', 'fulfilled', 'the installation work is done', testApp.admin.actor],
      ]);
    });

    it('cancelling an order cancels its open service', async () => {
      const order = await placeOrder(orderRequest([dashcam]));
      await dispatch();
      const cancelled = (await testApp.http.post(`/api/v1/orders/${order.id}/cancel`).send({ reason: 'Changed mind' }).expect(200)).body;
      expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'Changed mind', services: [expect.objectContaining({ status: 'cancelled' })] });
      // In the cancelling transaction: no event delivery is needed.
      const [service] = await servicesOf(order.id);
      expect(service).toMatchObject({ status: 'cancelled' });
      expect(cancelled.history.at(-1)).toMatchObject({ fromStatus: 'placed', toStatus: 'cancelled', reason: 'Changed mind', actor: testApp.admin.actor });
    });

    it('refuses to cancel twice with a 409 naming the allowed moves', async () => {
      const order = await placeOrder(orderRequest([dashcam]));
      await testApp.http.post(`/api/v1/orders/${order.id}/cancel`).send({ reason: 'first' }).expect(200);
      const response = await testApp.http.post(`/api/v1/orders/${order.id}/cancel`).send({ reason: 'again' }).expect(409);
      expect(response.body).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', currentStatus: 'cancelled', allowedStatuses: [] });
    });

    it('requires a reason to cancel', async () => {
      const order = await placeOrder(orderRequest([accessory]));
      const response = await testApp.http.post(`/api/v1/orders/${order.id}/cancel`).send({}).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('reason');
    });
  });

  describe('GET /api/v1/orders', () => {
    it('filters by status and customer and pages with a cursor without gaps or repeats', async () => {
      const first = await placeOrder(orderRequest([dashcam], { customer: { ...INLINE_CUSTOMER, email: 'pager@example.com' } }));
      const customerId = first.customerId as string;
      for (let index = 0; index < 4; index += 1) {
        await placeOrder({ customerId, items: [{ productId: dashcam.id, quantity: 1 }], vehicle: { registration: 'AB12CDE', make: 'Ford', model: 'Ka' } });
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = (await testApp.http.get('/api/v1/orders').query({ customerId, limit: 2, ...(cursor ? { cursor } : {}) }).expect(200)).body;
        seen.push(...page.items.map((order: { id: string }) => order.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);

      await testApp.http.post(`/api/v1/orders/${first.id}/cancel`).send({ reason: 'test' }).expect(200);
      const cancelled = (await testApp.http.get('/api/v1/orders').query({ customerId, status: 'cancelled' }).expect(200)).body;
      expect(cancelled.items.map((order: { id: string }) => order.id)).toEqual([first.id]);
    });

    it('filters by creation time', async () => {
      const before = new Date(Date.now() - 1000).toISOString();
      const order = await placeOrder(orderRequest([accessory]));
      const since = (await testApp.http.get('/api/v1/orders').query({ from: before, limit: 100 }).expect(200)).body;
      expect(since.items.map((item: { id: string }) => item.id)).toContain(order.id);
      const until = (await testApp.http.get('/api/v1/orders').query({ to: before, limit: 100 }).expect(200)).body;
      expect(until.items.map((item: { id: string }) => item.id)).not.toContain(order.id);
    });

    it.each([
      [{ status: 'shipped' }, 'status'],
      [{ customerId: 'nope' }, 'customerId'],
      [{ from: 'yesterday' }, 'from'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ cursor: 'garbage' }, 'cursor'],
    ])('rejects %j with a 400 naming %s', async (query, field) => {
      const response = await testApp.http.get('/api/v1/orders').query(query).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });

    it('answers 404 for an unknown order and 400 for a malformed id', async () => {
      await testApp.http.get('/api/v1/orders/00000000-0000-4000-8000-000000000404').expect(404);
      const response = await testApp.http.get('/api/v1/orders/not-a-uuid').expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
      await testApp.http.post('/api/v1/orders/00000000-0000-4000-8000-000000000404/cancel').send({ reason: 'x' }).expect(404);
    });
  });
});
