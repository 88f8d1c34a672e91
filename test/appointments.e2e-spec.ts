import request from 'supertest';
import { UnitOfWork } from '../libs/common/src/database/unit-of-work';
import { AppointmentsService } from '../src/modules/appointments/appointments.service';
import { ProductFixture, expectStatus } from './support/fixtures';
import { BookedJob, bookedJob, installableProduct } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';

// Europe/London moves its clocks forward on Sunday 31 March 2030: Friday 29 is GMT, Monday 1 April BST.
const FRIDAY_GMT = '2030-03-29';
const MONDAY_BST = '2030-04-01';
const at = (day: string, time: string) => new Date(`${day}T${time}:00.000Z`).toISOString();
const HOUR_MS = 3_600_000;
/** Requests one client address may send to customer links per window, in this test. */
const LINK_LIMIT = 5;

interface Appointment {
  orderNumber: string;
  status: string;
  timeZone: string;
  visits: Array<{ start: string; end: string; localStart: string; localEnd: string }>;
  address: { line1: string; line2: string | null; city: string; postcode: string };
  vehicles: Array<{ registration: string; make: string; model: string }>;
  changesAllowed: boolean;
  changeableUntil: string;
}

interface AuditEntry {
  action: string;
  actor: string;
  actorDetails: { type: string; id: string | null; name: string | null };
  reason: string | null;
  newStart: string;
}

let address = 0;
/** Every customer request comes from an address of its own, so only the rate-limit test meets the limit. */
const freshAddress = () => {
  address += 1;
  return `198.51.100.${address % 250}`;
};

