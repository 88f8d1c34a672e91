import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CreateInstallationTaskListener } from '../src/modules/services/listeners/create-installation-task.listener';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { INLINE_CUSTOMER, ProductFixture, createProduct, expectStatus } from './support/fixtures';
import { createEngineer, freshDistrict } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';

interface ItemBody {
  productId: string;
  quantity: number;
  lineTotalMinor: number;
}

interface VehicleBody {
  vehicleId: string;
  registration: string;
  make: string;
  model: string;
  year: number | null;
  items: ItemBody[];
  task: { id: string; status: string; estimatedMinutes: number } | null;
}

interface OrderV2Body {
  id: string;
  number: string;
  customerId: string;
  status: string;
  totalMinor: number;
  vehicles: VehicleBody[];
  customer: { id: string };
  history: Array<{ toStatus: string }>;
  booking: unknown;
}

/** Registrations in the current format, `AA00 AAA`, distinct per call. */
let plateSequence = 0;
function plate(): string {
  plateSequence += 1;
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const n = plateSequence;
  return `LV${String(10 + (n % 80)).padStart(2, '0')} ${letters[n % 23]}${letters[Math.floor(n / 23) % 23]}${letters[Math.floor(n / 529) % 23]}`;
}

function describedVehicle(registration = plate(), extra: Record<string, unknown> = {}) {
  return { registration, make: 'Ford', model: 'Transit Custom', year: 2022, ...extra };
}

function fieldsOf(body: unknown): string[] {
  return ((body as { errors?: { field: string }[] }).errors ?? []).map((error) => error.field);
}

