import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TestApp, createTestApp } from './support/test-app';
import { expectStatus } from './support/fixtures';

interface VehicleBody {
  id: string;
  customerId: string;
  registration: string;
  vin: string | null;
  make: string;
  model: string;
  year: number | null;
  fleetNumber: string | null;
  devices: unknown[];
  createdAt: string;
  updatedAt: string;
}

interface PageBody {
  items: VehicleBody[];
  nextCursor: string | null;
}

const CUSTOMER = { name: 'Acme Fleet', email: 'fleet@acme.example', phone: '020 7946 0958', address: { line1: '1 Depot Road', city: 'Leeds', postcode: 'LS1 1AA' } };

function fieldsOf(body: { errors?: { field: string }[] }): string[] {
  return (body.errors ?? []).map((error) => error.field);
}

describe('Vehicles (e2e)', () => {
  let testApp: TestApp;
  let customerId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    customerId = (expectStatus(await testApp.http.post('/api/v1/customers').send(CUSTOMER), 201).body as { id: string }).id;
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function create(body: Record<string, unknown>, customer = customerId): Promise<VehicleBody> {
    return expectStatus(await testApp.http.post(`/api/v1/customers/${customer}/vehicles`).send(body), 201).body as VehicleBody;
  }

  async function list(query: Record<string, string | number>, customer = customerId): Promise<PageBody> {
    return expectStatus(await testApp.http.get(`/api/v1/customers/${customer}/vehicles`).query(query), 200).body as PageBody;
  }

  describe('POST /api/v1/customers/{customerId}/vehicles', () => {
    it('creates a vehicle, normalising its registration and VIN, with nothing fitted', async () => {
      const vehicle = await create({ registration: 'ab12cde', make: ' Ford ', model: 'Transit Custom', year: 2021, vin: 'wf0xxxttgxka12345', fleetNumber: ' VAN-01 ' });
      expect(vehicle).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        customerId,
        registration: 'AB12 CDE',
        vin: 'WF0XXXTTGXKA12345',
        make: 'Ford',
        model: 'Transit Custom',
        year: 2021,
        fleetNumber: 'VAN-01',
        devices: [],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const dataSource = testApp.app.get(DataSource);
      const placeholder = dataSource.options.type === 'postgres' ? '$1' : '?';
      const rows = (await dataSource.query(`SELECT registration, vin, fleet_number FROM vehicles WHERE id = ${placeholder}`, [vehicle.id])) as unknown[];
      expect(rows).toEqual([{ registration: 'AB12 CDE', vin: 'WF0XXXTTGXKA12345', fleet_number: 'VAN-01' }]);
    });

    it('defaults the optional fields to null', async () => {
      const vehicle = await create({ registration: 'A123 BCD', make: 'VW', model: 'Golf' });
      expect(vehicle).toMatchObject({ registration: 'A123 BCD', vin: null, year: null, fleetNumber: null });
    });

    it('refuses a registration the customer already has, in any spelling (409)', async () => {
      await create({ registration: 'BD51 SMR', make: 'Ford', model: 'Transit' });
      const response = expectStatus(await testApp.http.post(`/api/v1/customers/${customerId}/vehicles`).send({ registration: 'bd51smr', make: 'Ford', model: 'Transit' }), 409);
      expect(response.body).toMatchObject({ code: 'VEHICLE_REGISTRATION_TAKEN', registration: 'BD51 SMR' });
    });

    it('lets two customers have the same registration', async () => {
      const other = (expectStatus(await testApp.http.post('/api/v1/customers').send({ ...CUSTOMER, email: 'other@acme.example' }), 201).body as { id: string }).id;
      const vehicle = await create({ registration: 'BD51 SMR', make: 'Ford', model: 'Transit' }, other);
      expect(vehicle.customerId).toBe(other);
    });

    it.each([
      [{ registration: 'NOT A PLATE!', make: 'Ford', model: 'Ka' }, 'registration'],
      [{ registration: 'AB12CDF', make: '', model: 'Ka' }, 'make'],
      [{ registration: 'AB12CDF', make: 'Ford', model: 'Ka', vin: 'WF0XXXTTGXKA1234O' }, 'vin'],
      [{ registration: 'AB12CDF', make: 'Ford', model: 'Ka', vin: 'WF0XXXTTGXKA1234' }, 'vin'],
      [{ registration: 'AB12CDF', make: 'Ford', model: 'Ka', year: 1900 }, 'year'],
      [{ registration: 'AB12CDF', make: 'Ford', model: 'Ka', fleetNumber: 'x'.repeat(41) }, 'fleetNumber'],
      [{ registration: 'AB12CDF', make: 'Ford', model: 'Ka', colour: 'red' }, 'colour'],
    ])('names the bad field of %j (400)', async (body, field) => {
      const response = expectStatus(await testApp.http.post(`/api/v1/customers/${customerId}/vehicles`).send(body), 400);
      expect(fieldsOf(response.body as { errors?: { field: string }[] })).toContain(field);
    });

    it('answers 404 for an unknown customer and 400 for a malformed id', async () => {
      const missing = expectStatus(await testApp.http.post(`/api/v1/customers/${randomUUID()}/vehicles`).send({ registration: 'AB12CDE', make: 'Ford', model: 'Ka' }), 404);
      expect(missing.body).toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
      const malformed = expectStatus(await testApp.http.get('/api/v1/customers/not-a-uuid/vehicles'), 400);
      expect(fieldsOf(malformed.body as { errors?: { field: string }[] })).toEqual(['customerId']);
    });
  });

  describe('GET /api/v1/customers/{customerId}/vehicles', () => {
    let fleetId: string;
    const registrations = ['LK21 AAA', 'LK21 AAB', 'LK21 AAC', 'LK21 AAD', 'LK21 AAE'];

    beforeAll(async () => {
      fleetId = (expectStatus(await testApp.http.post('/api/v1/customers').send({ ...CUSTOMER, email: 'keyset@acme.example' }), 201).body as { id: string }).id;
      for (const [index, registration] of registrations.entries()) {
        await create({ registration, make: 'Ford', model: 'Transit', fleetNumber: `VAN-${index + 1}`, vin: `WF0XXXTTGXKA1234${index}` }, fleetId);
      }
    });

    it('pages newest first with a cursor, without gaps or repeats', async () => {
      const first = await list({ limit: 2 }, fleetId);
      expect(first.items.map((item) => item.registration)).toEqual(['LK21 AAE', 'LK21 AAD']);
      const second = await list({ limit: 2, cursor: first.nextCursor! }, fleetId);
      const third = await list({ limit: 2, cursor: second.nextCursor! }, fleetId);
      expect([...second.items, ...third.items].map((item) => item.registration)).toEqual(['LK21 AAC', 'LK21 AAB', 'LK21 AAA']);
      expect(third.nextCursor).toBeNull();
    });

    it('shows only that customer’s vehicles', async () => {
      expect((await list({ limit: 100 }, fleetId)).items.every((item) => item.customerId === fleetId)).toBe(true);
    });

    it.each([
      ['lk21aac', ['LK21 AAC']],
      ['aad', ['LK21 AAD']],
      ['van-5', ['LK21 AAE']],
      ['ka12341', ['LK21 AAB']],
      ['nothing-like-it', []],
    ])('searches registration, VIN and fleet number with q=%s', async (q, expected) => {
      expect((await list({ q, limit: 100 }, fleetId)).items.map((item) => item.registration)).toEqual(expected);
    });

    it('answers 404 for an unknown customer', async () => {
      expect((expectStatus(await testApp.http.get(`/api/v1/customers/${randomUUID()}/vehicles`), 404).body as { code: string }).code).toBe('CUSTOMER_NOT_FOUND');
    });
  });

  describe('GET, PATCH, DELETE /api/v1/vehicles/{id}', () => {
    it('reads, changes and deletes a vehicle', async () => {
      const vehicle = await create({ registration: 'MA70 XYZ', make: 'Ford', model: 'Transit', year: 2020 });
      expect(expectStatus(await testApp.http.get(`/api/v1/vehicles/${vehicle.id}`), 200).body).toEqual(vehicle);

      const changed = expectStatus(await testApp.http.patch(`/api/v1/vehicles/${vehicle.id}`).send({ registration: 'ma70xyy', fleetNumber: 'VAN-9', year: null }), 200)
        .body as VehicleBody;
      expect(changed).toMatchObject({ id: vehicle.id, registration: 'MA70 XYY', fleetNumber: 'VAN-9', year: null, make: 'Ford' });
      expect(expectStatus(await testApp.http.get(`/api/v1/vehicles/${vehicle.id}`), 200).body).toMatchObject({ registration: 'MA70 XYY' });

      expectStatus(await testApp.http.delete(`/api/v1/vehicles/${vehicle.id}`), 204);
      expect((expectStatus(await testApp.http.get(`/api/v1/vehicles/${vehicle.id}`), 404).body as { code: string }).code).toBe('VEHICLE_NOT_FOUND');
      expectStatus(await testApp.http.delete(`/api/v1/vehicles/${vehicle.id}`), 404);
    });

    it('refuses to rename a vehicle to another of the customer’s registrations (409)', async () => {
      await create({ registration: 'SF19 KLM', make: 'Toyota', model: 'Yaris' });
      const other = await create({ registration: 'SF19 KLN', make: 'Toyota', model: 'Yaris' });
      const response = expectStatus(await testApp.http.patch(`/api/v1/vehicles/${other.id}`).send({ registration: 'SF19KLM' }), 409);
      expect(response.body).toMatchObject({ code: 'VEHICLE_REGISTRATION_TAKEN' });
    });

    it('refuses null for a required field and unknown fields (400)', async () => {
      const vehicle = await create({ registration: 'SF19 KLP', make: 'Toyota', model: 'Yaris' });
      const response = expectStatus(await testApp.http.patch(`/api/v1/vehicles/${vehicle.id}`).send({ make: null }), 400);
      expect(fieldsOf(response.body as { errors?: { field: string }[] })).toEqual(['make']);
      const unknown = expectStatus(await testApp.http.patch(`/api/v1/vehicles/${vehicle.id}`).send({ wheels: 4 }), 400);
      expect(fieldsOf(unknown.body as { errors?: { field: string }[] })).toEqual(['wheels']);
    });

    it('is for staff only', async () => {
      const vehicle = await create({ registration: 'SF19 KLR', make: 'Toyota', model: 'Yaris' });
      const { http: webShop } = await testApp.withApiKey();
      expectStatus(await webShop.get(`/api/v1/vehicles/${vehicle.id}`), 403);
      expectStatus(await testApp.anonymous.get(`/api/v1/customers/${customerId}/vehicles`), 401);
      const dispatcher = await testApp.signInAs('dispatcher');
      expectStatus(await dispatcher.http.get(`/api/v1/vehicles/${vehicle.id}`), 200);
    });
  });
});