/** Issue 16, item 4: each booking's customer link, and the customer's self-service there. */
describe('Customer self-service links (e2e)', () => {
  let testApp: TestApp;
  let dashcam: ProductFixture;
  let job: BookedJob;
  let customerId: string;
  let orderNumber: string;
  let token: string;

  const customer = (from = freshAddress()) => ({
    get: (path: string) => request(testApp.app.getHttpServer()).get(path).set('X-Forwarded-For', from),
    post: (path: string, body: object = {}) => request(testApp.app.getHttpServer()).post(path).set('X-Forwarded-For', from).send(body),
  });
  const linkOf = async (bookingId: string, http = testApp.http) => (expectStatus(await http.get(`/api/v1/bookings/${bookingId}/customer-link`), 200).body as { url: string }).url;
  const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;
  const view = async (linkToken: string) => expectStatus(await customer().get(`/api/v1/appointments/${linkToken}`), 200).body as Appointment;
  const auditOf = async (bookingId: string) => (expectStatus(await testApp.http.get(`/api/v1/bookings/${bookingId}`), 200).body as { audit: AuditEntry[] }).audit;
  const taskStatus = async (orderId: string) => (await testApp.http.get('/api/v1/services').query({ orderId }).expect(200)).body.items[0].status as string;

  beforeAll(async () => {
    // Behind one proxy: the client's address is X-Forwarded-For's, so the test can speak from many.
    process.env.TRUST_PROXY_HOPS = '1';
    process.env.CUSTOMER_LINK_RATE_LIMIT_MAX = String(LINK_LIMIT);
    process.env.CUSTOMER_LINK_RATE_LIMIT_WINDOW_SECONDS = '600';
    testApp = await createTestApp();
    dashcam = await installableProduct(testApp.http, 'dashcam', 90);
    job = await bookedJob(testApp, dashcam, at(MONDAY_BST, '10:00'));
    const order = expectStatus(await testApp.http.get(`/api/v1/orders/${job.orderId}`), 200).body as { number: string; customerId: string };
    ({ customerId, number: orderNumber } = order);
  });

  afterAll(async () => {
    await testApp.close();
  });

  afterEach(() => testApp.clock.reset());

  it('issues the link on first asking, the same after, to admins and dispatchers only', async () => {
    const dispatcher = await testApp.signInAs('dispatcher');
    const [url, concurrent] = await Promise.all([linkOf(job.bookingId), linkOf(job.bookingId, dispatcher.http)]);
    expect(url).toMatch(/^http:\/\/localhost:\d+\/api\/v1\/appointments\/[A-Za-z0-9_-]{43}$/);
    expect(concurrent).toBe(url);
    expect(await linkOf(job.bookingId)).toBe(url);
    token = tokenOf(url);

    const engineer = await testApp.signInAs('engineer', { engineerId: job.engineer.id });
    expect((await engineer.http.get(`/api/v1/bookings/${job.bookingId}/customer-link`).expect(403)).body.code).toBe('ACCESS_DENIED');
    await testApp.anonymous.get(`/api/v1/bookings/${job.bookingId}/customer-link`).expect(401);
    const unknown = await testApp.http.get('/api/v1/bookings/00000000-0000-4000-8000-000000000009/customer-link').expect(404);
    expect(unknown.body.code).toBe('BOOKING_NOT_FOUND');
  });

  it('gives other modules the same link, inside their transaction too', async () => {
    const other = await bookedJob(testApp, dashcam, at(MONDAY_BST, '13:00'));
    const appointments = testApp.app.get(AppointmentsService);
    const inTransaction = await testApp.app.get(UnitOfWork).run((manager) => appointments.linkFor(other.bookingId, manager));
    expect(await appointments.linkFor(other.bookingId)).toBe(inTransaction);
    expect(await linkOf(other.bookingId)).toBe(inTransaction);
    expect(inTransaction).not.toBe(await linkOf(job.bookingId));
  });

  it('shows the appointment without credentials: order number, visits in UTC and local summer time, address, vehicles, until when it may change', async () => {
    const response = expectStatus(await customer().get(`/api/v1/appointments/${token}`), 200);
    // Personal data at a secret URL: no cache keeps it, and no Referer carries the URL away.
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.body as Appointment).toEqual({
      orderNumber,
      status: 'scheduled',
      timeZone: 'Europe/London',
      visits: [{ start: at(MONDAY_BST, '10:00'), end: at(MONDAY_BST, '11:30'), localStart: '2030-04-01T11:00:00+01:00', localEnd: '2030-04-01T12:30:00+01:00' }],
      address: { line1: '2 Mill Lane', line2: null, city: 'Leeds', postcode: `${job.district} 1AA` },
      vehicles: [{ registration: 'AB12 CDE', make: 'Ford', model: 'Transit Custom' }],
      changesAllowed: true,
      changeableUntil: at('2030-03-31', '10:00'),
    });
  });

  it('moves changeableUntil with settings.customerChangeCutoffHours', async () => {
    expectStatus(await testApp.http.patch('/api/v1/settings').send({ customerChangeCutoffHours: 48 }), 200);
    expect((await view(token)).changeableUntil).toBe(at('2030-03-30', '10:00'));
    expectStatus(await testApp.http.patch('/api/v1/settings').send({ customerChangeCutoffHours: 24 }), 200);
    expect((await view(token)).changeableUntil).toBe(at('2030-03-31', '10:00'));
  });

  it('offers the slots a dispatcher is offered for the order, in the same shape', async () => {
    const window = { from: at(FRIDAY_GMT, '00:00'), to: at('2030-03-30', '00:00') };
    const offered = expectStatus(await customer().get(`/api/v1/appointments/${token}/availability`).query(window), 200).body;
    const dispatchers = expectStatus(await testApp.http.get('/api/v1/bookings/availability').query({ orderId: job.orderId, ...window }), 200).body;
    expect(offered).toEqual(dispatchers);
    expect(offered.durationMinutes).toBe(90);
    expect(offered.slots).toContainEqual({
      engineerId: job.engineer.id,
      engineerName: job.engineer.name,
      start: at(FRIDAY_GMT, '10:00'),
      end: at(FRIDAY_GMT, '11:30'),
      visits: [{ start: at(FRIDAY_GMT, '10:00'), end: at(FRIDAY_GMT, '11:30') }],
    });
    const tooLong = await customer().get(`/api/v1/appointments/${token}/availability`).query({ from: window.from, to: at('2030-05-29', '00:00') });
    expect(expectStatus(tooLong, 400).body.errors).toEqual([expect.objectContaining({ field: 'to' })]);
  });

  it('reschedules to a slot of its availability, audited with the customer as actor, by name', async () => {
    const moved = expectStatus(await customer().post(`/api/v1/appointments/${token}/reschedule`, { start: at(FRIDAY_GMT, '10:00'), engineerId: job.engineer.id }), 200).body as Appointment;
    expect(moved.visits).toEqual([{ start: at(FRIDAY_GMT, '10:00'), end: at(FRIDAY_GMT, '11:30'), localStart: '2030-03-29T10:00:00+00:00', localEnd: '2030-03-29T11:30:00+00:00' }]);
    expect(moved.changeableUntil).toBe(at('2030-03-28', '10:00'));
    expect(await view(token)).toEqual(moved);

    const audit = await auditOf(job.bookingId);
    expect(audit.at(-1)).toMatchObject({
      action: 'rescheduled',
      newStart: at(FRIDAY_GMT, '10:00'),
      actor: `customer:${customerId}`,
      actorDetails: { type: 'customer', id: customerId, name: 'Jane Driver' },
    });
    expect(await taskStatus(job.orderId)).toBe('scheduled');
  });

  it('refuses a slot that breaks a rule as a dispatcher’s reschedule would, and a body without a start', async () => {
    const outsideHours = await customer().post(`/api/v1/appointments/${token}/reschedule`, { start: at(FRIDAY_GMT, '20:00') });
    expect(expectStatus(outsideHours, 422).body.code).toBe('OUTSIDE_WORKING_HOURS');
    const noStart = await customer().post(`/api/v1/appointments/${token}/reschedule`, {});
    expect(expectStatus(noStart, 400).body.errors).toEqual([expect.objectContaining({ field: 'start' })]);
    const blank = await customer().post(`/api/v1/appointments/${token}/cancel`, { reason: '   ' });
    expect(expectStatus(blank, 400).body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
  });

  it('from the cut-off on, refuses changes with 409 CHANGE_TOO_LATE and the cut-off instant, and says so', async () => {
    const until = (await view(token)).changeableUntil;
    testApp.clock.travelTo(new Date(new Date(until).getTime() - 60_000));
    expect((await view(token)).changesAllowed).toBe(true);

    testApp.clock.travelTo(until);
    expect(await view(token)).toMatchObject({ changesAllowed: false, changeableUntil: until });
    for (const call of [
      () => customer().post(`/api/v1/appointments/${token}/cancel`),
      () => customer().post(`/api/v1/appointments/${token}/reschedule`, { start: at('2030-04-02', '10:00') }),
      () => customer().get(`/api/v1/appointments/${token}/availability`).query({ from: at('2030-04-02', '00:00'), to: at('2030-04-03', '00:00') }),
    ]) {
      expect(expectStatus(await call(), 409).body).toMatchObject({ code: 'CHANGE_TOO_LATE', changeableUntil: until, cutoffHours: 24 });
    }
    expect(await taskStatus(job.orderId)).toBe('scheduled');
  });

  it('cancels as a dispatcher would: the task waits for a new booking; audited as the customer; closed to changes after', async () => {
    testApp.clock.travelTo(new Date(new Date((await view(token)).changeableUntil).getTime() - HOUR_MS));
    const cancelled = expectStatus(await customer().post(`/api/v1/appointments/${token}/cancel`, { reason: 'We sold the van' }), 200).body as Appointment;
    expect(cancelled).toMatchObject({ status: 'cancelled', changesAllowed: false });
    expect(await taskStatus(job.orderId)).toBe('pending');
    const booking = expectStatus(await testApp.http.get(`/api/v1/bookings/${job.bookingId}`), 200).body as { status: string; cancellationReason: string; audit: AuditEntry[] };
    expect(booking).toMatchObject({ status: 'cancelled', cancellationReason: 'We sold the van' });
    expect(booking.audit.at(-1)).toMatchObject({ action: 'cancelled', reason: 'We sold the van', actorDetails: { type: 'customer', id: customerId, name: 'Jane Driver' } });

    for (const call of [
      () => customer().post(`/api/v1/appointments/${token}/cancel`),
      () => customer().post(`/api/v1/appointments/${token}/reschedule`, { start: at('2030-03-27', '10:00') }),
      () => customer().get(`/api/v1/appointments/${token}/availability`).query({ from: at('2030-03-27', '00:00'), to: at('2030-03-28', '00:00') }),
    ]) {
      expect(expectStatus(await call(), 409).body).toMatchObject({ code: 'APPOINTMENT_CLOSED', currentStatus: 'cancelled', workStarted: false });
    }
    expect((await view(token)).status).toBe('cancelled');
  });

  it('cancels without a reason as “cancelled by the customer”', async () => {
    const other = await bookedJob(testApp, dashcam, at(MONDAY_BST, '10:00'));
    expectStatus(await customer().post(`/api/v1/appointments/${tokenOf(await linkOf(other.bookingId))}/cancel`), 200);
    const booking = expectStatus(await testApp.http.get(`/api/v1/bookings/${other.bookingId}`), 200).body as { cancellationReason: string };
    expect(booking.cancellationReason).toBe('cancelled by the customer');
  });

  it('rotates: the new link works, the old one is a 404 at once', async () => {
    const rotated = (expectStatus(await testApp.http.post(`/api/v1/bookings/${job.bookingId}/customer-link/rotate`), 200).body as { url: string }).url;
    expect(tokenOf(rotated)).not.toBe(token);
    expect(await linkOf(job.bookingId)).toBe(rotated);
    expect((await view(tokenOf(rotated))).orderNumber).toBe(orderNumber);
    const gone = expectStatus(await customer().get(`/api/v1/appointments/${token}`), 404);
    expect(gone.body.code).toBe('APPOINTMENT_NOT_FOUND');
    expect(gone.body.detail).not.toContain(token);
    expect(expectStatus(await customer().post(`/api/v1/appointments/${token}/cancel`), 404).body.code).toBe('APPOINTMENT_NOT_FOUND');
  });

  it('is a 404 for a token no link has, whatever its shape, on every route', async () => {
    for (const wrong of ['A'.repeat(43), 'not-a-token', 'A'.repeat(44), '00000000-0000-4000-8000-000000000001']) {
      expect(expectStatus(await customer().get(`/api/v1/appointments/${wrong}`), 404).body.code).toBe('APPOINTMENT_NOT_FOUND');
      const availability = await customer().get(`/api/v1/appointments/${wrong}/availability`).query({ from: at(FRIDAY_GMT, '00:00'), to: at('2030-03-30', '00:00') });
      expect(expectStatus(availability, 404).body.code).toBe('APPOINTMENT_NOT_FOUND');
      expect(expectStatus(await customer().post(`/api/v1/appointments/${wrong}/reschedule`, { start: at(FRIDAY_GMT, '10:00') }), 404).body.code).toBe('APPOINTMENT_NOT_FOUND');
    }
  });

  it('limits each client address across the link routes (429 with Retry-After), not the others', async () => {
    const guesser = customer('203.0.113.7');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LINK_LIMIT + 2; attempt += 1) {
      const response = await (attempt % 2 === 0 ? guesser.get(`/api/v1/appointments/${'B'.repeat(43)}`) : guesser.post(`/api/v1/appointments/${'C'.repeat(43)}/cancel`));
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([...Array<number>(LINK_LIMIT).fill(404), 429, 429]);
    // Another address is not held back, nor is anything else from this one.
    await customer('203.0.113.8').get(`/api/v1/appointments/${'B'.repeat(43)}`).expect(404);
    await request(testApp.app.getHttpServer()).get('/api/v1/settings').set('X-Forwarded-For', '203.0.113.7').set('Authorization', `Bearer ${testApp.admin.accessToken}`).expect(200);
  });
});
