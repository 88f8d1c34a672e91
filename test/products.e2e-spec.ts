import { randomUUID } from 'node:crypto';
import { ProductsService } from '../src/modules/products/products.service';
import { TestApp, createTestApp } from './support/test-app';

interface ProductBody {
  id: string;
  sku: string;
  name: string;
  description: string | null;
  category: string;
  priceMinor: number;
  currency: string;
  requiresInstallation: boolean;
  installMinutes: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

interface PageBody {
  items: ProductBody[];
  nextCursor: string | null;
}

let skuSequence = 0;

/** A valid create body with a SKU no other test uses. */
function newProduct(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  skuSequence += 1;
  return {
    sku: `TST-${skuSequence}`,
    name: `Test product ${skuSequence}`,
    category: 'dashcam',
    priceMinor: 9999,
    currency: 'GBP',
    requiresInstallation: false,
    ...overrides,
  };
}

function fieldsOf(body: { errors?: { field: string }[] }): string[] {
  return (body.errors ?? []).map((error) => error.field);
}

describe('Products (e2e)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function create(overrides: Record<string, unknown> = {}): Promise<ProductBody> {
    const response = await testApp.http.post('/api/v1/products').send(newProduct(overrides)).expect(201);
    return response.body as ProductBody;
  }

  async function list(query: Record<string, string | number | boolean>): Promise<PageBody> {
    const response = await testApp.http.get('/api/v1/products').query(query).expect(200);
    return response.body as PageBody;
  }

  /** Follows nextCursor to the end and returns every item in the order served. */
  async function listAll(query: Record<string, string | number | boolean>): Promise<{ items: ProductBody[]; pages: number }> {
    const items: ProductBody[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: PageBody = await list(cursor ? { ...query, cursor } : query);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 50);
    return { items, pages };
  }

  describe('POST /api/v1/products', () => {
    it('creates a product, normalising the SKU and applying defaults', async () => {
      const response = await testApp.http
        .post('/api/v1/products')
        .send({
          sku: '  dc-200 ',
          name: '  Dual-lens dash cam ',
          category: 'dashcam',
          priceMinor: 14999,
          currency: 'GBP',
          requiresInstallation: true,
          installMinutes: 60,
        })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        sku: 'DC-200',
        name: 'Dual-lens dash cam',
        description: null,
        category: 'dashcam',
        priceMinor: 14999,
        currency: 'GBP',
        requiresInstallation: true,
        installMinutes: 60,
        active: true,
        createdAt: expect.any(String),
        updatedAt: response.body.createdAt,
      });
      const fetched = await testApp.http.get(`/api/v1/products/${response.body.id}`).expect(200);
      expect(fetched.body).toEqual(response.body);
    });

    it('stores a description, an explicit inactive flag and installMinutes 0 by default', async () => {
      const product = await create({ description: 'Fits any car', active: false });
      expect(product).toMatchObject({ description: 'Fits any car', active: false, installMinutes: 0 });
    });

    it('stores a blank description as null', async () => {
      const product = await create({ description: '   ' });
      expect(product.description).toBeNull();
    });

