/**
 * Issue 15, item 3: `q` finds orders by number, vehicle registration, installation postcode and
 * the customer's name, e-mail, phone and postcode (v1 and v2), customers and engineers by their
 * contact details; typed as people type them, with nothing else in the answer.
 */
import { DataSource } from 'typeorm';
import { ProductFixture, createProduct, expectStatus } from './support/fixtures';
import { TestApp, createTestApp } from './support/test-app';

interface Problem {
  code: string;
  errors?: { field: string }[];
}

interface PlacedOrder {
  id: string;
  number: string;
}

const ADA = { name: 'Ada Lovelace', email: 'ada@analytical.example', phone: '020 7946 0001', address: { line1: '12 St Pancras Way', city: 'London', postcode: 'nw1 6xe' } };
const CHARLES = { name: 'Charles Babbage', email: 'charles@difference.example', phone: '+44 7911 123456', address: { line1: '1 Park Row', city: 'Leeds', postcode: 'LS1 5AB' } };
const SHOP_BUYER = { name: 'Shop Buyer', email: 'buyer@shop.example', phone: '0113 496 0999', address: { line1: '9 Briggate', city: 'Leeds', postcode: 'LS2 7HY' } };
const GRACE = { name: 'Grace Hopper', email: 'grace@compiler.example', phone: '+33 1 42 68 53 00', address: { line1: '3 Deansgate', city: 'Manchester', postcode: 'M3 4LZ' } };

