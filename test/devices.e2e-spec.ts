import { randomUUID } from 'node:crypto';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { INLINE_CUSTOMER, ProductFixture, createProduct, expectStatus } from './support/fixtures';
import { createEngineer, freshDistrict } from './support/scheduling';
import { SignedInUser, TestApp, createTestApp } from './support/test-app';

const IMEI = ['490154203237518', '353879234252633', '356938035643809', '012345678901237'];
const ICCID = ['8944500102198304826', '89441000303036404158', '8944110068256270054'];

interface DeviceBody {
  id: string;
  vehicleId: string;
  productId: string;
  imei: string | null;
  iccid: string | null;
  serial: string | null;
  position: string | null;
  serviceId?: string | null;
  engineerId: string | null;
  actor: string;
  fittedAt: string;
  removedAt: string | null;
}

interface ServiceBody {
  id: string;
  vehicleId: string;
  status: string;
  devices: DeviceBody[];
  completion: { odometer: { value: number; unit: string } | null; notes: string | null } | null;
}

interface OrderV2Body {
  id: string;
  status: string;
  vehicles: Array<{ vehicleId: string; registration: string; task: { id: string } | null; devices: DeviceBody[] }>;
}

let plateSequence = 0;
function plate(): string {
  plateSequence += 1;
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  return `DV${String(10 + (plateSequence % 80))} ${letters[plateSequence % 23]}${letters[Math.floor(plateSequence / 23) % 23]}A`;
}

function fieldsOf(body: unknown): string[] {
  return ((body as { errors?: { field: string }[] }).errors ?? []).map((error) => error.field);
}