    it('refuses a SKU already taken, whatever its case, with 409 PRODUCT_SKU_TAKEN', async () => {
      await create({ sku: 'TRK-10' });
      const response = await testApp.http.post('/api/v1/products').send(newProduct({ sku: ' trk-10' })).expect(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 409, code: 'PRODUCT_SKU_TAKEN', sku: 'TRK-10' });
    });

    it('lets only one of two simultaneous creates claim a SKU', async () => {
      const body = newProduct();
      const responses = await Promise.all([body, body].map((sent) => testApp.http.post('/api/v1/products').send(sent)));
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    });

    it.each([
      [{ sku: undefined }, 'sku'],
      [{ sku: 'DC 200' }, 'sku'],
      [{ sku: 'DC_200' }, 'sku'],
      [{ sku: 200 }, 'sku'],
      [{ sku: 'X'.repeat(33) }, 'sku'],
      [{ name: undefined }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: 'N'.repeat(201) }, 'name'],
      [{ description: 42 }, 'description'],
      [{ category: undefined }, 'category'],
      [{ category: 'Dash Cam' }, 'category'],
      [{ category: 'fleet_camera' }, 'category'],
      [{ priceMinor: undefined }, 'priceMinor'],
      [{ priceMinor: -1 }, 'priceMinor'],
      [{ priceMinor: 9.99 }, 'priceMinor'],
      [{ priceMinor: '999' }, 'priceMinor'],
      [{ currency: undefined }, 'currency'],
      [{ currency: 'gbp' }, 'currency'],
      [{ currency: 'XYZ' }, 'currency'],
      [{ requiresInstallation: undefined }, 'requiresInstallation'],
      [{ requiresInstallation: 'yes' }, 'requiresInstallation'],
      [{ installMinutes: -1 }, 'installMinutes'],
      [{ installMinutes: 481 }, 'installMinutes'],
      [{ installMinutes: 30.5 }, 'installMinutes'],
      [{ requiresInstallation: true, installMinutes: 0 }, 'installMinutes'],
      [{ requiresInstallation: true }, 'installMinutes'],
      [{ active: 'no' }, 'active'],
      [{ id: randomUUID() }, 'id'],
      [{ colour: 'black' }, 'colour'],
    ])('%j is a 400 naming %s', async (overrides, field) => {
      const response = await testApp.http.post('/api/v1/products').send(newProduct(overrides)).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(fieldsOf(response.body)).toContain(field);
    });

    it('accepts the boundaries: price 0 and 480 install minutes', async () => {
      const product = await create({ priceMinor: 0, requiresInstallation: true, installMinutes: 480 });
      expect(product).toMatchObject({ priceMinor: 0, installMinutes: 480 });
    });
  });

  describe('GET /api/v1/products/:id', () => {
    it('is a 404 PRODUCT_NOT_FOUND for an unknown id', async () => {
      const id = randomUUID();
      const response = await testApp.http.get(`/api/v1/products/${id}`).expect(404);
      expect(response.body).toMatchObject({ status: 404, code: 'PRODUCT_NOT_FOUND', id });
    });

    it('is a 400 naming id when the id is not a UUID', async () => {
      const response = await testApp.http.get('/api/v1/products/not-a-uuid').expect(400);
      expect(fieldsOf(response.body)).toEqual(['id']);
    });
  });

  describe('PATCH /api/v1/products/:id', () => {
    it('changes only the fields sent and moves updatedAt', async () => {
      const product = await create({ description: 'Old text' });
      const response = await testApp.http
        .patch(`/api/v1/products/${product.id}`)
        .send({ name: 'Renamed', priceMinor: 12345, sku: 'renamed-1' })
        .expect(200);
      expect(response.body).toEqual({
        ...product,
        name: 'Renamed',
        priceMinor: 12345,
        sku: 'RENAMED-1',
        updatedAt: expect.any(String),
      });
      expect(Date.parse(response.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(product.updatedAt));
      const fetched = await testApp.http.get(`/api/v1/products/${product.id}`).expect(200);
      expect(fetched.body).toEqual(response.body);
    });

    it('clears the description with null', async () => {
      const product = await create({ description: 'To be removed' });
      const response = await testApp.http.patch(`/api/v1/products/${product.id}`).send({ description: null }).expect(200);
      expect(response.body.description).toBeNull();
    });

    it('keeps a product its own SKU when the same SKU is sent again', async () => {
      const product = await create();
      await testApp.http.patch(`/api/v1/products/${product.id}`).send({ sku: product.sku.toLowerCase() }).expect(200);
    });

    it('refuses a SKU another product has, whatever its case, with 409', async () => {
      const taken = await create();
      const product = await create();
      const response = await testApp.http
        .patch(`/api/v1/products/${product.id}`)
        .send({ sku: taken.sku.toLowerCase() })
        .expect(409);
      expect(response.body).toMatchObject({ code: 'PRODUCT_SKU_TAKEN', sku: taken.sku });
      const unchanged = await testApp.http.get(`/api/v1/products/${product.id}`).expect(200);
      expect(unchanged.body.sku).toBe(product.sku);
    });

    it('checks the installation rule against the stored product', async () => {
      const product = await create({ requiresInstallation: false, installMinutes: 0 });
      const turnOn = await testApp.http.patch(`/api/v1/products/${product.id}`).send({ requiresInstallation: true }).expect(400);
      expect(fieldsOf(turnOn.body)).toEqual(['installMinutes']);

      await testApp.http.patch(`/api/v1/products/${product.id}`).send({ requiresInstallation: true, installMinutes: 45 }).expect(200);
      const zero = await testApp.http.patch(`/api/v1/products/${product.id}`).send({ installMinutes: 0 }).expect(400);
      expect(fieldsOf(zero.body)).toEqual(['installMinutes']);

      const turnOff = await testApp.http.patch(`/api/v1/products/${product.id}`).send({ requiresInstallation: false }).expect(200);
      expect(turnOff.body).toMatchObject({ requiresInstallation: false, installMinutes: 45 });
    });

    it.each([
      [{ name: null }, 'name'],
      [{ sku: null }, 'sku'],
      [{ priceMinor: null }, 'priceMinor'],
      [{ currency: 'eur' }, 'currency'],
      [{ category: 'Trackers' }, 'category'],
      [{ active: 'false' }, 'active'],
      [{ id: randomUUID() }, 'id'],
      [{ createdAt: '2020-01-01T00:00:00Z' }, 'createdAt'],
    ])('%j is a 400 naming %s', async (changes, field) => {
      const product = await create();
      const response = await testApp.http.patch(`/api/v1/products/${product.id}`).send(changes).expect(400);
      expect(fieldsOf(response.body)).toContain(field);
    });

    it('is a 404 for an unknown id and a 400 for a malformed one', async () => {
      await testApp.http.patch(`/api/v1/products/${randomUUID()}`).send({ name: 'x' }).expect(404);
      const response = await testApp.http.patch('/api/v1/products/123').send({ name: 'x' }).expect(400);
      expect(fieldsOf(response.body)).toEqual(['id']);
    });
  });

  describe('DELETE /api/v1/products/:id', () => {
    it('deactivates the product and keeps the row; doing it again is harmless', async () => {
      const product = await create();
      const response = await testApp.http.delete(`/api/v1/products/${product.id}`).expect(204);
      expect(response.text).toBe('');

      const fetched = await testApp.http.get(`/api/v1/products/${product.id}`).expect(200);
      expect(fetched.body).toMatchObject({ id: product.id, active: false });
      await testApp.http.delete(`/api/v1/products/${product.id}`).expect(204);
    });

    it('can be undone by PATCH active: true', async () => {
      const product = await create();
      await testApp.http.delete(`/api/v1/products/${product.id}`).expect(204);
      const response = await testApp.http.patch(`/api/v1/products/${product.id}`).send({ active: true }).expect(200);
      expect(response.body.active).toBe(true);
    });

    it('is a 404 for an unknown id and a 400 for a malformed one', async () => {
      const missing = await testApp.http.delete(`/api/v1/products/${randomUUID()}`).expect(404);
      expect(missing.body.code).toBe('PRODUCT_NOT_FOUND');
      const malformed = await testApp.http.delete('/api/v1/products/abc').expect(400);
      expect(fieldsOf(malformed.body)).toEqual(['id']);
    });
  });

  describe('GET /api/v1/products', () => {
    it('pages newest first across pages without duplicates or gaps', async () => {
      const created: ProductBody[] = [];
      for (let index = 0; index < 7; index += 1) created.push(await create({ category: 'paging-kit' }));

      const { items, pages } = await listAll({ category: 'paging-kit', limit: 3 });
      expect(pages).toBe(3);
      const ids = items.map((item) => item.id);
      expect(new Set(ids).size).toBe(7);
      expect([...ids].sort()).toEqual(created.map((product) => product.id).sort());

      const newestFirst = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      expect(ids).toEqual(newestFirst.map((item) => item.id));
    });

    it('returns 20 items by default and null nextCursor on the last page', async () => {
      for (let index = 0; index < 21; index += 1) await create({ category: 'bulk-kit' });
      const first = await list({ category: 'bulk-kit' });
      expect(first.items).toHaveLength(20);
      expect(first.nextCursor).toEqual(expect.any(String));
      const last = await list({ category: 'bulk-kit', cursor: first.nextCursor! });
      expect(last.items).toHaveLength(1);
      expect(last.nextCursor).toBeNull();
    });

    it('filters by category', async () => {
      const tracker = await create({ category: 'fleet-tracker' });
      const { items } = await list({ category: 'fleet-tracker' });
      expect(items.map((item) => item.id)).toEqual([tracker.id]);
    });

    it('filters by active true and false', async () => {
      const kept = await create({ category: 'active-filter' });
      const retired = await create({ category: 'active-filter' });
      await testApp.http.delete(`/api/v1/products/${retired.id}`).expect(204);

      const active = await list({ category: 'active-filter', active: true });
      expect(active.items.map((item) => item.id)).toEqual([kept.id]);
      const inactive = await list({ category: 'active-filter', active: false });
      expect(inactive.items.map((item) => item.id)).toEqual([retired.id]);
      const both = await list({ category: 'active-filter' });
      expect(both.items).toHaveLength(2);
    });

    describe('q', () => {
      let bySku: ProductBody;
      let byName: ProductBody;
      let byDescription: ProductBody;

      beforeAll(async () => {
        bySku = await create({ sku: 'ZEBRA-77', category: 'search-kit' });
        byName = await create({ name: 'Windscreen Mount Pro', category: 'search-kit' });
        byDescription = await create({ description: 'Includes a 100% copper HARNESS', category: 'search-kit' });
      });

      async function search(q: string): Promise<string[]> {
        return (await list({ category: 'search-kit', q })).items.map((item) => item.id);
      }

      it('matches the SKU, the name and the description, ignoring case', async () => {
        expect(await search('zebra-7')).toEqual([bySku.id]);
        expect(await search('MOUNT pro')).toEqual([byName.id]);
        expect(await search('copper harness')).toEqual([byDescription.id]);
      });

      it('treats LIKE wildcards in the search text literally', async () => {
        expect(await search('100%')).toEqual([byDescription.id]);
        expect(await search('%')).toEqual([byDescription.id]);
        expect(await search('_')).toEqual([]);
      });

      it('ignores a blank search and returns everything', async () => {
        expect((await search('   ')).sort()).toEqual([bySku.id, byName.id, byDescription.id].sort());
      });

      it('combines with the other filters', async () => {
        await testApp.http.delete(`/api/v1/products/${byName.id}`).expect(204);
        expect((await list({ category: 'search-kit', q: 'mount', active: true })).items).toEqual([]);
        expect((await list({ category: 'search-kit', q: 'mount', active: false })).items.map((item) => item.id)).toEqual([
          byName.id,
        ]);
      });
    });

    it.each([
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ limit: 'ten' }, 'limit'],
      [{ cursor: 'not-a-cursor' }, 'cursor'],
      [{ active: 'yes' }, 'active'],
      [{ category: 'Dash Cams' }, 'category'],
      [{ q: 'x'.repeat(101) }, 'q'],
      [{ colour: 'black' }, 'colour'],
    ])('%j is a 400 naming %s', async (query, field) => {
      const response = await testApp.http.get('/api/v1/products').query(query).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toContain(field);
    });

    it('accepts the maximum page size', async () => {
      const page = await list({ limit: 100 });
      expect(page.items.length).toBeLessThanOrEqual(100);
    });
  });

  describe('ProductsService.findForPricing', () => {
    it('returns plain snapshots of known products, inactive included, and skips unknown ids', async () => {
      const fitted = await create({ requiresInstallation: true, installMinutes: 90, priceMinor: 25000 });
      const retired = await create();
      await testApp.http.delete(`/api/v1/products/${retired.id}`).expect(204);

      const service = testApp.app.get(ProductsService);
      const snapshots = await service.findForPricing([fitted.id, retired.id, fitted.id, randomUUID(), 'not-a-uuid']);
      const byId = new Map(snapshots.map((snapshot) => [snapshot.id, snapshot]));

      expect(snapshots).toHaveLength(2);
      expect(byId.get(fitted.id)).toEqual({
        id: fitted.id,
        sku: fitted.sku,
        name: fitted.name,
        category: fitted.category,
        priceMinor: 25000,
        currency: 'GBP',
        requiresInstallation: true,
        installMinutes: 90,
        active: true,
      });
      expect(byId.get(retired.id)?.active).toBe(false);
      expect(Object.getPrototypeOf(byId.get(fitted.id))).toBe(Object.prototype);
      expect(await service.findForPricing([])).toEqual([]);
    });
  });
});
