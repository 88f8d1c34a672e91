import type { Response } from 'supertest';
import { ProductFixture, expectStatus } from './support/fixtures';
import { bookedJob, freshDistrict, installableProduct, placeOrder } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';

// Monday 7 January 2030: GMT, so London time equals UTC.
const MONDAY = '2030-01-07';

/** Reasons that say nothing: spaces, tabs and newlines, or nothing at all. */
const BLANK_REASONS = ['   ', '\t \n', ''];

/** A 400 VALIDATION_FAILED whose only bad field is `reason`. */
function expectReasonRefused(response: Response): void {
  expectStatus(response, 400);
  expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  const fields = (response.body.errors as Array<{ field: string }>).map((error) => error.field);
  expect(fields.length).toBeGreaterThan(0);
  expect(new Set(fields)).toEqual(new Set(['reason']));
}

describe('Cancel reasons (e2e): never blank, stored trimmed', () => {
  let testApp: TestApp;
  let dashcam: ProductFixture;

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    dashcam = await installableProduct(testApp.http, 'dashcam', 60);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const newOrder = () => placeOrder(testApp, freshDistrict(), [dashcam]);

  async function serviceOf(orderId: string): Promise<string> {
    const { body } = await testApp.http.get('/api/v1/services').query({ orderId }).expect(200);
    return body.items[0].id as string;
  }

  describe('POST /api/v1/orders/:id/cancel', () => {
    it.each(BLANK_REASONS)('refuses the reason %j with a 400 naming reason; the order stays placed', async (reason) => {
      const orderId = await newOrder();
      expectReasonRefused(await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason }));
      const { body } = await testApp.http.get(`/api/v1/orders/${orderId}`).expect(200);
      expect(body).toMatchObject({ status: 'placed', cancellationReason: null });
    });

    it('refuses a reason that is not text', async () => {
      const orderId = await newOrder();
      expectReasonRefused(await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: 42 }));
    });

    it('stores the reason trimmed', async () => {
      const orderId = await newOrder();
      expectStatus(await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: '  Customer changed their mind \n' }), 200);
      const { body } = await testApp.http.get(`/api/v1/orders/${orderId}`).expect(200);
      expect(body).toMatchObject({ status: 'cancelled', cancellationReason: 'Customer changed their mind' });
    });
  });

  describe('POST /api/v1/bookings/:id/cancel', () => {
    it.each(BLANK_REASONS)('refuses the reason %j with a 400 naming reason; the booking stays scheduled', async (reason) => {
      const job = await bookedJob(testApp, dashcam, `${MONDAY}T10:00:00.000Z`);
      expectReasonRefused(await testApp.http.post(`/api/v1/bookings/${job.bookingId}/cancel`).send({ reason }));
      const { body } = await testApp.http.get(`/api/v1/bookings/${job.bookingId}`).expect(200);
      expect(body).toMatchObject({ status: 'scheduled', cancellationReason: null });
    });

    it('stores the reason trimmed, on the booking and in its audit', async () => {
      const job = await bookedJob(testApp, dashcam, `${MONDAY}T10:00:00.000Z`);
      expectStatus(await testApp.http.post(`/api/v1/bookings/${job.bookingId}/cancel`).send({ reason: '\tCustomer away  ' }), 200);
      const { body } = await testApp.http.get(`/api/v1/bookings/${job.bookingId}`).expect(200);
      expect(body).toMatchObject({ status: 'cancelled', cancellationReason: 'Customer away' });
      expect(body.audit.at(-1)).toMatchObject({ action: 'cancelled', reason: 'Customer away' });
    });
  });

  describe('POST /api/v1/services/:id/cancel', () => {
    it.each(BLANK_REASONS)('refuses the reason %j with a 400 naming reason; the service stays pending', async (reason) => {
      const serviceId = await serviceOf(await newOrder());
      expectReasonRefused(await testApp.http.post(`/api/v1/services/${serviceId}/cancel`).send({ reason }));
      const { body } = await testApp.http.get(`/api/v1/services/${serviceId}`).expect(200);
      expect(body.status).toBe('pending');
      expect(body.history.map((change: { toStatus: string }) => change.toStatus)).not.toContain('cancelled');
    });

    it('stores the reason trimmed in its history', async () => {
      const serviceId = await serviceOf(await newOrder());
      expectStatus(await testApp.http.post(`/api/v1/services/${serviceId}/cancel`).send({ reason: ' Customer sold the vehicle\n' }), 200);
      const { body } = await testApp.http.get(`/api/v1/services/${serviceId}`).expect(200);
      expect(body.status).toBe('cancelled');
      expect(body.history.at(-1)).toMatchObject({ toStatus: 'cancelled', note: 'Customer sold the vehicle' });
    });
  });
});