describe('Orders v2: many vehicles per order (e2e)', () => {
  let testApp: TestApp;
  let tracker: ProductFixture;
  let camera: ProductFixture;
  let cable: ProductFixture;

  const dispatch = () => testApp.app.get(OutboxDispatcher).dispatchDue();
  /** Holds back the dispatch that follows the next placement's commit, so its OrderPlaced waits for `dispatch()`. */
  const holdBackNextDispatch = () => jest.spyOn(testApp.app.get(OutboxDispatcher), 'dispatchDue').mockResolvedValueOnce(0);
  const place = async (body: Record<string, unknown>, http = testApp.http) => expectStatus(await http.post('/api/v2/orders').send(body), 201).body as OrderV2Body;
  const getV2 = async (id: string) => expectStatus(await testApp.http.get(`/api/v2/orders/${id}`), 200).body as OrderV2Body;
  const newCustomer = async () =>
    (expectStatus(await testApp.http.post('/api/v1/customers').send({ ...INLINE_CUSTOMER, email: `fleet.${randomUUID()}@example.com` }), 201).body as { id: string }).id;

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    tracker = await createProduct(testApp.http, { category: 'tracker', priceMinor: 8_950, installMinutes: 30 });
    camera = await createProduct(testApp.http, { category: 'dashcam', priceMinor: 14_999, installMinutes: 45 });
    cable = await createProduct(testApp.http, { category: 'accessory', priceMinor: 500, requiresInstallation: false, installMinutes: 0 });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await testApp.close();
    delete process.env.OUTBOX_POLL_INTERVAL_MS;
  });

  describe('POST /api/v2/orders', () => {
    it('stores each vehicle with its own lines, as the customer’s vehicles, and answers what GET shows', async () => {
      const customerId = await newCustomer();
      holdBackNextDispatch();
      const order = await place({
        customerId,
        notes: 'Depot gate code 1234',
        vehicles: [
          { vehicle: describedVehicle('ab12cde', { fleetNumber: 'VAN-1', vin: 'wf0xxxttgxka12345' }), items: [{ productId: tracker.id, quantity: 1 }, { productId: cable.id, quantity: 2 }] },
          { vehicle: describedVehicle('BD51 SMR', { make: 'Vauxhall', model: 'Vivaro' }), items: [{ productId: camera.id, quantity: 1 }] },
        ],
      });
      expect(order).toMatchObject({
        customerId,
        status: 'placed',
        totalMinor: 8_950 + 2 * 500 + 14_999,
        notes: 'Depot gate code 1234',
        customer: { id: customerId },
        booking: null,
        history: [{ toStatus: 'placed' }],
      });
      expect(order.vehicles).toEqual([
        expect.objectContaining({ registration: 'AB12 CDE', make: 'Ford', year: 2022, task: null, items: [expect.objectContaining({ productId: tracker.id }), expect.objectContaining({ productId: cable.id, quantity: 2 })] }),
        expect.objectContaining({ registration: 'BD51 SMR', make: 'Vauxhall', model: 'Vivaro', task: null, items: [expect.objectContaining({ productId: camera.id })] }),
      ]);
      expect(await getV2(order.id)).toEqual(order);

      const vehicles = expectStatus(await testApp.http.get(`/api/v1/customers/${customerId}/vehicles`), 200).body.items as Array<Record<string, unknown>>;
      expect(vehicles.map((vehicle) => vehicle.registration).sort()).toEqual(['AB12 CDE', 'BD51 SMR']);
      expect(vehicles.find((vehicle) => vehicle.registration === 'AB12 CDE')).toMatchObject({ id: order.vehicles[0]!.vehicleId, fleetNumber: 'VAN-1', vin: 'WF0XXXTTGXKA12345' });
    });

    it('reuses the customer’s vehicle with that registration, and takes a vehicleId', async () => {
      const customerId = await newCustomer();
      const existing = expectStatus(await testApp.http.post(`/api/v1/customers/${customerId}/vehicles`).send({ registration: 'MA70 XYZ', make: 'Ford', model: 'Transit' }), 201)
        .body as { id: string };
      const byRegistration = await place({ customerId, vehicles: [{ vehicle: describedVehicle('ma70xyz'), items: [{ productId: tracker.id, quantity: 1 }] }] });
      expect(byRegistration.vehicles[0]!.vehicleId).toBe(existing.id);
      const byId = await place({ customerId, vehicles: [{ vehicleId: existing.id, items: [{ productId: tracker.id, quantity: 1 }] }] });
      expect(byId.vehicles[0]).toMatchObject({ vehicleId: existing.id, registration: 'MA70 XYZ', make: 'Ford', model: 'Transit', year: null });
      const all = expectStatus(await testApp.http.get(`/api/v1/customers/${customerId}/vehicles`), 200).body.items as unknown[];
      expect(all).toHaveLength(1);
    });

    it('creates one vehicle when orders naming the same new registration arrive at once, and every order names it', async () => {
      const customerId = await newCustomer();
      const registration = plate();
      const orders = await Promise.all(
        Array.from({ length: 6 }, () => place({ customerId, vehicles: [{ vehicle: describedVehicle(registration), items: [{ productId: tracker.id, quantity: 1 }] }] })),
      );
      const vehicles = expectStatus(await testApp.http.get(`/api/v1/customers/${customerId}/vehicles`), 200).body.items as Array<{ id: string; registration: string }>;
      expect(vehicles).toEqual([expect.objectContaining({ registration })]);
      expect(new Set(orders.map((order) => order.vehicles[0]!.vehicleId))).toEqual(new Set([vehicles[0]!.id]));
    });

    it('refuses another customer’s vehicleId and an unknown one with 422 VEHICLE_NOT_FOUND', async () => {
      const owner = await newCustomer();
      const theirs = expectStatus(await testApp.http.post(`/api/v1/customers/${owner}/vehicles`).send({ registration: 'SF19 KLM', make: 'Toyota', model: 'Yaris' }), 201)
        .body as { id: string };
      const customerId = await newCustomer();
      for (const vehicleId of [theirs.id, randomUUID()]) {
        const response = expectStatus(
          await testApp.http.post('/api/v2/orders').send({
            customerId,
            vehicles: [{ vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }] }, { vehicleId, items: [{ productId: tracker.id, quantity: 1 }] }],
          }),
          422,
        );
        expect(response.body).toMatchObject({ code: 'VEHICLE_NOT_FOUND' });
        expect(fieldsOf(response.body)).toEqual(['vehicles.1.vehicleId']);
      }
      const created = expectStatus(await testApp.http.get(`/api/v1/customers/${customerId}/vehicles`), 200).body.items as unknown[];
      expect(created).toEqual([]);
    });

    it('refuses one vehicle listed twice (422 VEHICLE_REPEATED)', async () => {
      const response = expectStatus(
        await testApp.http.post('/api/v2/orders').send({
          customer: INLINE_CUSTOMER,
          vehicles: [
            { vehicle: describedVehicle('AB12 CDF'), items: [{ productId: tracker.id, quantity: 1 }] },
            { vehicle: describedVehicle('ab12cdf'), items: [{ productId: camera.id, quantity: 1 }] },
          ],
        }),
        422,
      );
      expect(response.body).toMatchObject({ code: 'VEHICLE_REPEATED' });
      expect(fieldsOf(response.body)).toEqual(['vehicles.1']);
    });

    it('names the line of the vehicle whose product is unavailable', async () => {
      const response = expectStatus(
        await testApp.http.post('/api/v2/orders').send({
          customer: INLINE_CUSTOMER,
          vehicles: [
            { vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }] },
            { vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }, { productId: randomUUID(), quantity: 1 }] },
          ],
        }),
        422,
      );
      expect(response.body).toMatchObject({ code: 'PRODUCT_UNAVAILABLE' });
      expect(fieldsOf(response.body)).toEqual(['vehicles.1.items.1.productId']);
    });

    it('refuses a total the money columns cannot hold (422 ORDER_TOTAL_TOO_LARGE)', async () => {
      const expensive = await createProduct(testApp.http, { category: 'tracker', priceMinor: 99_999_999, installMinutes: 30 });
      const vehicles = Array.from({ length: 25 }, () => ({ vehicle: describedVehicle(), items: [{ productId: expensive.id, quantity: 1 }] }));
      const response = expectStatus(await testApp.http.post('/api/v2/orders').send({ customer: INLINE_CUSTOMER, vehicles }), 422);
      expect(response.body).toMatchObject({ code: 'ORDER_TOTAL_TOO_LARGE' });
      expect(fieldsOf(response.body)).toEqual(['vehicles']);
    });

    it.each([
      [{ vehicles: [] }, 'vehicles'],
      [{ vehicles: Array.from({ length: 201 }, () => ({ vehicleId: randomUUID(), items: [{ productId: randomUUID(), quantity: 1 }] })) }, 'vehicles'],
      [{ vehicles: [{ vehicle: describedVehicle(), items: [] }] }, 'vehicles.0.items'],
      [{ vehicles: [{ vehicle: describedVehicle(), items: Array.from({ length: 21 }, () => ({ productId: randomUUID(), quantity: 1 })) }] }, 'vehicles.0.items'],
      [{ vehicles: [{ items: [{ productId: randomUUID(), quantity: 1 }] }] }, 'vehicles.0.vehicleId'],
      [{ vehicles: [{ vehicleId: randomUUID(), vehicle: describedVehicle(), items: [{ productId: randomUUID(), quantity: 1 }] }] }, 'vehicles.0.vehicle'],
      [{ vehicles: [{ vehicle: { registration: 'NOT A PLATE!', make: 'Ford', model: 'Ka', year: 2020 }, items: [{ productId: randomUUID(), quantity: 1 }] }] }, 'vehicles.0.vehicle.registration'],
      [{ vehicles: [{ vehicle: { registration: 'AB12CDE', make: 'Ford', model: 'Ka' }, items: [{ productId: randomUUID(), quantity: 1 }] }] }, 'vehicles.0.vehicle.year'],
      [{ vehicles: [{ vehicle: describedVehicle(undefined, { vin: 'IOQ' }), items: [{ productId: randomUUID(), quantity: 1 }] }] }, 'vehicles.0.vehicle.vin'],
      [{ vehicles: [{ vehicle: describedVehicle(), items: [{ productId: randomUUID(), quantity: 0 }] }] }, 'vehicles.0.items.0.quantity'],
      [{ items: [{ productId: randomUUID(), quantity: 1 }], vehicles: [{ vehicle: describedVehicle(), items: [{ productId: randomUUID(), quantity: 1 }] }] }, 'items'],
    ])('names the bad field (400): %#', async (body, field) => {
      const response = expectStatus(await testApp.http.post('/api/v2/orders').send({ customer: INLINE_CUSTOMER, ...body }), 400);
      expect(fieldsOf(response.body)).toContain(field);
    });
  });

  describe('idempotency and the web shop', () => {
    it('replays the first answer for the same key and body, refuses another body, and keeps v1 and v2 keys apart', async () => {
      const customerId = await newCustomer();
      const body = { customerId, vehicles: [{ vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }] }] };
      const key = `v2-${randomUUID()}`;
      const first = expectStatus(await testApp.http.post('/api/v2/orders').set('Idempotency-Key', key).send(body), 201);
      const again = expectStatus(await testApp.http.post('/api/v2/orders').set('Idempotency-Key', key).send(body), 201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      const other = expectStatus(await testApp.http.post('/api/v2/orders').set('Idempotency-Key', key).send({ ...body, notes: 'changed' }), 409);
      expect(other.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      const v1 = expectStatus(
        await testApp.http.post('/api/v1/orders').set('Idempotency-Key', key).send({ customerId, items: [{ productId: tracker.id, quantity: 1 }], vehicle: describedVehicle() }),
        409,
      );
      expect(v1.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      const orders = expectStatus(await testApp.http.get('/api/v2/orders').query({ customerId, limit: 100 }), 200).body.items as unknown[];
      expect(orders).toHaveLength(1);
    });

    it('lets an API key place orders for its own customers and read back only its own', async () => {
      const shop = await testApp.withApiKey();
      const order = await place({ customer: { ...INLINE_CUSTOMER, email: 'shop.buyer@example.com' }, vehicles: [{ vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }] }] }, shop.http);
      expectStatus(await shop.http.get(`/api/v2/orders/${order.id}`), 200);
      const listed = expectStatus(await shop.http.get('/api/v2/orders'), 200).body.items as Array<{ id: string }>;
      expect(listed.map((item) => item.id)).toEqual([order.id]);

      const staffOrder = await place({ customer: INLINE_CUSTOMER, vehicles: [{ vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }] }] });
      expectStatus(await shop.http.get(`/api/v2/orders/${staffOrder.id}`), 404);
      const other = expectStatus(
        await shop.http.post('/api/v2/orders').send({ customerId: staffOrder.customerId, vehicles: [{ vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }] }] }),
        422,
      );
      expect(other.body).toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
      expectStatus(await shop.http.get(`/api/v1/customers/${order.customerId}/vehicles`), 403);
    });
  });

  describe('v1 reads and v1 placement', () => {
    it('shows a fleet order on v1 as its first vehicle with vehicleCount, and all its lines', async () => {
      const order = await place({
        customer: INLINE_CUSTOMER,
        vehicles: [
          { vehicle: describedVehicle('LK21 ABC', { make: 'Mercedes', model: 'Sprinter', year: 2021 }), items: [{ productId: tracker.id, quantity: 1 }] },
          { vehicle: describedVehicle(), items: [{ productId: camera.id, quantity: 1 }] },
          { vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 2 }] },
        ],
      });
      const v1 = expectStatus(await testApp.http.get(`/api/v1/orders/${order.id}`), 200).body;
      expect(v1).toMatchObject({
        id: order.id,
        vehicle: { registration: 'LK21 ABC', make: 'Mercedes', model: 'Sprinter', year: 2021 },
        vehicleCount: 3,
        totalMinor: 3 * 8_950 + 14_999,
      });
      expect(v1.items).toHaveLength(3);
      const listed = (expectStatus(await testApp.http.get('/api/v1/orders').query({ customerId: order.customerId }), 200).body.items as Array<Record<string, unknown>>)[0];
      expect(listed).toMatchObject({ id: order.id, vehicleCount: 3, vehicle: { registration: 'LK21 ABC' } });
    });

    it('makes a v1 order’s vehicle one of the customer’s vehicles, reused by the next v1 order', async () => {
      const customerId = await newCustomer();
      const v1 = (body: Record<string, unknown>) => testApp.http.post('/api/v1/orders').send({ customerId, items: [{ productId: tracker.id, quantity: 1 }], ...body });
      const first = expectStatus(await v1({ vehicle: { registration: 'yx65 abc', make: 'Ford', model: 'Fiesta', year: 2015 } }), 201).body;
      expect(first).toMatchObject({ vehicle: { registration: 'YX65 ABC', make: 'Ford', model: 'Fiesta', year: 2015 }, vehicleCount: 1 });
      const second = expectStatus(await v1({ vehicle: { registration: 'YX65ABC', make: 'Ford', model: 'Fiesta ST' } }), 201).body;
      expect(second.vehicle).toEqual({ registration: 'YX65 ABC', make: 'Ford', model: 'Fiesta ST', year: null });
      const vehicles = expectStatus(await testApp.http.get(`/api/v1/customers/${customerId}/vehicles`), 200).body.items as Array<{ id: string }>;
      expect(vehicles).toHaveLength(1);
      const [firstV2, secondV2] = [await getV2(first.id as string), await getV2(second.id as string)];
      expect(firstV2.vehicles.map((vehicle) => vehicle.vehicleId)).toEqual([vehicles[0]!.id]);
      expect(secondV2.vehicles[0]).toMatchObject({ vehicleId: vehicles[0]!.id, model: 'Fiesta ST' });
    });

    it('keeps a vehicle of an open order from being deleted (409 VEHICLE_HAS_OPEN_WORK)', async () => {
      holdBackNextDispatch();
      const order = await place({ customer: INLINE_CUSTOMER, vehicles: [{ vehicle: describedVehicle(), items: [{ productId: cable.id, quantity: 1 }] }] });
      const vehicleId = order.vehicles[0]!.vehicleId;
      // Not yet turned into work: the order is open.
      const refused = expectStatus(await testApp.http.delete(`/api/v1/vehicles/${vehicleId}`), 409);
      expect(refused.body).toMatchObject({ code: 'VEHICLE_HAS_OPEN_WORK', openWork: [{ kind: 'order', id: order.id }] });
      // Nothing to fit: handling OrderPlaced fulfils the order, and the vehicle may go.
      await dispatch();
      expect((await getV2(order.id)).status).toBe('fulfilled');
      expectStatus(await testApp.http.delete(`/api/v1/vehicles/${vehicleId}`), 204);
    });
  });

  describe('the stored rows', () => {
    it('links each line to its order vehicle and keeps the first vehicle on the order', async () => {
      const order = await place({
        customer: INLINE_CUSTOMER,
        vehicles: [
          { vehicle: describedVehicle('AB12 CDG'), items: [{ productId: tracker.id, quantity: 1 }] },
          { vehicle: describedVehicle('AB12 CDH'), items: [{ productId: camera.id, quantity: 1 }, { productId: cable.id, quantity: 1 }] },
        ],
      });
      const dataSource = testApp.app.get(DataSource);
      const p = (n: number) => (dataSource.options.type === 'postgres' ? `$${n}` : '?');
      const rows = (await dataSource.query(
        `SELECT ov.registration, ov.position, i.product_id AS "productId" FROM order_items i JOIN order_vehicles ov ON ov.id = i.order_vehicle_id WHERE i.order_id = ${p(1)} ORDER BY i.position`,
        [order.id],
      )) as Array<{ registration: string; position: number; productId: string }>;
      expect(rows.map((row) => [row.registration, Number(row.position), row.productId])).toEqual([
        ['AB12 CDG', 0, tracker.id],
        ['AB12 CDH', 1, camera.id],
        ['AB12 CDH', 1, cable.id],
      ]);
      const [orderRow] = (await dataSource.query(`SELECT vehicle_registration AS "registration", vehicle_count AS "count" FROM orders WHERE id = ${p(1)}`, [order.id])) as Array<{
        registration: string;
        count: number;
      }>;
      expect({ ...orderRow, count: Number(orderRow!.count) }).toEqual({ registration: 'AB12 CDG', count: 2 });
    });
  });

  describe('a task per vehicle', () => {
    interface ServiceBody {
      id: string;
      orderId: string;
      vehicleId: string | null;
      status: string;
      estimatedMinutes: number;
      requiredSkills: string[];
    }
    const servicesOf = async (query: Record<string, string>) =>
      expectStatus(await testApp.http.get('/api/v1/services').query({ limit: 100, ...query }), 200).body.items as ServiceBody[];

    it('turns a 12-vehicle order into 12 installation tasks, each sized from its own kits', async () => {
      const vehicles = Array.from({ length: 12 }, (_, index) => ({
        vehicle: describedVehicle(),
        items: index % 2 === 0 ? [{ productId: tracker.id, quantity: 1 }] : [{ productId: tracker.id, quantity: 1 }, { productId: camera.id, quantity: 1 }, { productId: cable.id, quantity: 3 }],
      }));
      holdBackNextDispatch();
      const order = await place({ customer: INLINE_CUSTOMER, vehicles });
      await dispatch();
      const tasks = await servicesOf({ orderId: order.id });
      expect(tasks).toHaveLength(12);
      const byVehicle = new Map(tasks.map((task) => [task.vehicleId, task]));
      for (const [index, vehicle] of order.vehicles.entries()) {
        expect(byVehicle.get(vehicle.vehicleId)).toMatchObject({
          status: 'pending',
          estimatedMinutes: index % 2 === 0 ? 30 : 30 + 45,
          requiredSkills: index % 2 === 0 ? ['tracker'] : ['dashcam', 'tracker'],
        });
      }
      const shown = await getV2(order.id);
      expect(shown.vehicles.map((vehicle) => vehicle.task?.id)).toEqual(order.vehicles.map((vehicle) => byVehicle.get(vehicle.vehicleId)!.id));
      const listed = (expectStatus(await testApp.http.get('/api/v2/orders').query({ customerId: order.customerId }), 200).body.items as OrderV2Body[])[0]!;
      expect(listed.vehicles.every((vehicle) => vehicle.task?.status === 'pending')).toBe(true);

      // A redelivery changes nothing.
      const [row] = (await testApp.app.get(DataSource).query(
        `SELECT payload FROM outbox_events WHERE event_name = 'order.placed' AND aggregate_id = ${testApp.app.get(DataSource).options.type === 'postgres' ? '$1' : '?'}`,
        [order.id],
      )) as Array<{ payload: unknown }>;
      const payload = typeof row!.payload === 'string' ? JSON.parse(row!.payload) : row!.payload;
      expect(payload.vehicles).toHaveLength(12);
      expect(payload.vehicles[1]).toEqual({ vehicleId: order.vehicles[1]!.vehicleId, registration: order.vehicles[1]!.registration, lines: expect.any(Array) });
      await testApp.app.get(CreateInstallationTaskListener).handle(payload);
      expect(await servicesOf({ orderId: order.id })).toHaveLength(12);
    });

    it('gives no task to a vehicle with nothing to fit', async () => {
      holdBackNextDispatch();
      const order = await place({
        customer: INLINE_CUSTOMER,
        vehicles: [
          { vehicle: describedVehicle(), items: [{ productId: cable.id, quantity: 1 }] },
          { vehicle: describedVehicle(), items: [{ productId: camera.id, quantity: 1 }] },
        ],
      });
      await dispatch();
      const tasks = await servicesOf({ orderId: order.id });
      expect(tasks.map((task) => task.vehicleId)).toEqual([order.vehicles[1]!.vehicleId]);
      expect((await getV2(order.id)).vehicles.map((vehicle) => vehicle.task?.estimatedMinutes ?? null)).toEqual([null, 45]);
    });

    it('filters services by vehicle, across orders', async () => {
      const customerId = await newCustomer();
      const first = await place({ customerId, vehicles: [{ vehicle: describedVehicle('GH15 XYZ'), items: [{ productId: tracker.id, quantity: 1 }] }] });
      await place({ customerId, vehicles: [{ vehicle: describedVehicle('GH15 XYY'), items: [{ productId: tracker.id, quantity: 1 }] }] });
      const vehicleId = first.vehicles[0]!.vehicleId;
      await dispatch();
      // The first order's task is cancelled, then the vehicle is ordered for again.
      const [task] = await servicesOf({ vehicleId });
      expectStatus(await testApp.http.post(`/api/v1/services/${task!.id}/cancel`).send({ reason: 'wrong van' }), 200);
      const again = await place({ customerId, vehicles: [{ vehicleId, items: [{ productId: camera.id, quantity: 1 }] }] });
      await dispatch();
      const tasks = await servicesOf({ vehicleId });
      expect(tasks.map((service) => [service.orderId, service.status])).toEqual([
        [again.id, 'pending'],
        [first.id, 'cancelled'],
      ]);
      expect(tasks.every((service) => service.vehicleId === vehicleId)).toBe(true);
      expectStatus(await testApp.http.get('/api/v1/services').query({ vehicleId: 'nope' }), 400);
    });

    it('keeps a vehicle with an open task from being deleted (409 VEHICLE_HAS_OPEN_WORK)', async () => {
      const order = await place({ customer: INLINE_CUSTOMER, vehicles: [{ vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }] }] });
      await dispatch();
      const [task] = await servicesOf({ orderId: order.id });
      const refused = expectStatus(await testApp.http.delete(`/api/v1/vehicles/${order.vehicles[0]!.vehicleId}`), 409);
      expect(refused.body).toMatchObject({ code: 'VEHICLE_HAS_OPEN_WORK', openWork: expect.arrayContaining([{ kind: 'service', id: task!.id }, { kind: 'order', id: order.id }]) });
    });

    it('reads an OrderPlaced stored before orders had several vehicles as one vehicle, the order’s own', async () => {
      holdBackNextDispatch();
      const order = await place({ customer: INLINE_CUSTOMER, vehicles: [{ vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 2 }] }] });
      const listener = testApp.app.get(CreateInstallationTaskListener);
      await listener.handle({
        id: randomUUID(),
        occurredAt: new Date().toISOString(),
        correlationId: null,
        orderId: order.id,
        orderNumber: order.number,
        customerId: order.customerId,
        installationPostcode: 'SW1A 1AA',
        lines: [{ productId: tracker.id, sku: 'TR', category: 'tracker', quantity: 2, requiresInstallation: true, installMinutes: 30 }],
      } as unknown as Parameters<CreateInstallationTaskListener['handle']>[0]);
      expect(await servicesOf({ orderId: order.id })).toEqual([expect.objectContaining({ vehicleId: order.vehicles[0]!.vehicleId, estimatedMinutes: 60 })]);
      await dispatch();
      expect(await servicesOf({ orderId: order.id })).toHaveLength(1);
    });

    it('creates nothing for an order cancelled before its OrderPlaced is handled', async () => {
      holdBackNextDispatch();
      const order = await place({ customer: INLINE_CUSTOMER, vehicles: [{ vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }] }, { vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }] }] });
      holdBackNextDispatch();
      expectStatus(await testApp.http.post(`/api/v1/orders/${order.id}/cancel`).send({ reason: 'changed their mind' }), 200);
      await dispatch();
      expect(await servicesOf({ orderId: order.id })).toEqual([]);
    });

    it('books all of the order’s open tasks in one booking, as long as their minutes together', async () => {
      const district = freshDistrict();
      const engineer = await createEngineer(testApp.http, district, { skills: ['dashcam', 'tracker'] });
      const order = await place({
        customer: INLINE_CUSTOMER,
        installationAddress: { line1: '2 Mill Lane', city: 'Leeds', postcode: `${district} 1AA` },
        vehicles: [
          { vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }] },
          { vehicle: describedVehicle(), items: [{ productId: camera.id, quantity: 1 }] },
          { vehicle: describedVehicle(), items: [{ productId: tracker.id, quantity: 1 }, { productId: camera.id, quantity: 1 }] },
        ],
      });
      await dispatch();
      const start = '2030-01-07T10:00:00.000Z';
      const booking = expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId: order.id, engineerId: engineer.id, start }), 201).body as {
        end: string;
        serviceIds: string[];
      };
      expect(new Date(booking.end).getTime() - new Date(start).getTime()).toBe((30 + 45 + 75) * 60_000);
      expect(booking.serviceIds).toHaveLength(3);
      const shown = await getV2(order.id);
      expect(shown.vehicles.map((vehicle) => vehicle.task?.status)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    });
  });
});
