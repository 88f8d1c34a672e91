import { randomUUID } from 'node:crypto';
import { UnitOfWork } from '@app/common';
import { CreateCustomerDto } from '../src/modules/customers/dto/create-customer.dto';
import { CustomersService } from '../src/modules/customers/customers.service';
import { TestApp, createTestApp } from './support/test-app';

interface CustomerBody {
  id: string;
  name: string;
  email: string;
  phone: string;
  address: { line1: string; line2?: string; city: string; postcode: string };
  createdAt: string;
  updatedAt: string;
}

interface PageBody {
  items: CustomerBody[];
  nextCursor: string | null;
}

const ADDRESS = { line1: '221B Baker Street', city: 'London', postcode: 'NW1 6XE' };

let sequence = 0;

/** A valid create body; `name` defaults to one no other test uses. */
function newCustomer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    name: `Customer ${sequence}`,
    email: `customer${sequence}@example.co.uk`,
    phone: '020 7946 0958',
    address: ADDRESS,
    ...overrides,
  };
}

function fieldsOf(body: { errors?: { field: string }[] }): string[] {
  return (body.errors ?? []).map((error) => error.field);
}

describe('Customers (e2e)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function create(overrides: Record<string, unknown> = {}): Promise<CustomerBody> {
    const response = await testApp.http.post('/api/v1/customers').send(newCustomer(overrides)).expect(201);
    return response.body as CustomerBody;
  }

  async function list(query: Record<string, string | number>): Promise<PageBody> {
    const response = await testApp.http.get('/api/v1/customers').query(query).expect(200);
    return response.body as PageBody;
  }

  async function search(q: string): Promise<string[]> {
    return (await list({ q, limit: 100 })).items.map((item) => item.id);
  }

  describe('POST /api/v1/customers', () => {
    it('creates a customer, trimming text, lower-casing the e-mail and normalising the postcode', async () => {
      const response = await testApp.http
        .post('/api/v1/customers')
        .send({
          name: '  Ada Lovelace ',
          email: ' Ada@Example.CO.UK ',
          phone: ' 07911 123456 ',
          address: { line1: ' 10 Downing Street ', line2: ' Flat 2 ', city: ' London ', postcode: ' sw1a  1aa ' },
        })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Ada Lovelace',
        email: 'ada@example.co.uk',
        phone: '07911 123456',
        address: { line1: '10 Downing Street', line2: 'Flat 2', city: 'London', postcode: 'SW1A 1AA' },
        createdAt: expect.any(String),
        updatedAt: response.body.createdAt,
      });
      const fetched = await testApp.http.get(`/api/v1/customers/${response.body.id}`).expect(200);
      expect(fetched.body).toEqual(response.body);
    });

    it.each([
      ['sw1a1aa', 'SW1A 1AA'],
      ['gir0aa', 'GIR 0AA'],
      ['M1 1AE', 'M1 1AE'],
      ['ec1a 1bb', 'EC1A 1BB'],
    ])('stores postcode %j as %s', async (postcode, normalised) => {
      const customer = await create({ address: { ...ADDRESS, postcode } });
      expect(customer.address.postcode).toBe(normalised);
    });

    it('leaves out a blank or null second line', async () => {
      expect((await create({ address: { ...ADDRESS, line2: '  ' } })).address).toEqual(ADDRESS);
      expect((await create({ address: { ...ADDRESS, line2: null } })).address).toEqual(ADDRESS);
    });

    it('accepts an international phone number and a shared e-mail address', async () => {
      const first = await create({ email: 'fleet@example.com', phone: '+33 1 42 68 53 00' });
      const second = await create({ email: 'fleet@example.com' });
      expect(first.phone).toBe('+33 1 42 68 53 00');
      expect(second.email).toBe(first.email);
    });

    it.each([
      [{ name: undefined }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: 'N'.repeat(201) }, 'name'],
      [{ email: undefined }, 'email'],
      [{ email: 'not-an-email' }, 'email'],
      [{ phone: undefined }, 'phone'],
      [{ phone: '12345' }, 'phone'],
      [{ phone: 'call me' }, 'phone'],
      [{ address: undefined }, 'address'],
      [{ address: 'London' }, 'address'],
      [{ address: { ...ADDRESS, line1: undefined } }, 'address.line1'],
      [{ address: { ...ADDRESS, line1: ' ' } }, 'address.line1'],
      [{ address: { ...ADDRESS, city: '' } }, 'address.city'],
      [{ address: { ...ADDRESS, postcode: undefined } }, 'address.postcode'],
      [{ address: { ...ADDRESS, postcode: 'SW1A' } }, 'address.postcode'],
      [{ address: { ...ADDRESS, postcode: 'QA1 1AA' } }, 'address.postcode'],
      [{ address: { ...ADDRESS, postcode: '90210' } }, 'address.postcode'],
      [{ address: { ...ADDRESS, country: 'UK' } }, 'address.country'],
      [{ id: randomUUID() }, 'id'],
      [{ vip: true }, 'vip'],
    ])('%j is a 400 naming %s', async (overrides, field) => {
      const response = await testApp.http.post('/api/v1/customers').send(newCustomer(overrides)).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(fieldsOf(response.body)).toContain(field);
    });
  });

  describe('GET /api/v1/customers/:id', () => {
    it('is a 404 CUSTOMER_NOT_FOUND for an unknown id', async () => {
      const id = randomUUID();
      const response = await testApp.http.get(`/api/v1/customers/${id}`).expect(404);
      expect(response.body).toMatchObject({ status: 404, code: 'CUSTOMER_NOT_FOUND', id });
    });

    it('is a 400 naming id when the id is not a UUID', async () => {
      const response = await testApp.http.get('/api/v1/customers/42').expect(400);
      expect(fieldsOf(response.body)).toEqual(['id']);
    });
  });

  describe('PATCH /api/v1/customers/:id', () => {
    it('changes only the fields sent and moves updatedAt', async () => {
      const customer = await create({ address: { ...ADDRESS, line2: 'Flat 2' } });
      const response = await testApp.http
        .patch(`/api/v1/customers/${customer.id}`)
        .send({ name: 'Renamed', email: 'NEW@Example.com' })
        .expect(200);
      expect(response.body).toEqual({ ...customer, name: 'Renamed', email: 'new@example.com', updatedAt: expect.any(String) });
      expect(Date.parse(response.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(customer.updatedAt));
      const fetched = await testApp.http.get(`/api/v1/customers/${customer.id}`).expect(200);
      expect(fetched.body).toEqual(response.body);
    });

    it('replaces the whole address, normalising the postcode', async () => {
      const customer = await create({ address: { ...ADDRESS, line2: 'Flat 2' } });
      const address = { line1: '1 Piccadilly', city: 'Manchester', postcode: 'm11ae' };
      const response = await testApp.http.patch(`/api/v1/customers/${customer.id}`).send({ address }).expect(200);
      expect(response.body.address).toEqual({ line1: '1 Piccadilly', city: 'Manchester', postcode: 'M1 1AE' });
    });

    it.each([
      [{ name: null }, 'name'],
      [{ email: null }, 'email'],
      [{ phone: '123' }, 'phone'],
      [{ address: null }, 'address'],
      [{ address: { postcode: 'SW1A 1AA' } }, 'address.line1'],
      [{ address: { ...ADDRESS, postcode: 'nowhere' } }, 'address.postcode'],
      [{ createdAt: '2020-01-01T00:00:00Z' }, 'createdAt'],
    ])('%j is a 400 naming %s', async (changes, field) => {
      const customer = await create();
      const response = await testApp.http.patch(`/api/v1/customers/${customer.id}`).send(changes).expect(400);
      expect(fieldsOf(response.body)).toContain(field);
    });

    it('is a 404 for an unknown id and a 400 for a malformed one', async () => {
      await testApp.http.patch(`/api/v1/customers/${randomUUID()}`).send({ name: 'x' }).expect(404);
      const response = await testApp.http.patch('/api/v1/customers/nope').send({ name: 'x' }).expect(400);
      expect(fieldsOf(response.body)).toEqual(['id']);
    });
  });

  describe('DELETE /api/v1/customers/:id', () => {
    it('deletes the customer for good', async () => {
      const customer = await create();
      const response = await testApp.http.delete(`/api/v1/customers/${customer.id}`).expect(204);
      expect(response.text).toBe('');
      await testApp.http.get(`/api/v1/customers/${customer.id}`).expect(404);
      await testApp.http.delete(`/api/v1/customers/${customer.id}`).expect(404);
    });

    it('is a 400 naming id for a malformed id', async () => {
      const response = await testApp.http.delete('/api/v1/customers/abc').expect(400);
      expect(fieldsOf(response.body)).toEqual(['id']);
    });
  });

  describe('GET /api/v1/customers', () => {
    it('pages newest first across pages without duplicates or gaps', async () => {
      const created: CustomerBody[] = [];
      for (let index = 0; index < 7; index += 1) created.push(await create({ name: `Pager ${index}` }));

      const items: CustomerBody[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: PageBody = await list(cursor ? { q: 'pager', limit: 3, cursor } : { q: 'pager', limit: 3 });
        items.push(...page.items);
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);

      expect(pages).toBe(3);
      const ids = items.map((item) => item.id);
      expect(new Set(ids).size).toBe(7);
      expect([...ids].sort()).toEqual(created.map((customer) => customer.id).sort());
      const newestFirst = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      expect(ids).toEqual(newestFirst.map((item) => item.id));
    });

    it('returns 20 items by default and null nextCursor on the last page', async () => {
      for (let index = 0; index < 21; index += 1) await create({ name: `Bulk ${index}` });
      const first = await list({ q: 'bulk' });
      expect(first.items).toHaveLength(20);
      const last = await list({ q: 'bulk', cursor: first.nextCursor! });
      expect(last.items).toHaveLength(1);
      expect(last.nextCursor).toBeNull();
    });

    describe('q', () => {
      let byName: CustomerBody;
      let byEmail: CustomerBody;
      let byPostcode: CustomerBody;

      beforeAll(async () => {
        byName = await create({ name: 'Grace HOPPER' });
        byEmail = await create({ email: 'zebra_100%@example.org' });
        byPostcode = await create({ address: { ...ADDRESS, postcode: 'YO1 7HH' } });
      });

      it('matches the name, the e-mail and the postcode, ignoring case', async () => {
        expect(await search('grace hop')).toEqual([byName.id]);
        expect(await search('ZEBRA_')).toEqual([byEmail.id]);
        expect(await search('yo1')).toEqual([byPostcode.id]);
      });

      it('finds a full postcode however it is typed', async () => {
        expect(await search('yo17hh')).toEqual([byPostcode.id]);
        expect(await search(' YO1  7HH ')).toEqual([byPostcode.id]);
      });

      it('treats LIKE wildcards in the search text literally', async () => {
        expect(await search('100%')).toEqual([byEmail.id]);
        expect(await search('0%@EX')).toEqual([byEmail.id]);
        expect(await search('r_ce')).toEqual([]);
      });

      it('ignores a blank search', async () => {
        const page = await list({ q: '  ', limit: 100 });
        expect(page.items.map((item) => item.id)).toEqual(expect.arrayContaining([byName.id, byEmail.id, byPostcode.id]));
      });
    });

    it.each([
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ cursor: 'bogus' }, 'cursor'],
      [{ q: 'x'.repeat(101) }, 'q'],
      [{ email: 'a@b.c' }, 'email'],
    ])('%j is a 400 naming %s', async (query, field) => {
      const response = await testApp.http.get('/api/v1/customers').query(query).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toContain(field);
    });
  });

  describe('CustomersService (used by orders)', () => {
    function inline(name: string): CreateCustomerDto {
      return Object.assign(new CreateCustomerDto(), {
        name,
        email: 'inline@example.com',
        phone: '020 7946 0958',
        address: { ...ADDRESS, line2: null },
      });
    }

    it('getById returns a plain snapshot and throws CUSTOMER_NOT_FOUND for an unknown id', async () => {
      const created = await create({ address: { ...ADDRESS, line2: 'Flat 2' } });
      const service = testApp.app.get(CustomersService);
      const snapshot = await service.getById(created.id);
      expect(snapshot).toMatchObject({ id: created.id, name: created.name, address: { ...ADDRESS, line2: 'Flat 2' } });
      expect(Object.getPrototypeOf(snapshot)).toBe(Object.prototype);
      await expect(service.getById(randomUUID())).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
    });

    it('createFromInline writes inside the caller’s transaction and rolls back with it', async () => {
      const service = testApp.app.get(CustomersService);
      const unitOfWork = testApp.app.get(UnitOfWork);

      const kept = await unitOfWork.run((manager) => service.createFromInline(inline('Inline Kept'), manager, null));
      expect(kept.address).toEqual(ADDRESS);
      await testApp.http.get(`/api/v1/customers/${kept.id}`).expect(200);

      let rolledBackId = '';
      await expect(
        unitOfWork.run(async (manager) => {
          rolledBackId = (await service.createFromInline(inline('Inline Rolled Back'), manager, null)).id;
          throw new Error('the order failed after the customer was written');
        }),
      ).rejects.toThrow('the order failed');
      await testApp.http.get(`/api/v1/customers/${rolledBackId}`).expect(404);
    });
  });
});