describe('Search (e2e)', () => {
  let testApp: TestApp;
  let product: ProductFixture;
  let ada: PlacedOrder;
  let adaAgain: PlacedOrder;
  let adaThird: PlacedOrder;
  let charles: PlacedOrder;
  let graceFleet: PlacedOrder;
  let adaCustomerId: string;

  const vehicle = (registration: string) => ({ registration, make: 'Ford', model: 'Transit Custom', year: 2021 });

  beforeAll(async () => {
    testApp = await createTestApp();
    product = await createProduct(testApp.http);
    const v1 = async (body: Record<string, unknown>) =>
      expectStatus(await testApp.http.post('/api/v1/orders').send({ items: [{ productId: product.id, quantity: 1 }], ...body }), 201).body as PlacedOrder & {
        customerId: string;
      };
    const first = await v1({ customer: ADA, vehicle: vehicle('ab12cde') });
    adaCustomerId = first.customerId;
    ada = first;
    // Installed at the customer's workplace: the order's own postcode differs from the customer's.
    adaAgain = await v1({ customerId: adaCustomerId, vehicle: vehicle('BD51 SMR'), installationAddress: { line1: '1 Piccadilly', city: 'Manchester', postcode: 'M1 1AE' } });
    adaThird = await v1({ customerId: adaCustomerId, vehicle: vehicle('AB12 CDE') });
    charles = await v1({ customer: CHARLES, vehicle: vehicle('CD34 EFG') });
    const fleet = await testApp.http.post('/api/v2/orders').send({
      customer: GRACE,
      vehicles: [
        { vehicle: vehicle('EF56 GHJ'), items: [{ productId: product.id, quantity: 1 }] },
        { vehicle: vehicle('GH78 JKL'), items: [{ productId: product.id, quantity: 1 }] },
      ],
    });
    graceFleet = expectStatus(fleet, 201).body as PlacedOrder;
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function search(q: string, version: 1 | 2 = 1, extra: Record<string, unknown> = {}): Promise<string[]> {
    const { body } = expectStatus(await testApp.http.get(`/api/v${version}/orders`).query({ q, limit: 100, ...extra }), 200);
    return (body.items as PlacedOrder[]).map((order) => order.id);
  }

  it('finds an order by its number, however it is quoted', async () => {
    const digits = charles.number.replace(/^VT-0*/, '');
    for (const q of [charles.number, charles.number.toLowerCase(), `VT${digits}`, `vt ${digits}`, charles.number.slice(3)]) {
      expect(await search(q)).toEqual([charles.id]);
    }
  });

  it('finds every order with a vehicle of the registration, in any spacing or case, its later vehicles too', async () => {
    for (const q of ['AB12 CDE', 'ab12cde', ' ab 12 cde ']) expect(await search(q)).toEqual([adaThird.id, ada.id]);
    expect(await search('gh78jkl')).toEqual([graceFleet.id]);
    expect(await search('gh78jkl', 2)).toEqual([graceFleet.id]);
    expect(await search('ZZ99 ZZZ')).toEqual([]);
  });

  it('finds orders by part of the customer’s name or e-mail, in any case', async () => {
    const adasOrders = [adaThird.id, adaAgain.id, ada.id];
    for (const q of ['Ada Lovelace', 'lovel', 'LOVELACE', 'analytical', 'ada@analytical.example']) expect(await search(q)).toEqual(adasOrders);
    expect(await search('babbage', 2)).toEqual([charles.id]);
    expect(await search('hopper')).toEqual([graceFleet.id]);
  });

  it('finds orders by the customer’s phone number in national or international form, or part of it', async () => {
    // Stored as +44 7911 123456: the national form finds it, and so does a fragment.
    for (const q of ['07911 123456', '+447911123456', '07911123456', '123456', '7911 123 456']) expect(await search(q)).toEqual([charles.id]);
    // Stored as 020 7946 0001 (national): the international form finds it.
    for (const q of ['+44 20 7946 0001', '020 7946 0001', '7946 0001']) expect(await search(q)).toEqual([adaThird.id, adaAgain.id, ada.id]);
    expect(await search('+33 1 42 68 53 00')).toEqual([graceFleet.id]);
  });

  it('finds orders by the installation postcode and by the customer’s postcode, in any spacing', async () => {
    // M1 1AE is only where Ada's second order is installed; NW1 6XE is her address and so every order of hers.
    expect(await search('m11ae')).toEqual([adaAgain.id]);
    expect(await search('nw16xe')).toEqual([adaThird.id, adaAgain.id, ada.id]);
    expect(await search('LS1 5AB')).toEqual([charles.id]);
  });

  it('finds nothing for text no order or customer has', async () => {
    for (const q of ['nobody', 'VT-999999', 'xyz@nowhere.example', '01632 960000']) expect(await search(q)).toEqual([]);
  });

  it('pages a search with the cursor, newest first, every match once, and combines it with the other filters', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { body } = expectStatus(await testApp.http.get('/api/v1/orders').query({ q: 'lovelace', limit: 2, ...(cursor ? { cursor } : {}) }), 200);
      expect((body.items as unknown[]).length).toBeLessThanOrEqual(2);
      seen.push(...(body.items as PlacedOrder[]).map((order) => order.id));
      cursor = body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([adaThird.id, adaAgain.id, ada.id]);

    await testApp.http.post(`/api/v1/orders/${adaAgain.id}/cancel`).send({ reason: 'customer changed their mind' }).expect(200);
    expect(await search('lovelace', 1, { status: 'cancelled' })).toEqual([adaAgain.id]);
    expect(await search('lovelace', 2, { status: 'placed' })).toEqual([adaThird.id, ada.id]);
    expect(await search('lovelace', 1, { customerId: adaCustomerId })).toHaveLength(3);
  });

  it('shows a web shop only its own orders among the matches', async () => {
    const shop = await testApp.withApiKey();
    const own = expectStatus(
      await shop.http.post('/api/v1/orders').send({ customer: SHOP_BUYER, items: [{ productId: product.id, quantity: 1 }], vehicle: vehicle('AB12 CDE') }),
      201,
    ).body as PlacedOrder;
    const { body } = expectStatus(await shop.http.get('/api/v1/orders').query({ q: 'AB12 CDE' }), 200);
    expect((body.items as PlacedOrder[]).map((order) => order.id)).toEqual([own.id]);
  });

  it('refuses search text shorter than 3 or longer than 100 characters, naming q; a blank search is no filter', async () => {
    for (const version of [1, 2]) {
      for (const q of ['ab', ' x ', 'x'.repeat(101)]) {
        const { body } = await testApp.http.get(`/api/v${version}/orders`).query({ q }).expect(400);
        expect((body as Problem).errors?.map((error) => error.field)).toEqual(['q']);
      }
    }
    const { body: unfiltered } = await testApp.http.get('/api/v1/orders').query({ limit: 100 }).expect(200);
    expect(await search('   ')).toEqual((unfiltered.items as PlacedOrder[]).map((order) => order.id));
  });

  it('finds customers by name, e-mail, phone (either form) and postcode', async () => {
    const names = async (q: string) => ((await testApp.http.get('/api/v1/customers').query({ q }).expect(200)).body.items as { name: string }[]).map((customer) => customer.name);
    expect(await names('lovelace')).toEqual(['Ada Lovelace']);
    expect(await names('DIFFERENCE.example')).toEqual(['Charles Babbage']);
    expect(await names('07911 123456')).toEqual(['Charles Babbage']);
    expect(await names('m34lz')).toEqual(['Grace Hopper']);
    expect(await names('LS1')).toEqual(['Charles Babbage']);
    expect(await names('nobody')).toEqual([]);
  });

  it('finds a customer by any part of the name, however long, follows a rename and forgets a deleted customer', async () => {
    const names = async (q: string) => ((await testApp.http.get('/api/v1/customers').query({ q }).expect(200)).body.items as { name: string }[]).map((customer) => customer.name);
    const create = async (name: string, email: string) =>
      expectStatus(await testApp.http.post('/api/v1/customers').send({ ...GRACE, name, email }), 201).body as { id: string; name: string };
    const hyphenated = await create("Marie-Thérèse O'Neill-Smithson", 'mt@parts.example');
    for (const q of ['THÉRÈSE', 'thérèse o', "o'neill", 'ithso', "marie-thérèse o'neill-smithson"]) expect(await names(q)).toEqual([hyphenated.name]);
    expect(await names('thérèse smithson')).toEqual([]);
    // Two suffixes of the name start with the text: the customer is found once, by the suffixes alone or with the e-mail too.
    const repeated = await create('Jo Jo Jo Jo Jo', 'jojo@parts.example');
    expect(await names('jo jo jo j')).toEqual([repeated.name]);
    expect(await names('jo jo')).toEqual([repeated.name]);
    // Longer than a kept suffix (32 characters): found by its start, then held to the rest of the text.
    const long = await create('Wolfeschlegelsteinhausenbergerdorff Hubert Blaine', 'hubert@parts.example');
    expect(await names('wolfeschlegelsteinhausenbergerdorff hubert')).toEqual([long.name]);
    expect(await names('wolfeschlegelsteinhausenbergerdorff herbert')).toEqual([]);
    expect(await search('velace')).toEqual([adaThird.id, adaAgain.id, ada.id]);

    await testApp.http.patch(`/api/v1/customers/${hyphenated.id}`).send({ name: 'Marie Curie' }).expect(200);
    expect(await names('smithson')).toEqual([]);
    expect(await names('rie cur')).toEqual(['Marie Curie']);
    await testApp.http.delete(`/api/v1/customers/${hyphenated.id}`).expect(204);
    expect(await names('rie cur')).toEqual([]);
  });

  it('pages a customer search with the cursor, newest first, every match once', async () => {
    const page = async (query: Record<string, unknown>) => (await testApp.http.get('/api/v1/customers').query({ q: '.example', ...query }).expect(200)).body as { items: { id: string }[]; nextCursor?: string | null };
    const all = (await page({ limit: 100 })).items.map((customer) => customer.id);
    expect(all.length).toBeGreaterThanOrEqual(4);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { items, nextCursor } = await page({ limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...items.map((customer) => customer.id));
      cursor = nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('keeps a customer’s phone searchable after it changes', async () => {
    const changed = await testApp.http.patch(`/api/v1/customers/${adaCustomerId}`).send({ phone: '0113 496 0123' }).expect(200);
    expect(changed.body.phone).toBe('0113 496 0123');
    expect(await search('+44 113 496 0123')).toEqual([adaThird.id, adaAgain.id, ada.id]);
    expect(await search('020 7946 0001')).toEqual([]);
  });

  it('finds engineers by name, e-mail and phone', async () => {
    const created = expectStatus(
      await testApp.http.post('/api/v1/engineers').send({ name: 'Hedy Lamarr', email: 'hedy@fitters.example', phone: '0161 496 0777', skills: ['dashcam'], areas: ['M'] }),
      201,
    ).body as { id: string };
    for (const q of ['lamarr', 'HEDY@', '496 0777']) {
      const { body } = await testApp.http.get('/api/v1/engineers').query({ q }).expect(200);
      expect((body.items as { id: string }[]).map((engineer) => engineer.id)).toEqual([created.id]);
    }
  });

  it('answers each search with an index on PostgreSQL: a range of name suffixes, trigrams for the rest', async () => {
    const dataSource = testApp.app.get(DataSource);
    if (dataSource.options.type !== 'postgres') return;
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      // The tables are tiny, so the planner would rather scan them: forbid that to see that the indexes fit the queries.
      await runner.query('SET LOCAL enable_seqscan = off');
      const plan = async (sql: string) => ((await runner.query(`EXPLAIN ${sql}`)) as Array<{ 'QUERY PLAN': string }>).map((row) => row['QUERY PLAN']).join('\n');
      expect(await plan(`SELECT customer_id FROM customer_name_suffixes WHERE suffix >= 'lovel' AND suffix < 'lovem'`)).toContain('idx_customer_name_suffixes_suffix');
      expect(await plan(`SELECT id FROM customers WHERE LOWER(email) LIKE '%lovel%' ESCAPE '\\' OR LOWER(address_postcode) LIKE '%lovel%' ESCAPE '\\'`)).toMatch(
        /idx_customers_email_trgm[\s\S]*idx_customers_postcode_trgm/,
      );
      expect(await plan(`SELECT id FROM customers WHERE phone_digits LIKE '%123456%'`)).toContain('idx_customers_phone_digits_trgm');
      expect(await plan(`SELECT id FROM engineers WHERE LOWER(name) LIKE '%lamarr%' ESCAPE '\\'`)).toContain('idx_engineers_name_trgm');
      expect(await plan(`SELECT order_id FROM order_vehicles WHERE registration = 'AB12 CDE'`)).toContain('idx_order_vehicles_registration');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
