/**
 * Issue 14, item 6: visits that fail. POST /services/{id}/fail sends a booked task back to
 * pending with the failure in its history; the booking records it in its outcome and completes
 * once every one of its tasks is completed or failed; the order stays open until the task is
 * booked again and done.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProductFixture, expectStatus } from './support/fixtures';
import { EngineerFixture, createEngineer, freshDistrict, installableProduct, placeOrder } from './support/scheduling';
import { SignedInUser, TestApp, createTestApp } from './support/test-app';

// Monday 7 January 2030: GMT, so London time equals UTC.
const MONDAY = '2030-01-07';
const TUESDAY = '2030-01-08';
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
const REASONS = ['vehicle_not_present', 'vehicle_incompatible', 'customer_refused', 'parts_missing', 'other'] as const;

interface ServiceBody {
  id: string;
  orderId: string;
  status: string;
  engineerId: string | null;
  lastFailure: { reason: string; note: string | null; at: string; actor: string } | null;
  history?: Array<{ fromStatus: string | null; toStatus: string; note: string | null; actor: string; failureReason: string | null }>;
}

interface BookingBody {
  id: string;
  status: string;
  start: string;
  end: string;
  startedAt: string | null;
  serviceIds: string[];
  outcome: { completed: string[]; failed: Array<{ serviceId: string; reason: string; note: string | null }> };
  audit: Array<{ action: string; reason: string | null; actor: string }>;
}

interface OrderBody {
  status: string;
  services: Array<{ id: string; status: string }>;
  booking: { id: string; status: string } | null;
}

describe('Failed visits (e2e)', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let product: ProductFixture;
  const isPostgres = () => dataSource.options.type === 'postgres';

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    // Until fleet orders (issue 14, items 2-3) create a task per vehicle, an order has one
    // installation task; the tests of several tasks per booking add the second one in the
    // database, which the one-task-per-order constraint would refuse. Dropped before any row exists.
    const queryRunner = dataSource.createQueryRunner();
    try {
      const table = await queryRunner.getTable('services');
      if (table?.uniques.some((unique) => unique.name === 'uq_services_order_type')) await queryRunner.dropUniqueConstraint('services', 'uq_services_order_type');
    } finally {
      await queryRunner.release();
    }
    product = await installableProduct(testApp.http, 'dashcam', 60);
    await testApp.http.patch('/api/v1/settings').send({ timezone: 'Europe/London', slotMinutes: 30, minLeadHours: 0, travelBufferMinutes: 0 }).expect(200);
  });

  afterEach(() => testApp.clock.reset());

  afterAll(async () => {
    await testApp.close();
    delete process.env.OUTBOX_POLL_INTERVAL_MS;
  });

  /** `?` placeholders, numbered for PostgreSQL. */
  function sql(text: string): string {
    if (!isPostgres()) return text;
    let n = 0;
    return text.replace(/\?/g, () => `$${(n += 1)}`);
  }

  async function servicesOf(orderId: string): Promise<ServiceBody[]> {
    const response = await testApp.http.get('/api/v1/services').query({ orderId });
    return (expectStatus(response, 200).body as { items: ServiceBody[] }).items;
  }

  const service = async (id: string) => expectStatus(await testApp.http.get(`/api/v1/services/${id}`), 200).body as ServiceBody;
  const booking = async (id: string) => expectStatus(await testApp.http.get(`/api/v1/bookings/${id}`), 200).body as BookingBody;
  const order = async (id: string) => expectStatus(await testApp.http.get(`/api/v1/orders/${id}`), 200).body as OrderBody;

  /** A second installation task of the order, as a fleet order will have (see beforeAll). */
  async function addSecondTask(orderId: string): Promise<string> {
    const [first] = await servicesOf(orderId);
    const id = randomUUID();
    const now = new Date();
    const instant = isPostgres() ? now : now.toISOString().replace('T', ' ').replace('Z', '');
    await dataSource.query(
      sql(
        'INSERT INTO "services" ("id", "order_id", "type", "status", "engineer_id", "estimated_minutes", "installation_postcode", "required_skills", "created_at", "updated_at")' +
          ' VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      [id, orderId, 'installation', 'pending', null, 60, (first as unknown as { installationPostcode: string }).installationPostcode, JSON.stringify(['dashcam']), instant, instant],
    );
    await dataSource.query(
      sql('INSERT INTO "service_status_history" ("service_id", "from_status", "to_status", "at", "note", "actor") VALUES (?, ?, ?, ?, ?, ?)'),
      [id, null, 'pending', instant, 'second task of the order (test)', 'system'],
    );
    return id;
  }

  interface Job {
    engineer: EngineerFixture;
    orderId: string;
    bookingId: string;
    serviceIds: string[];
  }

  /** An order with `tasks` installation tasks of 60 minutes, booked for an engineer of its own at `start`. */
  async function bookedJob(tasks: 1 | 2, start = at(MONDAY, '09:00')): Promise<Job> {
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district);
    const orderId = await placeOrder(testApp, district, [product]);
    if (tasks === 2) await addSecondTask(orderId);
    const response = await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start });
    const body = expectStatus(response, 201).body as BookingBody;
    expect(body.serviceIds).toHaveLength(tasks);
    expect(Date.parse(body.end) - Date.parse(body.start)).toBe(tasks * 60 * 60_000);
    const serviceIds = (await servicesOf(orderId)).map((task) => task.id);
    return { engineer, orderId, bookingId: body.id, serviceIds };
  }

  const fail = (http: SignedInUser['http'] | TestApp['http'], serviceId: string, body: Record<string, unknown>) => http.post(`/api/v1/services/${serviceId}/fail`).send(body);

  async function linkRow(bookingId: string, serviceId: string) {
    const [row] = await dataSource.query(
      sql('SELECT outcome, failure_reason AS "failureReason", failure_note AS "failureNote" FROM booking_services WHERE booking_id = ? AND service_id = ?'),
      [bookingId, serviceId],
    );
    return row as { outcome: string | null; failureReason: string | null; failureNote: string | null };
  }

  describe('each reason', () => {
    it.each(REASONS.map((reason, n) => [reason, n % 2 === 0 ? 'scheduled' : 'in_progress'] as const))(
      '%s, from %s: the task is pending again with the failure recorded, the booking completed with it, the order open',
      async (reason, from) => {
        const job = await bookedJob(1);
        const [serviceId] = job.serviceIds as [string];
        const engineer = await testApp.signInAs('engineer', { engineerId: job.engineer.id });
        testApp.clock.travelTo(new Date(at(MONDAY, '09:05')));
        if (from === 'in_progress') await engineer.http.post(`/api/v1/services/${serviceId}/start`).expect(200);
        const note = reason === 'other' ? 'Customer moved the van to another site' : n(reason);

        const response = await fail(engineer.http, serviceId, note === null ? { reason } : { reason, note });
        const body = expectStatus(response, 200).body as ServiceBody;
        expect(body).toMatchObject({ id: serviceId, status: 'pending', engineerId: null, lastFailure: { reason, note, actor: engineer.actor } });
        // The app's clock runs on from where the test sent it.
        expect(Date.parse(body.lastFailure!.at) - Date.parse(at(MONDAY, '09:05'))).toBeLessThan(60_000);

        const detail = await service(serviceId);
        expect(detail.lastFailure).toEqual(body.lastFailure);
        expect(detail.history!.at(-1)).toMatchObject({ fromStatus: from, toStatus: 'pending', failureReason: reason, note, actor: engineer.actor });
        expect(detail.history!.filter((change) => change.failureReason !== null)).toHaveLength(1);

        const after = await booking(job.bookingId);
        expect(after).toMatchObject({ status: 'completed', serviceIds: [serviceId], outcome: { completed: [], failed: [{ serviceId, reason, note }] } });
        expect(after.audit.map((entry) => entry.action)).toEqual(from === 'in_progress' ? ['created', 'started', 'service_failed', 'completed'] : ['created', 'service_failed', 'completed']);
        expect(after.audit.find((entry) => entry.action === 'service_failed')).toMatchObject({ reason: note ? `${reason}: ${note}` : reason, actor: engineer.actor });
        expect(await linkRow(job.bookingId, serviceId)).toEqual({ outcome: 'failed', failureReason: reason, failureNote: note });

        const placed = await order(job.orderId);
        expect(placed).toMatchObject({ status: 'placed', services: [{ id: serviceId, status: 'pending' }], booking: { id: job.bookingId, status: 'completed' } });
      },
    );

    /** Half the reasons with a note, half without: the note is optional for them. */
    function n(reason: string): string | null {
      return reason === 'vehicle_incompatible' || reason === 'customer_refused' ? null : `About ${reason}`;
    }
  });

  describe('refusals', () => {
    let job: Job;

    beforeAll(async () => {
      job = await bookedJob(1);
    });

    it.each([
      [{ reason: 'other' }, 'note'],
      [{ reason: 'other', note: '   ' }, 'note'],
      [{ reason: 'parts_missing', note: '' }, 'note'],
      [{ reason: 'parts_missing', note: 'x'.repeat(501) }, 'note'],
      [{ reason: 'lost' }, 'reason'],
      [{}, 'reason'],
      [{ reason: 'other', note: 'fine', extra: 1 }, 'extra'],
    ])('answers 400 for %j, naming %s, and changes nothing', async (body, field) => {
      testApp.clock.travelTo(new Date(at(MONDAY, '09:05')));
      const response = await fail(testApp.http, job.serviceIds[0]!, body);
      expect(expectStatus(response, 400).body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect((await service(job.serviceIds[0]!)).status).toBe('scheduled');
    });

    it('refuses a scheduled task before the appointment’s day: 409 TOO_EARLY_TO_START with earliestAt', async () => {
      testApp.clock.travelTo(new Date(at('2030-01-06', '23:59')));
      const response = await fail(testApp.http, job.serviceIds[0]!, { reason: 'vehicle_not_present' });
      expect(expectStatus(response, 409).body).toMatchObject({ code: 'TOO_EARLY_TO_START', earliestAt: at(MONDAY, '00:00') });
      expect(await service(job.serviceIds[0]!)).toMatchObject({ status: 'scheduled', lastFailure: null });
      expect((await booking(job.bookingId)).outcome).toEqual({ completed: [], failed: [] });
    });

    it('answers 404 to an engineer who is not assigned to the job, and to an unknown id', async () => {
      const other = await createEngineer(testApp.http, freshDistrict());
      const stranger = await testApp.signInAs('engineer', { engineerId: other.id });
      testApp.clock.travelTo(new Date(at(MONDAY, '09:05')));
      expect(expectStatus(await fail(stranger.http, job.serviceIds[0]!, { reason: 'customer_refused' }), 404).body.code).toBe('SERVICE_NOT_FOUND');
      expectStatus(await fail(testApp.http, randomUUID(), { reason: 'customer_refused' }), 404);
      expect((await service(job.serviceIds[0]!)).status).toBe('scheduled');
    });

    it('answers 409 ILLEGAL_STATE_TRANSITION for a task that is not booked (pending, completed)', async () => {
      const district = freshDistrict();
      await createEngineer(testApp.http, district);
      const pendingOrder = await placeOrder(testApp, district, [product]);
      const [pending] = await servicesOf(pendingOrder);
      const refusal = expectStatus(await fail(testApp.http, pending!.id, { reason: 'parts_missing' }), 409).body;
      expect(refusal).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', currentStatus: 'pending', attemptedStatus: 'pending', allowedStatuses: ['scheduled', 'cancelled'] });

      const done = await bookedJob(1);
      testApp.clock.travelTo(new Date(at(MONDAY, '09:05')));
      await testApp.http.post(`/api/v1/services/${done.serviceIds[0]}/start`).expect(200);
      await testApp.http.post(`/api/v1/services/${done.serviceIds[0]}/complete`).expect(200);
      expect(expectStatus(await fail(testApp.http, done.serviceIds[0]!, { reason: 'parts_missing' }), 409).body).toMatchObject({
        code: 'ILLEGAL_STATE_TRANSITION',
        currentStatus: 'completed',
        allowedStatuses: [],
      });
      // Failed once, it is pending: failing it again is refused the same way.
      testApp.clock.travelTo(new Date(at(MONDAY, '09:05')));
      await fail(testApp.http, job.serviceIds[0]!, { reason: 'vehicle_not_present' }).expect(200);
      expect(expectStatus(await fail(testApp.http, job.serviceIds[0]!, { reason: 'vehicle_not_present' }), 409).body.code).toBe('ILLEGAL_STATE_TRANSITION');
    });
  });

  it('two tasks, one completed and one failed: the booking completes with both recorded, the order stays open; rebooked and done, the order is fulfilled', async () => {
    const job = await bookedJob(2);
    const [first, second] = job.serviceIds as [string, string];
    const dispatcher = await testApp.signInAs('dispatcher');
    testApp.clock.travelTo(new Date(at(MONDAY, '09:05')));
    await testApp.http.post(`/api/v1/services/${first}/start`).expect(200);

    // The second task fails while the first is under way: the booking waits for the first.
    await fail(dispatcher.http, second, { reason: 'parts_missing', note: 'Harness not in the van' }).expect(200);
    let current = await booking(job.bookingId);
    expect(current).toMatchObject({ status: 'scheduled', outcome: { completed: [], failed: [{ serviceId: second, reason: 'parts_missing', note: 'Harness not in the van' }] } });
    // One active booking per order: the failed task waits until this one ends (its work under way).
    const again = await testApp.http.post('/api/v1/bookings').send({ orderId: job.orderId, engineerId: job.engineer.id, start: at(TUESDAY, '09:00') });
    expect(expectStatus(again, 409).body.code).toBe('INSTALLATION_IN_PROGRESS');

    await testApp.http.post(`/api/v1/services/${first}/complete`).expect(200);
    current = await booking(job.bookingId);
    expect(current).toMatchObject({
      status: 'completed',
      serviceIds: [...job.serviceIds].sort(),
      outcome: { completed: [first], failed: [{ serviceId: second, reason: 'parts_missing' }] },
    });
    expect(await linkRow(job.bookingId, first)).toMatchObject({ outcome: 'completed', failureReason: null });
    let placed = await order(job.orderId);
    expect(placed.status).toBe('placed');
    expect(placed.services).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: first, status: 'completed' }), expect.objectContaining({ id: second, status: 'pending' })]),
    );

    // Booked again: the new booking takes the pending task only, as long as its estimate.
    const rebooked = expectStatus(
      await testApp.http.post('/api/v1/bookings').send({ orderId: job.orderId, engineerId: job.engineer.id, start: at(TUESDAY, '09:00') }),
      201,
    ).body as BookingBody;
    expect(rebooked).toMatchObject({ status: 'scheduled', serviceIds: [second], start: at(TUESDAY, '09:00'), end: at(TUESDAY, '10:00'), outcome: { completed: [], failed: [] } });
    expect(await service(second)).toMatchObject({ status: 'scheduled', engineerId: job.engineer.id, lastFailure: { reason: 'parts_missing' } });

    testApp.clock.travelTo(new Date(at(TUESDAY, '09:05')));
    await testApp.http.post(`/api/v1/services/${second}/start`).expect(200);
    await testApp.http.post(`/api/v1/services/${second}/complete`).expect(200);
    expect(await booking(rebooked.id)).toMatchObject({ status: 'completed', outcome: { completed: [second], failed: [] } });
    placed = await order(job.orderId);
    expect(placed).toMatchObject({ status: 'fulfilled', booking: { id: rebooked.id, status: 'completed' } });
    // The first booking keeps its record.
    expect((await booking(job.bookingId)).outcome).toEqual({ completed: [first], failed: [{ serviceId: second, reason: 'parts_missing', note: 'Harness not in the van' }] });
  });

  it('completing the booking after one task failed completes the other and records both', async () => {
    const job = await bookedJob(2);
    const [first, second] = job.serviceIds as [string, string];
    testApp.clock.travelTo(new Date(at(MONDAY, '09:05')));
    await testApp.http.post(`/api/v1/services/${first}/start`).expect(200);
    await fail(testApp.http, second, { reason: 'vehicle_incompatible' }).expect(200);
    const completed = expectStatus(await testApp.http.post(`/api/v1/bookings/${job.bookingId}/complete`), 200).body as BookingBody;
    expect(completed).toMatchObject({ status: 'completed', outcome: { completed: [first], failed: [{ serviceId: second, reason: 'vehicle_incompatible', note: null }] } });
    expect(await order(job.orderId)).toMatchObject({ status: 'placed' });
    expect((await service(second)).status).toBe('pending');
  });

  it('every task failed: the booking is completed with every failure recorded, the order stays open', async () => {
    const job = await bookedJob(2);
    const [first, second] = job.serviceIds as [string, string];
    testApp.clock.travelTo(new Date(at(MONDAY, '09:05')));
    await fail(testApp.http, first, { reason: 'customer_refused', note: 'Wants it next month' }).expect(200);
    expect((await booking(job.bookingId)).status).toBe('scheduled');
    // One active booking per order: the failed task waits until this one ends.
    const again = await testApp.http.post('/api/v1/bookings').send({ orderId: job.orderId, engineerId: job.engineer.id, start: at(TUESDAY, '09:00') });
    expect(expectStatus(again, 409).body.code).toBe('ORDER_ALREADY_BOOKED');
    await fail(testApp.http, second, { reason: 'customer_refused' }).expect(200);

    const done = await booking(job.bookingId);
    expect(done).toMatchObject({ status: 'completed', startedAt: null, outcome: { completed: [] } });
    expect([...done.outcome.failed].sort((a, b) => a.serviceId.localeCompare(b.serviceId))).toEqual(
      [
        { serviceId: first, reason: 'customer_refused', note: 'Wants it next month' },
        { serviceId: second, reason: 'customer_refused', note: null },
      ].sort((a, b) => a.serviceId.localeCompare(b.serviceId)),
    );
    const placed = await order(job.orderId);
    expect(placed.status).toBe('placed');
    expect(placed.services.map((task) => task.status)).toEqual(['pending', 'pending']);
  });

  it('a booking moved after one of its tasks failed is as long as the tasks it still holds', async () => {
    const job = await bookedJob(2);
    const [first, second] = job.serviceIds as [string, string];
    testApp.clock.travelTo(new Date(at(MONDAY, '09:05')));
    await fail(testApp.http, first, { reason: 'customer_refused' }).expect(200);
    const moved = expectStatus(await testApp.http.patch(`/api/v1/bookings/${job.bookingId}`).send({ start: at(TUESDAY, '13:00') }), 200).body as BookingBody;
    expect(moved).toMatchObject({ status: 'scheduled', start: at(TUESDAY, '13:00'), end: at(TUESDAY, '14:00'), outcome: { failed: [{ serviceId: first }] } });
    expect(await service(second)).toMatchObject({ status: 'scheduled', engineerId: job.engineer.id });
    expect(await service(first)).toMatchObject({ status: 'pending', engineerId: null });
  });

  it('a failed task cancelled on its own keeps its failure on the booking; the booking then completes', async () => {
    const job = await bookedJob(2);
    const [first, second] = job.serviceIds as [string, string];
    testApp.clock.travelTo(new Date(at(MONDAY, '09:05')));
    await fail(testApp.http, first, { reason: 'vehicle_not_present' }).expect(200);
    await testApp.http.post(`/api/v1/services/${first}/cancel`).send({ reason: 'Van sold' }).expect(200);
    expect((await booking(job.bookingId)).outcome.failed).toEqual([{ serviceId: first, reason: 'vehicle_not_present', note: null }]);
    await testApp.http.post(`/api/v1/services/${second}/cancel`).send({ reason: 'Van sold' }).expect(200);
    const ended = await booking(job.bookingId);
    expect(ended).toMatchObject({ status: 'completed', serviceIds: [first], outcome: { completed: [], failed: [{ serviceId: first }] } });
    expect((await order(job.orderId)).status).toBe('cancelled');
  });

  it('cancelling the order after a failure cancels the pending task; the booking stays completed', async () => {
    const job = await bookedJob(1);
    const [serviceId] = job.serviceIds as [string];
    testApp.clock.travelTo(new Date(at(MONDAY, '09:05')));
    await fail(testApp.http, serviceId, { reason: 'vehicle_not_present' }).expect(200);
    await testApp.http.post(`/api/v1/orders/${job.orderId}/cancel`).send({ reason: 'Customer gave up' }).expect(200);
    const cancelled = await order(job.orderId);
    expect(cancelled).toMatchObject({ status: 'cancelled', services: [{ id: serviceId, status: 'cancelled' }], booking: { id: job.bookingId, status: 'completed' } });
    expect(await service(serviceId)).toMatchObject({ status: 'cancelled', lastFailure: { reason: 'vehicle_not_present' } });
  });
});
