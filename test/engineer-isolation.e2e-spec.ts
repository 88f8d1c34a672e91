import { ProductFixture } from './support/fixtures';
import { BookedJob, bookedJob, installableProduct } from './support/scheduling';
import { SignedInUser, TestApp, createTestApp } from './support/test-app';

// Monday 7 January 2030: GMT, so London time equals UTC.
const MONDAY_TEN = '2030-01-07T10:00:00.000Z';
const WEEK = { from: '2030-01-07T00:00:00Z', to: '2030-01-14T00:00:00Z' };

describe('An engineer sees and changes only their own jobs (e2e)', () => {
  let testApp: TestApp;
  let product: ProductFixture;
  let own: BookedJob;
  let others: BookedJob;
  let engineer: SignedInUser;

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    product = await installableProduct(testApp.http, 'dashcam', 60);
    own = await bookedJob(testApp, product, MONDAY_TEN);
    others = await bookedJob(testApp, product, MONDAY_TEN);
    engineer = await testApp.signInAs('engineer', { engineerId: own.engineer.id });
  });

  afterEach(() => testApp.clock.reset());

  afterAll(async () => {
    await testApp.close();
  });

  it('another engineer’s booking, service, order and agenda are 404s, not 403s, so ids do not leak', async () => {
    const calls = [
      engineer.http.get(`/api/v1/bookings/${others.bookingId}`),
      engineer.http.post(`/api/v1/bookings/${others.bookingId}/complete`),
      engineer.http.get(`/api/v1/services/${others.serviceId}`),
      engineer.http.post(`/api/v1/services/${others.serviceId}/start`),
      engineer.http.post(`/api/v1/services/${others.serviceId}/complete`),
      engineer.http.get(`/api/v1/orders/${others.orderId}`),
      engineer.http.get(`/api/v1/engineers/${others.engineer.id}/schedule`).query(WEEK),
      engineer.http.get(`/api/v1/engineers/${others.engineer.id}/calendar.ics`),
    ];
    for (const call of calls) {
      const response = await call;
      expect({ url: response.request.url, status: response.status }).toEqual({ url: response.request.url, status: 404 });
    }
    const { body } = await testApp.http.get(`/api/v1/bookings/${others.bookingId}`).expect(200);
    expect(body.status).toBe('scheduled');
    expect((await testApp.http.get(`/api/v1/services/${others.serviceId}`).expect(200)).body.status).toBe('scheduled');
  });

  it('lists hold their own jobs only, whichever engineer they ask for', async () => {
    for (const query of [{}, { engineerId: others.engineer.id }]) {
      const bookings = (await engineer.http.get('/api/v1/bookings').query(query).expect(200)).body.items;
      expect(bookings.map((booking: { id: string }) => booking.id)).toEqual([own.bookingId]);
      const services = (await engineer.http.get('/api/v1/services').query(query).expect(200)).body.items;
      expect(services.map((service: { id: string }) => service.id)).toEqual([own.serviceId]);
    }
  });

  it('reads their own order’s address and vehicle, their schedule and their calendar feed', async () => {
    const { body: order } = await engineer.http.get(`/api/v1/orders/${own.orderId}`).expect(200);
    expect(order).toMatchObject({ installationAddress: { line1: '2 Mill Lane', city: 'Leeds' }, vehicle: { registration: 'AB12 CDE' } });
    const { body: schedule } = await engineer.http.get(`/api/v1/engineers/${own.engineer.id}/schedule`).query(WEEK).expect(200);
    expect(schedule.bookings.map((booking: { id: string }) => booking.id)).toEqual([own.bookingId]);
    const feed = await engineer.http.get(`/api/v1/engineers/${own.engineer.id}/calendar.ics`).expect(200);
    expect(feed.text).toContain('BEGIN:VCALENDAR');
  });

  it('starts and completes their own service; the history names them', async () => {
    testApp.clock.travelTo(MONDAY_TEN);
    await engineer.http.post(`/api/v1/services/${own.serviceId}/start`).expect(200);
    await engineer.http.post(`/api/v1/services/${own.serviceId}/complete`).expect(200);
    const { body } = await engineer.http.get(`/api/v1/services/${own.serviceId}`).expect(200);
    expect(body.history.slice(-2)).toEqual([
      expect.objectContaining({ toStatus: 'in_progress', actor: engineer.actor }),
      expect.objectContaining({ toStatus: 'completed', actor: engineer.actor }),
    ]);
  });

  it('completes their own booking; the audit names them', async () => {
    const job = await bookedJob(testApp, product, MONDAY_TEN);
    const colleague = await testApp.signInAs('engineer', { engineerId: job.engineer.id });
    testApp.clock.travelTo(MONDAY_TEN);
    await colleague.http.post(`/api/v1/services/${job.serviceId}/start`).expect(200);
    const { body } = await colleague.http.post(`/api/v1/bookings/${job.bookingId}/complete`).expect(200);
    expect(body.status).toBe('completed');
    expect(body.audit.at(-1)).toMatchObject({ action: 'completed', actor: colleague.actor });
    expect((await testApp.http.get(`/api/v1/orders/${job.orderId}`).expect(200)).body.status).toBe('fulfilled');
  });

  it('may not cancel, reschedule or mark a no-show even on their own booking', async () => {
    for (const call of [
      engineer.http.post(`/api/v1/bookings/${own.bookingId}/cancel`).send({ reason: 'Not me' }),
      engineer.http.patch(`/api/v1/bookings/${own.bookingId}`).send({ start: '2030-01-08T10:00:00.000Z' }),
      engineer.http.post(`/api/v1/bookings/${own.bookingId}/no-show`),
      engineer.http.post(`/api/v1/services/${own.serviceId}/cancel`).send({ reason: 'Not me' }),
    ]) {
      expect((await call.expect(403)).body.code).toBe('ACCESS_DENIED');
    }
  });
});

describe('A dispatcher runs the day but not the business settings (e2e)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('reads the settings but cannot change them', async () => {
    const dispatcher = await testApp.signInAs('dispatcher');
    await dispatcher.http.get('/api/v1/settings').expect(200);
    const { body } = await dispatcher.http.patch('/api/v1/settings').send({ slotMinutes: 15 }).expect(403);
    expect(body).toMatchObject({ status: 403, code: 'ACCESS_DENIED' });
    expect((await testApp.http.get('/api/v1/settings').expect(200)).body.slotMinutes).toBe(30);
  });
});
