import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { INLINE_CUSTOMER, ProductFixture, createProduct, expectStatus, orderRequest } from './support/fixtures';
import { TestApp, createTestApp } from './support/test-app';

interface Shop {
  id: string;
  http: TestAgent;
}

/** Issue 13, item 4: a web shop's API key reaches only the customers it created. */
describe('Web shop scope (e2e)', () => {
  let testApp: TestApp;
  let dashcam: ProductFixture;
  let shop: Shop;
  let otherShop: Shop;

  beforeAll(async () => {
    testApp = await createTestApp();
    dashcam = await createProduct(testApp.http);
    shop = await testApp.withApiKey();
    otherShop = await testApp.withApiKey();
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function place(http: TestAgent, body: Record<string, unknown>): Promise<{ id: string; customerId: string }> {
    return expectStatus(await http.post('/api/v1/orders').send(body), 201).body as { id: string; customerId: string };
  }

  const byId = (customerId: string) => orderRequest([dashcam], { customer: undefined, customerId });
  const customerOf = async (id: string) => (await testApp.http.get(`/api/v1/customers/${id}`).expect(200)).body;
  const customersWithEmail = async (email: string) =>
    ((await testApp.http.get('/api/v1/customers').query({ q: email, limit: 100 }).expect(200)).body.items as Array<{ id: string; email: string }>).filter(
      (customer) => customer.email === email,
    );

  describe('customerId', () => {
    it('answers an unknown id and another client’s customer the same 422 CUSTOMER_NOT_FOUND naming customerId', async () => {
      const staffCustomer = (await testApp.http.post('/api/v1/customers').send({ ...INLINE_CUSTOMER, email: 'staff.made@example.com' }).expect(201)).body;
      const otherShopsOrder = await place(otherShop.http, orderRequest([dashcam], { customer: { ...INLINE_CUSTOMER, email: 'other.shop@example.com' } }));
      const unknown = randomUUID();

      const answers = [];
      for (const customerId of [unknown, staffCustomer.id, otherShopsOrder.customerId]) {
        const response = await shop.http.post('/api/v1/orders').send(byId(customerId)).expect(422);
        answers.push({ ...response.body, detail: String(response.body.detail).replace(customerId, '<id>'), instance: undefined, requestId: undefined });
      }
      expect(answers[0]).toMatchObject({ code: 'CUSTOMER_NOT_FOUND', errors: [{ field: 'customerId', message: expect.any(String) }] });
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      // Refused orders touched nothing: the staff customer can still be deleted.
      await testApp.http.delete(`/api/v1/customers/${staffCustomer.id}`).expect(204);
    });

    it('accepts a customer the same key created', async () => {
      const first = await place(shop.http, orderRequest([dashcam], { customer: { ...INLINE_CUSTOMER, email: 'own.customer@example.com' } }));
      const second = await place(shop.http, byId(first.customerId));
      expect(second.customerId).toBe(first.customerId);
      const detail = (await shop.http.get(`/api/v1/orders/${second.id}`).expect(200)).body;
      expect(detail.customer).toMatchObject({ id: first.customerId, email: 'own.customer@example.com' });
    });

    it('leaves staff unchanged: any customer, whoever created it', async () => {
      const shopsOrder = await place(shop.http, orderRequest([dashcam], { customer: { ...INLINE_CUSTOMER, email: 'staff.reuse@example.com' } }));
      const staffOrder = await place(testApp.http, byId(shopsOrder.customerId));
      expect(staffOrder.customerId).toBe(shopsOrder.customerId);
    });
  });

  describe('inline customer', () => {
    it('is the same customer when the same key sends the same e-mail again, with the new details recorded', async () => {
      const email = 'repeat.buyer@example.com';
      const first = await place(shop.http, orderRequest([dashcam], { customer: { ...INLINE_CUSTOMER, email } }));
      const moved = {
        name: 'Jane Driver-Smith',
        email: ' Repeat.Buyer@Example.com ',
        phone: '020 7946 0000',
        address: { line1: '9 New Road', city: 'Leeds', postcode: 'ls1 4ap' },
      };
      const second = await place(shop.http, orderRequest([dashcam], { customer: moved }));

      expect(second.customerId).toBe(first.customerId);
      expect(await customersWithEmail(email)).toHaveLength(1);
      expect(await customerOf(first.customerId)).toMatchObject({
        name: 'Jane Driver-Smith',
        email,
        phone: '020 7946 0000',
        address: { line1: '9 New Road', city: 'Leeds', postcode: 'LS1 4AP' },
      });
      expect((await customerOf(first.customerId)).address.line2).toBeUndefined();
      // The first order keeps the address it was placed with; the second goes to the new one.
      expect((await shop.http.get(`/api/v1/orders/${first.id}`).expect(200)).body.installationAddress).toMatchObject({ city: 'London' });
      expect((await shop.http.get(`/api/v1/orders/${second.id}`).expect(200)).body.installationAddress).toMatchObject({ city: 'Leeds' });
    });

    it('is a new customer for another key, and for staff', async () => {
      const email = 'two.shops@example.com';
      const mine = await place(shop.http, orderRequest([dashcam], { customer: { ...INLINE_CUSTOMER, email } }));
      const theirs = await place(otherShop.http, orderRequest([dashcam], { customer: { ...INLINE_CUSTOMER, email } }));
      const staff = await place(testApp.http, orderRequest([dashcam], { customer: { ...INLINE_CUSTOMER, email } }));
      const again = await place(otherShop.http, orderRequest([dashcam], { customer: { ...INLINE_CUSTOMER, email } }));

      expect(new Set([mine.customerId, theirs.customerId, staff.customerId]).size).toBe(3);
      expect(again.customerId).toBe(theirs.customerId);
      expect(await customersWithEmail(email)).toHaveLength(3);
    });

    it('does not match a customer staff created with that e-mail', async () => {
      const email = 'staff.first@example.com';
      const staffCustomer = (await testApp.http.post('/api/v1/customers').send({ ...INLINE_CUSTOMER, email }).expect(201)).body;
      const order = await place(shop.http, orderRequest([dashcam], { customer: { ...INLINE_CUSTOMER, email, name: 'Someone Else' } }));
      expect(order.customerId).not.toBe(staffCustomer.id);
      expect((await customerOf(staffCustomer.id)).name).toBe(INLINE_CUSTOMER.name);
    });

    it('creates one customer when a new buyer’s orders arrive at once', async () => {
      const email = 'at.once@example.com';
      const orders = await Promise.all(
        Array.from({ length: 4 }, () => place(shop.http, orderRequest([dashcam], { customer: { ...INLINE_CUSTOMER, email } }))),
      );
      expect(new Set(orders.map((order) => order.customerId)).size).toBe(1);
      expect(await customersWithEmail(email)).toHaveLength(1);
    });
  });
});
