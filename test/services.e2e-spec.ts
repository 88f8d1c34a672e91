import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OrderPlacedEvent } from '../src/modules/orders/events/order-placed.event';
import { CreateInstallationTaskListener } from '../src/modules/services/listeners/create-installation-task.listener';
import { ServicesRepository } from '../src/modules/services/services.repository';
import { OutboxDeliveryEntity } from '../src/outbox/entities/outbox-delivery.entity';
import { OutboxEventEntity } from '../src/outbox/entities/outbox-event.entity';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { ProductFixture, createProduct, expectStatus, orderRequest } from './support/fixtures';
import { EngineerFixture, createEngineer, freshDistrict } from './support/scheduling';
import { SERVICES_LISTENER, failRecordingServicesDeliveries } from './support/outbox-faults';
import { TestApp, createTestApp } from './support/test-app';

// Monday 7 January 2030: GMT, so London time equals UTC.
const MONDAY = '2030-01-07';
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
const SKILLS = ['dashcam', 'tracker'];

interface ServiceBody {
  id: string;
  orderId: string;
  status: string;
  engineerId: string | null;
  [field: string]: unknown;
}

interface StatusChange {
  fromStatus: string | null;
  toStatus: string;
  at: string;
  note?: string | null;
  reason?: string;
  actor: string;
}

interface PlacedOrder {
  orderId: string;
  number: string;
  district: string;
}

interface BookedService {
  service: ServiceBody;
  orderId: string;
  district: string;
  engineer: EngineerFixture;
  bookingId: string;
}