describe('The installation record: devices fitted on completion (e2e)', () => {
  let testApp: TestApp;
  let tracker: ProductFixture;
  let camera: ProductFixture;
  let bracket: ProductFixture;
  let cable: ProductFixture;
  const MONDAY = '2030-01-07';
  let day = 0;

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    tracker = await createProduct(testApp.http, { category: 'tracker', installMinutes: 30, identifiers: ['iccid', 'imei'] });
    camera = await createProduct(testApp.http, { category: 'dashcam', installMinutes: 45, identifiers: ['serial'] });
    bracket = await createProduct(testApp.http, { category: 'dashcam', installMinutes: 15 });
    cable = await createProduct(testApp.http, { category: 'accessory', requiresInstallation: false, installMinutes: 0, identifiers: ['serial'] });
  });

  afterEach(() => testApp.clock.reset());

  afterAll(async () => {
    await testApp.close();
    delete process.env.OUTBOX_POLL_INTERVAL_MS;
  });

  /** A v2 order for the vehicles (their lines), booked for an engineer of its own district, its tasks started. */
  async function startedOrder(vehicles: Array<Array<{ productId: string; quantity: number }>>, customerId?: string) {
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district, { skills: ['accessory', 'dashcam', 'tracker'] });
    const order = expectStatus(
      await testApp.http.post('/api/v2/orders').send({
        ...(customerId ? { customerId } : { customer: { ...INLINE_CUSTOMER, email: `devices.${randomUUID()}@example.com` } }),
        installationAddress: { line1: '2 Mill Lane', city: 'Leeds', postcode: `${district} 1AA` },
        vehicles: vehicles.map((items) => ({ vehicle: { registration: plate(), make: 'Ford', model: 'Transit', year: 2022 }, items })),
      }),
      201,
    ).body as OrderV2Body;
    await testApp.app.get(OutboxDispatcher).dispatchDue();
    // Each order on a day of its own, so that one engineer's bookings never meet.
    day += 1;
    const start = new Date(new Date(`${MONDAY}T09:00:00Z`).getTime() + day * 7 * 24 * 3600_000).toISOString();
    expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId: order.id, engineerId: engineer.id, start }), 201);
    testApp.clock.travelTo(start);
    const shown = expectStatus(await testApp.http.get(`/api/v2/orders/${order.id}`), 200).body as OrderV2Body;
    const tasks = shown.vehicles.map((vehicle) => vehicle.task!.id);
    for (const task of tasks) expectStatus(await testApp.http.post(`/api/v1/services/${task}/start`), 200);
    return { order: shown, tasks, engineer, customerId: (shown as unknown as { customerId: string }).customerId };
  }

  const complete = (serviceId: string, body?: Record<string, unknown>, http = testApp.http) =>
    body === undefined ? http.post(`/api/v1/services/${serviceId}/complete`) : http.post(`/api/v1/services/${serviceId}/complete`).send(body);

  describe('completing the whole booking', () => {
    it('is refused while a task fits devices with identifiers, naming those tasks; each then completes with its devices and the booking follows', async () => {
      const { order, tasks } = await startedOrder([[{ productId: tracker.id, quantity: 1 }], [{ productId: bracket.id, quantity: 1 }]]);
      const bookingId = (expectStatus(await testApp.http.get('/api/v1/bookings').query({ status: 'scheduled', limit: 100 }), 200).body.items as Array<{ id: string; orderId: string }>).find(
        (booking) => booking.orderId === order.id,
      )!.id;
      const refused = expectStatus(await testApp.http.post(`/api/v1/bookings/${bookingId}/complete`), 409);
      expect(refused.body).toMatchObject({ code: 'DEVICES_NOT_REPORTED', serviceIds: [tasks[0]] });
      const stillOpen = expectStatus(await testApp.http.get(`/api/v1/bookings/${bookingId}`), 200).body as { status: string };
      expect(stillOpen.status).toBe('scheduled');

      // Identifiers of their own: the other tests fit the shared ones.
      const [imei, iccid] = ['356938035643817', '8944500102198309999'];
      expectStatus(await complete(tasks[0]!, { devices: [{ productId: tracker.id, imei, iccid }] }), 200);
      const done = expectStatus(await testApp.http.post(`/api/v1/bookings/${bookingId}/complete`), 200).body as { status: string };
      expect(done.status).toBe('completed');
      const shown = expectStatus(await testApp.http.get(`/api/v2/orders/${order.id}`), 200).body as OrderV2Body;
      expect(shown.status).toBe('fulfilled');
      expect(shown.vehicles[0]!.devices.map((device) => device.imei)).toEqual([imei]);
    });
  });

  describe('completing with valid identifiers', () => {
    it('records each unit in the vehicle, by whom and when, and shows it on the service, the order, the vehicle and the look-up', async () => {
      const { order, tasks, engineer } = await startedOrder([
        [{ productId: tracker.id, quantity: 2 }, { productId: cable.id, quantity: 1 }, { productId: bracket.id, quantity: 1 }],
        [{ productId: camera.id, quantity: 1 }],
      ]);
      const user: SignedInUser = await testApp.signInAs('engineer', { engineerId: engineer.id });
      const response = expectStatus(
        await complete(
          tasks[0]!,
          {
            devices: [
              { productId: tracker.id, imei: IMEI[0], iccid: ICCID[0], position: 'behind the glovebox' },
              { productId: tracker.id, imei: IMEI[1], iccid: ICCID[1] },
            ],
            odometer: { value: 48_213, unit: 'mi' },
            notes: ' SIMs activated ',
          },
          user.http,
        ),
        200,
      );
      const service = response.body as ServiceBody;
      expect(service).toMatchObject({ status: 'completed', vehicleId: order.vehicles[0]!.vehicleId, completion: { odometer: { value: 48_213, unit: 'mi' }, notes: 'SIMs activated' } });
      expect(service.devices).toEqual([
        expect.objectContaining({ productId: tracker.id, imei: IMEI[0], iccid: ICCID[0], serial: null, position: 'behind the glovebox', engineerId: engineer.id, actor: user.actor, removedAt: null }),
        expect.objectContaining({ productId: tracker.id, imei: IMEI[1], iccid: ICCID[1], position: null, engineerId: engineer.id }),
      ]);
      expect(expectStatus(await testApp.http.get(`/api/v1/services/${tasks[0]}`), 200).body.devices).toEqual(service.devices);

      const vehicle = expectStatus(await testApp.http.get(`/api/v1/vehicles/${order.vehicles[0]!.vehicleId}`), 200).body as { devices: DeviceBody[] };
      expect(vehicle.devices.map((device) => device.imei)).toEqual([IMEI[0], IMEI[1]]);

      const found = expectStatus(await testApp.http.get('/api/v1/devices').query({ imei: IMEI[1] }), 200).body as { items: Array<DeviceBody & { vehicle: Record<string, string> }> };
      expect(found.items).toEqual([
        expect.objectContaining({
          imei: IMEI[1],
          iccid: ICCID[1],
          serviceId: tasks[0],
          engineerId: engineer.id,
          actor: user.actor,
          fittedAt: expect.any(String),
          removedAt: null,
          vehicle: { id: order.vehicles[0]!.vehicleId, customerId: expect.any(String), registration: order.vehicles[0]!.registration },
        }),
      ]);
      expect((expectStatus(await testApp.http.get('/api/v1/devices').query({ iccid: ICCID[0] }), 200).body.items as unknown[]).length).toBe(1);
      expect(expectStatus(await testApp.http.get('/api/v1/devices').query({ imei: IMEI[1], iccid: ICCID[0] }), 200).body.items).toEqual([]);

      // The camera's serial on the other vehicle; then the order is fulfilled and shows both records.
      expectStatus(await complete(tasks[1]!, { devices: [{ productId: camera.id, serial: ' CAM-0001 ' }] }), 200);
      expect((expectStatus(await testApp.http.get('/api/v1/devices').query({ serial: 'CAM-0001' }), 200).body.items as DeviceBody[])[0]).toMatchObject({
        vehicleId: order.vehicles[1]!.vehicleId,
        actor: testApp.admin.actor,
      });
      const fulfilled = expectStatus(await testApp.http.get(`/api/v2/orders/${order.id}`), 200).body as OrderV2Body;
      expect(fulfilled.status).toBe('fulfilled');
      expect(fulfilled.vehicles.map((entry) => entry.devices.map((device) => device.imei ?? device.serial))).toEqual([[IMEI[0], IMEI[1]], ['CAM-0001']]);

      // A vehicle with devices on record is kept.
      const refused = expectStatus(await testApp.http.delete(`/api/v1/vehicles/${order.vehicles[1]!.vehicleId}`), 409);
      expect(refused.body).toMatchObject({ code: 'VEHICLE_HAS_DEVICES' });
    });

    it('completes without a body a task none of whose products declares identifiers', async () => {
      const { tasks } = await startedOrder([[{ productId: bracket.id, quantity: 2 }, { productId: cable.id, quantity: 1 }]]);
      const service = expectStatus(await complete(tasks[0]!), 200).body as ServiceBody;
      expect(service).toMatchObject({ status: 'completed', devices: [], completion: null });
    });
  });

  describe('bad identifiers', () => {
    let task: string;

    beforeAll(async () => {
      const started = await startedOrder([[{ productId: tracker.id, quantity: 1 }, { productId: camera.id, quantity: 1 }, { productId: bracket.id, quantity: 1 }]]);
      task = started.tasks[0]!;
    });

    const good = () => [
      { productId: tracker.id, imei: IMEI[2], iccid: ICCID[2] },
      { productId: camera.id, serial: 'CAM-0002' },
    ];

    it.each<[string, () => unknown, string[]]>([
      ['no body', () => undefined, ['devices.0.productId', 'devices.1.productId']],
      ['no devices', () => ({ notes: 'done' }), ['devices.0.productId', 'devices.1.productId']],
      ['a missing entry', () => ({ devices: [good()[0]] }), ['devices.1.productId']],
      ['a surplus entry', () => ({ devices: [...good(), { productId: camera.id, serial: 'CAM-0003' }] }), ['devices.2.productId']],
      ['a product the task does not fit', () => ({ devices: [...good(), { productId: randomUUID(), serial: 'X' }] }), ['devices.2.productId']],
      ['a product fitted without identifiers', () => ({ devices: [...good(), { productId: bracket.id }] }), ['devices.2.productId']],
      ['a product not installed by this task', () => ({ devices: [...good(), { productId: cable.id, serial: 'C-1' }] }), ['devices.2.productId']],
      ['a missing IMEI', () => ({ devices: [{ productId: tracker.id, iccid: ICCID[2] }, good()[1]] }), ['devices.0.imei']],
      ['a missing ICCID', () => ({ devices: [{ productId: tracker.id, imei: IMEI[2] }, good()[1]] }), ['devices.0.iccid']],
      ['a missing serial', () => ({ devices: [good()[0], { productId: camera.id }] }), ['devices.1.serial']],
      ['an identifier the product does not take', () => ({ devices: [{ ...good()[0], serial: 'S-1' }, good()[1]] }), ['devices.0.serial']],
      ['an IMEI with a wrong check digit', () => ({ devices: [{ ...good()[0], imei: '490154203237517' }, good()[1]] }), ['devices.0.imei']],
      ['an IMEI of 14 digits', () => ({ devices: [{ ...good()[0], imei: '49015420323751' }, good()[1]] }), ['devices.0.imei']],
      ['an IMEI with letters', () => ({ devices: [{ ...good()[0], imei: '49015420323751A' }, good()[1]] }), ['devices.0.imei']],
      ['an ICCID not starting 89', () => ({ devices: [{ ...good()[0], iccid: '7944500102198304827' }, good()[1]] }), ['devices.0.iccid']],
      ['an ICCID with a wrong check digit', () => ({ devices: [{ ...good()[0], iccid: '8944500102198304825' }, good()[1]] }), ['devices.0.iccid']],
      ['an ICCID of 21 digits', () => ({ devices: [{ ...good()[0], iccid: '894410003030364041580' }, good()[1]] }), ['devices.0.iccid']],
      ['a blank serial', () => ({ devices: [good()[0], { productId: camera.id, serial: '   ' }] }), ['devices.1.serial']],
      ['an IMEI as a number', () => ({ devices: [{ ...good()[0], imei: 490154203237518 }, good()[1]] }), ['devices.0.imei']],
      ['a second unit of a product ordered once', () => ({ devices: [good()[0], good()[1], { productId: tracker.id, imei: IMEI[0], iccid: ICCID[0] }] }), ['devices.2.productId']],
      ['an unknown field', () => ({ devices: [{ ...good()[0], colour: 'red' }, good()[1]] }), ['devices.0.colour']],
      ['a bad odometer', () => ({ devices: good(), odometer: { value: -1, unit: 'miles' } }), ['odometer.value', 'odometer.unit']],
    ])('refuses %s with a 400 naming the field, and the task stays in progress', async (_case, body, fields) => {
      const response = expectStatus(await complete(task, body() as Record<string, unknown> | undefined), 400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(fieldsOf(response.body).sort()).toEqual([...fields].sort());
      const service = expectStatus(await testApp.http.get(`/api/v1/services/${task}`), 200).body as ServiceBody;
      expect(service).toMatchObject({ status: 'in_progress', devices: [] });
    });

    it('refuses one identifier given for two units', async () => {
      const { tasks } = await startedOrder([[{ productId: tracker.id, quantity: 2 }]]);
      const response = expectStatus(
        await complete(tasks[0]!, { devices: [{ productId: tracker.id, imei: IMEI[0], iccid: ICCID[0] }, { productId: tracker.id, imei: IMEI[0], iccid: ICCID[1] }] }),
        400,
      );
      expect(fieldsOf(response.body)).toEqual(['devices.1.imei']);
    });

    it('accepts the good ones afterwards', async () => {
      const service = expectStatus(await complete(task, { devices: good() }), 200).body as ServiceBody;
      expect(service.devices.map((device) => [device.imei, device.serial])).toEqual([
        [IMEI[2], null],
        [null, 'CAM-0002'],
      ]);
    });
  });

  describe('DEVICE_ALREADY_FITTED', () => {
    it('refuses an identifier fitted in a vehicle already, naming that vehicle, and records nothing', async () => {
      const first = await startedOrder([[{ productId: tracker.id, quantity: 1 }]]);
      expectStatus(await complete(first.tasks[0]!, { devices: [{ productId: tracker.id, imei: IMEI[3], iccid: '8944110068256270062' }] }), 200);
      const second = await startedOrder([[{ productId: tracker.id, quantity: 1 }]]);
      const response = expectStatus(await complete(second.tasks[0]!, { devices: [{ productId: tracker.id, imei: IMEI[3], iccid: '8944110068256270070' }] }), 409);
      expect(response.body).toMatchObject({
        code: 'DEVICE_ALREADY_FITTED',
        field: 'devices.0.imei',
        identifier: 'imei',
        value: IMEI[3],
        vehicleId: first.order.vehicles[0]!.vehicleId,
        registration: first.order.vehicles[0]!.registration,
      });
      expect(response.body.detail).toContain(first.order.vehicles[0]!.registration);
      expect(expectStatus(await testApp.http.get(`/api/v1/services/${second.tasks[0]}`), 200).body).toMatchObject({ status: 'in_progress', devices: [] });
      const found = expectStatus(await testApp.http.get('/api/v1/devices').query({ iccid: '8944110068256270070' }), 200).body.items as unknown[];
      expect(found).toEqual([]);
    });

    it('is enforced by the database too', async () => {
      const { order } = await startedOrder([[{ productId: tracker.id, quantity: 1 }]]);
      const { DataSource } = await import('typeorm');
      const dataSource = testApp.app.get(DataSource);
      const p = (n: number) => (dataSource.options.type === 'postgres' ? `$${n}` : '?');
      const insert = (imei: string) =>
        dataSource.query(
          `INSERT INTO fitted_devices (id, vehicle_id, product_id, imei, actor, fitted_at, created_at, updated_at) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, 'test', ${p(5)}, ${p(6)}, ${p(7)})`,
          [randomUUID(), order.vehicles[0]!.vehicleId, tracker.id, imei, ...Array.from({ length: 3 }, () => new Date().toISOString())],
        );
      await insert('111111111111116');
      await expect(insert('111111111111116')).rejects.toThrow();
      // Once the unit is removed, it may be fitted again.
      await dataSource.query(`UPDATE fitted_devices SET removed_at = ${p(1)} WHERE imei = ${p(2)}`, [new Date().toISOString(), '111111111111116']);
      await insert('111111111111116');
    });
  });

  describe('products declare identifiers', () => {
    it('shows them in a fixed order, changes them, and leaves them out when there are none', async () => {
      const product = await createProduct(testApp.http, { category: 'tracker', installMinutes: 30, identifiers: ['serial', 'imei'] });
      expect((product as unknown as { identifiers: string[] }).identifiers).toEqual(['imei', 'serial']);
      const changed = expectStatus(await testApp.http.patch(`/api/v1/products/${product.id}`).send({ identifiers: ['iccid'] }), 200).body;
      expect(changed.identifiers).toEqual(['iccid']);
      const cleared = expectStatus(await testApp.http.patch(`/api/v1/products/${product.id}`).send({ identifiers: [] }), 200).body;
      expect(cleared).not.toHaveProperty('identifiers');
      expect(bracket).not.toHaveProperty('identifiers');
    });

    it.each([[['imei', 'imei']], [['phone']], ['imei'], [[null]]])('refuses identifiers %j (400)', async (identifiers) => {
      const response = expectStatus(
        await testApp.http.post('/api/v1/products').send({ sku: `ID-${Math.floor(Math.random() * 1e6)}`, name: 'x', category: 'tracker', priceMinor: 1, currency: 'GBP', requiresInstallation: false, identifiers }),
        400,
      );
      expect(fieldsOf(response.body).some((field) => field.startsWith('identifiers'))).toBe(true);
    });
  });

  describe('GET /api/v1/devices', () => {
    it('needs an identifier, in its format', async () => {
      expect(fieldsOf(expectStatus(await testApp.http.get('/api/v1/devices'), 400).body)).toEqual(['imei']);
      expect(fieldsOf(expectStatus(await testApp.http.get('/api/v1/devices').query({ imei: '12' }), 400).body)).toEqual(['imei']);
      expect(fieldsOf(expectStatus(await testApp.http.get('/api/v1/devices').query({ iccid: 'x' }), 400).body)).toContain('iccid');
      expect(expectStatus(await testApp.http.get('/api/v1/devices').query({ imei: '999999999999994' }), 200).body).toEqual({ items: [] });
    });

    it('is for staff', async () => {
      const { http } = await testApp.withApiKey();
      expectStatus(await http.get('/api/v1/devices').query({ imei: IMEI[0] }), 403);
    });
  });
});