describe('Services (e2e)', () => {
  let testApp: TestApp;
  let tracker: ProductFixture;
  let dashcam: ProductFixture;
  let cable: ProductFixture;

  beforeAll(async () => {
    // A failed delivery is due again at once, and only the tests trigger dispatching.
    process.env.OUTBOX_RETRY_BASE_MS = '0';
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    await testApp.http
      .patch('/api/v1/settings')
      .send({ timezone: 'Europe/London', slotMinutes: 30, minLeadHours: 24, travelBufferMinutes: 30 })
      .expect(200);
    tracker = await createProduct(testApp.http, { category: 'tracker', installMinutes: 45 });
    dashcam = await createProduct(testApp.http, { category: 'dashcam', installMinutes: 30 });
    cable = await createProduct(testApp.http, { category: 'accessory', requiresInstallation: false, installMinutes: 90 });
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

  const dispatch = () => testApp.app.get(OutboxDispatcher).dispatchDue();

  /** Two trackers, a dashcam and a cable, fitted in a district of its own: 2 × 45 + 30 minutes of work. */
  const FULL_KIT = () => [
    { productId: tracker.id, quantity: 2 },
    { productId: dashcam.id, quantity: 1 },
    { productId: cable.id, quantity: 1 },
  ];

  async function postOrder(items: Array<{ productId: string; quantity: number }>, district: string): Promise<PlacedOrder> {
    const body = orderRequest([], { items, installationAddress: { line1: '2 Mill Lane', city: 'Leeds', postcode: `${district} 1AA` } });
    const { id, number } = expectStatus(await testApp.http.post('/api/v1/orders').send(body), 201).body as { id: string; number: string };
    return { orderId: id, number, district };
  }

  /** POST /orders, then waits until OrderPlaced is delivered. */
  async function placeOrder(items = FULL_KIT(), district = freshDistrict()): Promise<PlacedOrder> {
    const placed = await postOrder(items, district);
    await dispatch();
    return placed;
  }

  /**
   * POST /orders with the dispatch that follows the commit held back, as when the process stops
   * right after answering: each `dispatch()` the test makes is then exactly one delivery attempt.
   */
  async function placeOrderUndelivered(items = FULL_KIT(), district = freshDistrict()): Promise<PlacedOrder> {
    jest.spyOn(testApp.app.get(OutboxDispatcher), 'dispatchDue').mockResolvedValueOnce(0);
    return postOrder(items, district);
  }

  async function servicesOfOrder(orderId: string): Promise<ServiceBody[]> {
    return (await testApp.http.get('/api/v1/services').query({ orderId }).expect(200)).body.items;
  }

  async function serviceDetail(id: string): Promise<ServiceBody & { history: StatusChange[] }> {
    return (await testApp.http.get(`/api/v1/services/${id}`).expect(200)).body;
  }

  async function orderDetail(orderId: string) {
    return (await testApp.http.get(`/api/v1/orders/${orderId}`).expect(200)).body as {
      status: string;
      number: string;
      cancellationReason: string | null;
      services: Array<Record<string, unknown>>;
      booking: Record<string, unknown> | null;
      history: StatusChange[];
    };
  }

  async function bookingOf(id: string) {
    return (await testApp.http.get(`/api/v1/bookings/${id}`).expect(200)).body as {
      status: string;
      startedAt: string | null;
      cancellationReason: string | null;
      serviceIds: string[];
      audit: Array<{ action: string; reason: string | null; actor: string }>;
    };
  }

  /** The deliveries of the order's events of that name to the Services listener (webhooks listen too). */
  async function outboxRows(eventName: string, orderId: string): Promise<OutboxDeliveryEntity[]> {
    const dataSource = testApp.app.get(DataSource);
    const events = await dataSource.getRepository(OutboxEventEntity).findBy({ eventName, aggregateType: 'order', aggregateId: orderId });
    return dataSource.getRepository(OutboxDeliveryEntity).findBy(events.map((event) => ({ eventId: event.id, listener: SERVICES_LISTENER })));
  }

  async function pendingService(): Promise<ServiceBody> {
    const { orderId } = await placeOrder();
    const [service] = await servicesOfOrder(orderId);
    return service!;
  }

  function book(orderId: string, engineerId: string, start = at(MONDAY, '10:00')) {
    return testApp.http.post('/api/v1/bookings').send({ orderId, engineerId, start });
  }

  /** An order in a district of its own, booked with an engineer who covers it (Monday 10:00-12:00 unless told). */
  async function bookedService(options: { engineer?: EngineerFixture; district?: string; start?: string } = {}): Promise<BookedService> {
    const district = options.district ?? freshDistrict();
    const engineer = options.engineer ?? (await createEngineer(testApp.http, district, { skills: SKILLS }));
    const { orderId } = await placeOrder(FULL_KIT(), district);
    const booking = expectStatus(await book(orderId, engineer.id, options.start), 201).body as { id: string; serviceIds: string[] };
    const [service] = await servicesOfOrder(orderId);
    expect(booking.serviceIds).toEqual([service!.id]);
    return { service: service!, orderId, district, engineer, bookingId: booking.id };
  }

  /** Booked for Monday 10:00 and started on the day. */
  async function startedService(): Promise<BookedService> {
    const booked = await bookedService();
    testApp.clock.travelTo(at(MONDAY, '09:50'));
    await testApp.http.post(`/api/v1/services/${booked.service.id}/start`).expect(200);
    return booked;
  }

  describe('when an order is placed', () => {
    it('creates one pending installation service sized from the installable lines', async () => {
      const { orderId, number, district } = await placeOrder();

      const services = await servicesOfOrder(orderId);
      expect(services).toHaveLength(1);
      expect(services[0]).toMatchObject({
        orderId,
        type: 'installation',
        status: 'pending',
        engineerId: null,
        estimatedMinutes: 45 * 2 + 30,
        installationPostcode: `${district} 1AA`,
        requiredSkills: SKILLS,
      });
      expect((await serviceDetail(services[0]!.id)).history).toEqual([
        {
          fromStatus: null,
          toStatus: 'pending',
          at: expect.any(String),
          note: `created from order ${number}`,
          actor: 'system',
          actorDetails: { type: 'system', id: null, name: 'system' },
          failureReason: null,
        },
      ]);
      const order = await orderDetail(orderId);
      expect(order.status).toBe('placed');
      expect(order.services).toEqual([{ id: services[0]!.id, type: 'installation', status: 'pending', engineerId: null, estimatedMinutes: 120 }]);
      const [row] = await outboxRows(OrderPlacedEvent.eventName, orderId);
      expect(row).toMatchObject({ status: 'delivered', attempts: 1 });
    });

    it('creates no service when no line needs installing, and fulfils the order saying why', async () => {
      const { orderId } = await placeOrder([{ productId: cable.id, quantity: 3 }]);
      expect(await servicesOfOrder(orderId)).toEqual([]);
      const order = await orderDetail(orderId);
      expect(order.status).toBe('fulfilled');
      expect(order.history.at(-1)).toMatchObject({ fromStatus: 'placed', toStatus: 'fulfilled', reason: 'nothing to install', actor: 'system' });
      const [row] = await outboxRows(OrderPlacedEvent.eventName, orderId);
      expect(row?.status).toBe('delivered');
    });

    it('creates the service once when OrderPlaced is delivered again, also when a redelivery raced past the existence check', async () => {
      // The work is committed but recording the delivery fails twice, so the event is delivered three times.
      failRecordingServicesDeliveries(testApp.app, new Error('connection lost'), new Error('connection lost again'));
      const { orderId } = await placeOrderUndelivered();
      await dispatch();
      await dispatch();
      // As if a concurrent delivery committed between the third one's check and its insert.
      jest.spyOn(testApp.app.get(ServicesRepository), 'existsForOrder').mockResolvedValueOnce(false);
      await dispatch();

      expect(await outboxRows(OrderPlacedEvent.eventName, orderId)).toEqual([expect.objectContaining({ status: 'delivered', attempts: 3, lastError: null })]);
      const services = await servicesOfOrder(orderId);
      expect(services).toHaveLength(1);
      expect((await serviceDetail(services[0]!.id)).history).toHaveLength(1);
    });

    it('leaves the event pending after a failed delivery and creates the service exactly once on retry', async () => {
      jest.spyOn(testApp.app.get(ServicesRepository), 'createMany').mockRejectedValueOnce(new Error('database briefly unavailable'));
      const { orderId } = await placeOrderUndelivered();
      await dispatch();

      expect(await outboxRows(OrderPlacedEvent.eventName, orderId)).toEqual([
        expect.objectContaining({ status: 'pending', attempts: 1, lastError: 'database briefly unavailable' }),
      ]);
      expect(await servicesOfOrder(orderId)).toEqual([]);
      expect((await orderDetail(orderId)).status).toBe('placed');

      await dispatch();
      expect(await servicesOfOrder(orderId)).toEqual([expect.objectContaining({ status: 'pending' })]);
      expect(await outboxRows(OrderPlacedEvent.eventName, orderId)).toEqual([
        expect.objectContaining({ status: 'delivered', attempts: 2, lastError: null }),
      ]);
    });

    it('creates no work on the retry of a failed delivery when the order was cancelled in between, and the order takes no booking', async () => {
      const district = freshDistrict();
      const engineer = await createEngineer(testApp.http, district, { skills: SKILLS });
      jest.spyOn(testApp.app.get(CreateInstallationTaskListener), 'handle').mockRejectedValueOnce(new Error('listener crashed'));
      const { orderId } = await placeOrderUndelivered(FULL_KIT(), district);
      await dispatch();
      const [failed] = await outboxRows(OrderPlacedEvent.eventName, orderId);
      expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastError: 'listener crashed' });
      expect(await servicesOfOrder(orderId)).toEqual([]);

      await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: 'Ordered by mistake' }).expect(200);
      await dispatch();

      expect(await outboxRows(OrderPlacedEvent.eventName, orderId)).toEqual([expect.objectContaining({ status: 'delivered', attempts: 2, lastError: null })]);
      expect(await servicesOfOrder(orderId)).toEqual([]);
      const order = await orderDetail(orderId);
      expect(order).toMatchObject({ status: 'cancelled', cancellationReason: 'Ordered by mistake', services: [], booking: null });
      expect(order.history.map((change) => [change.fromStatus, change.toStatus, change.reason])).toEqual([
        [null, 'placed', `order ${order.number} placed`],
        ['placed', 'cancelled', 'Ordered by mistake'],
      ]);
      const refused = expectStatus(await book(orderId, engineer.id), 409).body;
      expect(refused).toMatchObject({ code: 'ORDER_CANCELLED', orderId, status: 'cancelled' });
    });
  });

  describe('status changes', () => {
    it('runs pending → scheduled → in_progress → completed through the booking and records each change', async () => {
      const { service, engineer, bookingId, orderId } = await bookedService();
      expect(await serviceDetail(service.id)).toMatchObject({ status: 'scheduled', engineerId: engineer.id });

      testApp.clock.travelTo(at(MONDAY, '08:00'));
      const started = await testApp.http.post(`/api/v1/services/${service.id}/start`).expect(200);
      expect(started.body).toMatchObject({ id: service.id, status: 'in_progress', engineerId: engineer.id });
      expect((await orderDetail(orderId)).status).toBe('placed');
      expect((await bookingOf(bookingId)).status).toBe('scheduled');

      const completed = await testApp.http.post(`/api/v1/services/${service.id}/complete`).expect(200);
      expect(completed.body).toMatchObject({ status: 'completed' });

      const { history } = await serviceDetail(service.id);
      expect(history.map((change) => [change.fromStatus, change.toStatus, change.actor])).toEqual([
        [null, 'pending', 'system'],
        ['pending', 'scheduled', testApp.admin.actor],
        ['scheduled', 'in_progress', testApp.admin.actor],
        ['in_progress', 'completed', testApp.admin.actor],
      ]);
      expect(history[1]!.note).toBe(`engineer ${engineer.id} booked`);
    });

    it('starting a booked service records when its booking started, from the local start of the appointment’s day only', async () => {
      const { service, bookingId } = await bookedService();
      testApp.clock.travelTo(at('2030-01-06', '23:59'));
      const tooEarly = expectStatus(await testApp.http.post(`/api/v1/services/${service.id}/start`), 409).body;
      expect(tooEarly).toMatchObject({ code: 'TOO_EARLY_TO_START', earliestAt: at(MONDAY, '00:00') });
      expect((await serviceDetail(service.id)).status).toBe('scheduled');
      expect((await bookingOf(bookingId)).startedAt).toBeNull();

      testApp.clock.travelTo(at(MONDAY, '09:45'));
      await testApp.http.post(`/api/v1/services/${service.id}/start`).expect(200);
      const booking = await bookingOf(bookingId);
      expect(booking.status).toBe('scheduled');
      expect(Date.parse(booking.startedAt!) - Date.parse(at(MONDAY, '09:45'))).toBeGreaterThanOrEqual(0);
      expect(Date.parse(booking.startedAt!) - Date.parse(at(MONDAY, '09:45'))).toBeLessThan(10_000);
      expect(booking.audit.map((entry) => [entry.action, entry.actor])).toEqual([
        ['created', testApp.admin.actor],
        ['started', testApp.admin.actor],
      ]);
      // Started work is no longer cancellable through the booking.
      expect(expectStatus(await testApp.http.post(`/api/v1/bookings/${bookingId}/cancel`).send({ reason: 'x' }), 409).body.code).toBe('INSTALLATION_IN_PROGRESS');
    });

    it('completing a booked service completes its booking and fulfils the order, saying why', async () => {
      const { service, bookingId, orderId } = await startedService();
      await testApp.http.post(`/api/v1/services/${service.id}/complete`).expect(200);

      const booking = await bookingOf(bookingId);
      expect(booking.status).toBe('completed');
      expect(booking.audit.map((entry) => entry.action)).toEqual(['created', 'started', 'completed']);
      const order = await orderDetail(orderId);
      expect(order).toMatchObject({ status: 'fulfilled', booking: { id: bookingId, status: 'completed' }, services: [expect.objectContaining({ status: 'completed' })] });
      expect(order.history.at(-1)).toMatchObject({ fromStatus: 'placed', toStatus: 'fulfilled', reason: 'the installation work is done', actor: testApp.admin.actor });
      // The booking is over: it can be neither completed again nor cancelled, and the order takes no new one.
      expect(expectStatus(await testApp.http.post(`/api/v1/bookings/${bookingId}/complete`), 409).body.code).toBe('ILLEGAL_STATE_TRANSITION');
      expect(expectStatus(await testApp.http.post(`/api/v1/bookings/${bookingId}/cancel`).send({ reason: 'late' }), 409).body.code).toBe('ILLEGAL_STATE_TRANSITION');
      const closed = await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: 'Too late' });
      expect(expectStatus(closed, 409).body).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', currentStatus: 'fulfilled' });
    });

    it('completing the booking instead completes its service through in_progress, and the order is fulfilled', async () => {
      const { service, bookingId, orderId } = await startedService();
      await testApp.http.post(`/api/v1/bookings/${bookingId}/complete`).expect(200);

      const { status, history } = await serviceDetail(service.id);
      expect(status).toBe('completed');
      expect(history.slice(-2).map((change) => [change.fromStatus, change.toStatus, change.note])).toEqual([
        ['scheduled', 'in_progress', null],
        ['in_progress', 'completed', 'booking completed'],
      ]);
      expect((await orderDetail(orderId)).status).toBe('fulfilled');
    });

    it('cancelling a booked service cancels its booking with the same reason, frees the engineer and cancels the order', async () => {
      const { service, bookingId, orderId, district, engineer } = await bookedService();
      const response = await testApp.http.post(`/api/v1/services/${service.id}/cancel`).send({ reason: '  Customer sold the vehicle ' }).expect(200);
      expect(response.body.status).toBe('cancelled');

      expect((await serviceDetail(service.id)).history.at(-1)).toMatchObject({
        fromStatus: 'scheduled',
        toStatus: 'cancelled',
        note: 'Customer sold the vehicle',
        actor: testApp.admin.actor,
      });
      const booking = await bookingOf(bookingId);
      expect(booking).toMatchObject({ status: 'cancelled', cancellationReason: 'Customer sold the vehicle' });
      expect(booking.audit.at(-1)).toMatchObject({ action: 'cancelled', reason: 'Customer sold the vehicle', actor: testApp.admin.actor });
      const order = await orderDetail(orderId);
      expect(order).toMatchObject({ status: 'cancelled', booking: { id: bookingId, status: 'cancelled' } });
      expect(order.history.at(-1)).toMatchObject({
        fromStatus: 'placed',
        toStatus: 'cancelled',
        reason: 'every installation task was cancelled: Customer sold the vehicle',
        actor: testApp.admin.actor,
      });
      // The engineer's Monday morning is free again.
      const other = await placeOrder(FULL_KIT(), district);
      expectStatus(await book(other.orderId, engineer.id), 201);
    });

    it('cancelling a pending service cancels the order, with the reason in both histories', async () => {
      const service = await pendingService();
      await testApp.http.post(`/api/v1/services/${service.id}/cancel`).send({ reason: 'Duplicate order' }).expect(200);
      expect((await serviceDetail(service.id)).history.at(-1)).toMatchObject({ fromStatus: 'pending', toStatus: 'cancelled', note: 'Duplicate order' });
      const order = await orderDetail(service.orderId);
      expect(order).toMatchObject({ status: 'cancelled', booking: null });
      expect(order.history.at(-1)).toMatchObject({ toStatus: 'cancelled', reason: 'every installation task was cancelled: Duplicate order' });
    });

    it.each([
      ['pending', 'start', ['scheduled', 'cancelled']],
      ['pending', 'complete', ['scheduled', 'cancelled']],
      ['scheduled', 'complete', ['in_progress', 'pending', 'cancelled']],
      ['in_progress', 'start', ['completed', 'pending', 'cancelled']],
      ['completed', 'start', []],
      ['completed', 'complete', []],
      ['completed', 'cancel', []],
      ['cancelled', 'start', []],
      ['cancelled', 'complete', []],
      ['cancelled', 'cancel', []],
    ])('refuses a %s service to %s with a 409 naming the allowed moves', async (status, action, allowedStatuses) => {
      const service = await serviceIn(status);
      // On the appointment's day, so that only the status can be the reason for a refusal.
      testApp.clock.travelTo(at(MONDAY, '10:30'));
      const response = await testApp.http.post(`/api/v1/services/${service.id}/${action}`).send({ reason: 'changed my mind' }).expect(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', currentStatus: status, allowedStatuses });
      expect((await serviceDetail(service.id)).status).toBe(status);
    });

    async function serviceIn(status: string): Promise<ServiceBody> {
      if (status === 'pending') return pendingService();
      if (status === 'scheduled') return (await bookedService()).service;
      const { service } = await startedService();
      if (status === 'completed') await testApp.http.post(`/api/v1/services/${service.id}/complete`).expect(200);
      if (status === 'cancelled') await testApp.http.post(`/api/v1/services/${service.id}/cancel`).send({ reason: 'no longer needed' }).expect(200);
      return service;
    }
  });

  describe('with bookings', () => {
    it('a booked order takes no second booking, and a fulfilled one none at all', async () => {
      const { orderId, engineer, bookingId, service } = await bookedService();
      const again = expectStatus(await book(orderId, engineer.id, at('2030-01-08', '10:00')), 409).body;
      expect(again).toMatchObject({ code: 'ORDER_ALREADY_BOOKED', existingBooking: { id: bookingId } });

      testApp.clock.travelTo(at(MONDAY, '10:00'));
      await testApp.http.post(`/api/v1/services/${service.id}/start`).expect(200);
      await testApp.http.post(`/api/v1/services/${service.id}/complete`).expect(200);
      const fulfilled = expectStatus(await book(orderId, engineer.id, at('2030-01-08', '10:00')), 409).body;
      expect(fulfilled).toMatchObject({ code: 'ORDER_FULFILLED', orderId, status: 'fulfilled' });
    });

    it('returns a scheduled service to pending, without an engineer, when its booking is cancelled', async () => {
      const { service, bookingId, orderId } = await bookedService();
      await testApp.http.post(`/api/v1/bookings/${bookingId}/cancel`).send({ reason: 'Customer away' }).expect(200);
      const detail = await serviceDetail(service.id);
      expect(detail).toMatchObject({ status: 'pending', engineerId: null });
      expect(detail.history.at(-1)).toMatchObject({ fromStatus: 'scheduled', toStatus: 'pending', note: 'booking cancelled', actor: testApp.admin.actor });
      expect((await orderDetail(orderId)).status).toBe('placed');
    });
  });

  describe('when an order is cancelled', () => {
    it('cancels its open services, once, and leaves a fulfilled order’s completed ones alone', async () => {
      const open = await bookedService();
      const done = await startedService();
      await testApp.http.post(`/api/v1/services/${done.service.id}/complete`).expect(200);

      await testApp.http.post(`/api/v1/orders/${open.orderId}/cancel`).send({ reason: 'Customer changed their mind' }).expect(200);
      await testApp.http.post(`/api/v1/orders/${done.orderId}/cancel`).send({ reason: 'Too late' }).expect(409);
      await testApp.http.post(`/api/v1/orders/${open.orderId}/cancel`).send({ reason: 'Again' }).expect(409);
      await dispatch();

      const { status, history } = await serviceDetail(open.service.id);
      expect(status).toBe('cancelled');
      expect(history.filter((change) => change.toStatus === 'cancelled')).toEqual([
        expect.objectContaining({ fromStatus: 'scheduled', note: 'order cancelled: Customer changed their mind', actor: testApp.admin.actor }),
      ]);
      expect(await bookingOf(open.bookingId)).toMatchObject({ status: 'cancelled', cancellationReason: 'order cancelled: Customer changed their mind' });
      expect((await serviceDetail(done.service.id)).status).toBe('completed');
      expect((await orderDetail(done.orderId)).status).toBe('fulfilled');
    });

    it('a service of a cancelled order can be neither started nor completed, even on the appointment’s day', async () => {
      const { service, orderId } = await bookedService();
      await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: 'Vehicle written off' }).expect(200);

      testApp.clock.travelTo(at(MONDAY, '10:00'));
      for (const action of ['start', 'complete']) {
        const response = expectStatus(await testApp.http.post(`/api/v1/services/${service.id}/${action}`), 409).body;
        expect([action, response]).toEqual([action, expect.objectContaining({ code: 'ILLEGAL_STATE_TRANSITION', currentStatus: 'cancelled' })]);
      }
      expect((await serviceDetail(service.id)).status).toBe('cancelled');
      expect((await orderDetail(orderId)).status).toBe('cancelled');
    });
  });

  describe('queries', () => {
    it('filters by engineer and status and pages newest first', async () => {
      const district = freshDistrict();
      const engineer = await createEngineer(testApp.http, district, { skills: SKILLS });
      const created: ServiceBody[] = [];
      for (const day of [MONDAY, '2030-01-08', '2030-01-09']) {
        created.push((await bookedService({ engineer, district, start: at(day, '10:00') })).service);
      }

      const first = await testApp.http.get('/api/v1/services').query({ engineerId: engineer.id, limit: 2 }).expect(200);
      expect(first.body.items.map((item: ServiceBody) => item.id)).toEqual([created[2]!.id, created[1]!.id]);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await testApp.http.get('/api/v1/services').query({ engineerId: engineer.id, limit: 2, cursor: first.body.nextCursor }).expect(200);
      expect(second.body).toEqual({ items: [expect.objectContaining({ id: created[0]!.id })], nextCursor: null });

      const scheduled = await testApp.http.get('/api/v1/services').query({ engineerId: engineer.id, status: 'scheduled', type: 'installation' }).expect(200);
      expect(scheduled.body.items).toHaveLength(3);
      const pending = await testApp.http.get('/api/v1/services').query({ engineerId: engineer.id, status: 'pending' }).expect(200);
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
      const service = await pendingService();
      const response = await testApp.http.post(`/api/v1/services/${service.id}/cancel`).send(body).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect((await serviceDetail(service.id)).status).toBe('pending');
    });
  });
});
