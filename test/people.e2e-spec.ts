import { DataSource } from 'typeorm';
import { createProduct, expectStatus, orderRequest } from './support/fixtures';
import { createEngineer, freshDistrict, placeOrder } from './support/scheduling';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';

const USERS = '/api/v1/users';

interface Problem {
  code: string;
  errors?: { field: string }[];
}

describe('People: names, the user directory and an engineer’s own record (e2e)', () => {
  let testApp: TestApp;
  let sequence = 0;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  const email = () => `person.${(sequence += 1)}@e2e.example`;

  async function newEngineer(name: string): Promise<string> {
    const { body } = await testApp.http
      .post('/api/v1/engineers')
      .send({ name, email: email(), phone: '020 7946 0958', skills: ['dashcam'], areas: ['LS'] })
      .expect(201);
    return body.id;
  }

  it('names the first admin from ADMIN_NAME', async () => {
    const { body } = await testApp.http.get(USERS).query({ role: 'admin' }).expect(200);
    expect(body.items).toEqual([expect.objectContaining({ email: 'admin@e2e.example', name: 'E2E Admin' })]);
  });

  it('requires a name for a new user and refuses a blank or overlong one, naming the field', async () => {
    for (const name of [undefined, '   ', 'x'.repeat(121), 42]) {
      const { body } = await testApp.http.post(USERS).send({ email: email(), name, password: TEST_PASSWORD, role: 'dispatcher' }).expect(400);
      expect(new Set((body as Problem).errors?.map((error) => error.field))).toEqual(new Set(['name']));
    }
  });

  it('renames a user, and keeps the name when other fields change', async () => {
    const created = await testApp.http.post(USERS).send({ email: email(), name: 'Sam Smith', password: TEST_PASSWORD, role: 'dispatcher' }).expect(201);
    const renamed = await testApp.http.patch(`${USERS}/${created.body.id}`).send({ name: '  Sam Smith-Jones ' }).expect(200);
    expect(renamed.body).toMatchObject({ name: 'Sam Smith-Jones', role: 'dispatcher' });
    const promoted = await testApp.http.patch(`${USERS}/${created.body.id}`).send({ role: 'admin' }).expect(200);
    expect(promoted.body).toMatchObject({ name: 'Sam Smith-Jones', role: 'admin' });
    const { body } = await testApp.http.patch(`${USERS}/${created.body.id}`).send({ name: '' }).expect(400);
    expect((body as Problem).errors?.map((error) => error.field)).toEqual(['name']);
  });

  it('lets a dispatcher list who is who — id, name and role only — and nothing more of users', async () => {
    const dispatcher = await testApp.signInAs('dispatcher');
    const engineerId = await newEngineer('Erin Engineer');
    const created = await testApp.http.post(USERS).send({ email: email(), name: 'Erin Engineer', password: TEST_PASSWORD, role: 'engineer', engineerId }).expect(201);

    const { body } = await dispatcher.http.get(`${USERS}/directory`).query({ role: 'engineer', limit: 100 }).expect(200);
    const entry = (body.items as Record<string, unknown>[]).find((item) => item.id === created.body.id);
    expect(entry).toEqual({ id: created.body.id, name: 'Erin Engineer', role: 'engineer' });
    expect((body.items as { role: string }[]).every((item) => item.role === 'engineer')).toBe(true);

    await dispatcher.http.get(USERS).expect(403);
    await dispatcher.http.get(`${USERS}/${created.body.id}`).expect(403);
    const engineer = await testApp.signInAs('engineer', { engineerId: await newEngineer('Other Engineer') });
    await engineer.http.get(`${USERS}/directory`).expect(403);
  });

  it('pages the directory with a cursor, newest first, every user once', async () => {
    for (const name of ['Page One', 'Page Two', 'Page Three']) {
      await testApp.http.post(USERS).send({ email: email(), name, password: TEST_PASSWORD, role: 'dispatcher' }).expect(201);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { body } = await testApp.http.get(`${USERS}/directory`).query({ limit: 2, ...(cursor ? { cursor } : {}) }).expect(200);
      seen.push(...(body.items as { id: string }[]).map((item) => item.id));
      cursor = body.nextCursor ?? undefined;
    } while (cursor);
    const { body: all } = await testApp.http.get(USERS).query({ limit: 100 }).expect(200);
    expect(seen).toEqual((all.items as { id: string }[]).map((item) => item.id));
  });

  it('lets an engineer read their own record and time off, and nobody else’s', async () => {
    const engineerId = await newEngineer('Morgan Fitter');
    const otherId = await newEngineer('Someone Else');
    await testApp.http.post(`/api/v1/engineers/${engineerId}/time-off`).send({ start: '2031-03-03T00:00:00Z', end: '2031-03-04T00:00:00Z', reason: 'holiday' }).expect(201);
    await testApp.http.post(`/api/v1/engineers/${engineerId}/time-off`).send({ start: '2031-02-10T09:00:00Z', end: '2031-02-10T12:00:00Z' }).expect(201);
    await testApp.http.post(`/api/v1/engineers/${otherId}/time-off`).send({ start: '2031-01-05T00:00:00Z', end: '2031-01-06T00:00:00Z' }).expect(201);
    const engineer = await testApp.signInAs('engineer', { engineerId });

    const me = await engineer.http.get('/api/v1/me/engineer').expect(200);
    expect(me.body).toMatchObject({ id: engineerId, name: 'Morgan Fitter', skills: ['dashcam'], areas: ['LS'] });
    const timeOff = await engineer.http.get('/api/v1/me/time-off').expect(200);
    expect((timeOff.body as { start: string }[]).map((entry) => entry.start)).toEqual(['2031-02-10T09:00:00.000Z', '2031-03-03T00:00:00.000Z']);
    const { body: staffView } = await testApp.http.get(`/api/v1/engineers/${engineerId}/time-off`).expect(200);
    expect(timeOff.body).toEqual(staffView);

    await engineer.http.get(`/api/v1/engineers/${engineerId}`).expect(403);
    const dispatcher = await testApp.signInAs('dispatcher');
    await dispatcher.http.get('/api/v1/me/engineer').expect(403);
    await testApp.anonymous.get('/api/v1/me/time-off').expect(401);
  });

  it('names existing users after their e-mail’s local part when the migration adds names', async () => {
    const dataSource = testApp.app.get(DataSource);
    const migration = dataSource.migrations.find((candidate) => candidate.name === 'AddUserNames1764067500000')!;
    const runner = dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const { body } = await testApp.http.get(USERS).query({ limit: 100 }).expect(200);
    const users = body.items as { email: string; name: string }[];
    expect(users.length).toBeGreaterThan(5);
    for (const user of users) expect(user.name).toBe(user.email.split('@')[0]);
  });
  describe('who made each change, by name', () => {
    interface Entry {
      actor: unknown;
      actorDetails?: unknown;
    }

    it('answers v2 order history with actor objects and v1 with the recorded string plus actorDetails, named as the actors are named now', async () => {
      const product = await createProduct(testApp.http);
      const shop = await testApp.withApiKey();
      const { body: keys } = await testApp.http.get('/api/v1/api-keys').expect(200);
      const shopName = (keys as { id: string; name: string }[]).find((key) => key.id === shop.id)!.name;
      const placed = expectStatus(await shop.http.post('/api/v2/orders').send({
        customer: { name: 'Nina Named', email: email(), phone: '020 7946 0958', address: { line1: '1 Lane', city: 'Leeds', postcode: 'LS1 4AP' } },
        vehicles: [{ vehicle: { registration: 'NA12 MED', make: 'Ford', model: 'Transit', year: 2020 }, items: [{ productId: product.id, quantity: 1 }] }],
      }), 201).body as { id: string; history: Entry[] };
      const byShop = { type: 'api_key', id: shop.id, name: shopName };
      expect(placed.history.map((entry) => entry.actor)).toEqual([byShop]);

      const dispatcher = await testApp.signInAs('dispatcher');
      await testApp.http.patch(`${USERS}/${dispatcher.id}`).send({ name: 'Dana Dispatcher' }).expect(200);
      await dispatcher.http.post(`/api/v1/orders/${placed.id}/cancel`).send({ reason: 'duplicate' }).expect(200);
      const byDispatcher = { type: 'user', id: dispatcher.id, name: 'Dana Dispatcher' };

      const v2 = (await testApp.http.get(`/api/v2/orders/${placed.id}`).expect(200)).body as { history: Entry[] };
      expect(v2.history.map((entry) => entry.actor)).toEqual([byShop, byDispatcher]);
      expect(v2.history.every((entry) => !('actorDetails' in entry))).toBe(true);

      const v1 = (await testApp.http.get(`/api/v1/orders/${placed.id}`).expect(200)).body as { history: Entry[] };
      expect(v1.history.map(({ actor, actorDetails }) => ({ actor, actorDetails }))).toEqual([
        { actor: `api-key:${shop.id}`, actorDetails: byShop },
        { actor: dispatcher.actor, actorDetails: byDispatcher },
      ]);

      // Names are read when the history is: a rename shows in entries recorded before it.
      await testApp.http.patch(`${USERS}/${dispatcher.id}`).send({ name: 'Dana Renamed' }).expect(200);
      const renamed = (await testApp.http.get(`/api/v2/orders/${placed.id}`).expect(200)).body as { history: Entry[] };
      expect(renamed.history[1]!.actor).toEqual({ ...byDispatcher, name: 'Dana Renamed' });
    });

    it('adds actorDetails to a service’s history and a booking’s audit, the application itself as system', async () => {
      const product = await createProduct(testApp.http);
      const dispatcher = await testApp.signInAs('dispatcher');
      const district = freshDistrict();
      const engineer = await createEngineer(testApp.http, district);
      const orderId = await placeOrder(testApp, district, [product]);
      const booked = await dispatcher.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: '2030-01-07T10:00:00.000Z' });
      const job = { bookingId: expectStatus(booked, 201).body.id as string, serviceId: booked.body.serviceIds[0] as string };
      const byDispatcher = { type: 'user', id: dispatcher.id, name: 'E2E dispatcher' };

      const service = (await testApp.http.get(`/api/v1/services/${job.serviceId}`).expect(200)).body as { history: Entry[] };
      expect(service.history.map(({ actor, actorDetails }) => ({ actor, actorDetails }))).toEqual([
        { actor: 'system', actorDetails: { type: 'system', id: null, name: 'system' } },
        { actor: dispatcher.actor, actorDetails: byDispatcher },
      ]);

      const booking = (await testApp.http.get(`/api/v1/bookings/${job.bookingId}`).expect(200)).body as { audit: Entry[] };
      expect(booking.audit.map(({ actor, actorDetails }) => ({ actor, actorDetails }))).toEqual([{ actor: dispatcher.actor, actorDetails: byDispatcher }]);
    });

    it('names an actor that no longer exists null, and reads every name of a long history in a few queries', async () => {
      const product = await createProduct(testApp.http);
      const placed = expectStatus(await testApp.http.post('/api/v1/orders').send(orderRequest([product])), 201).body as { id: string };
      const dataSource = testApp.app.get(DataSource);
      const gone = '0b7e2c1a-9d3f-4e5a-8b6c-7d8e9f0a1b2c';
      const insert = (actor: string, at: string) =>
        dataSource.query(
          dataSource.options.type === 'postgres'
            ? 'INSERT INTO "order_status_history" ("order_id", "from_status", "to_status", "at", "reason", "actor") VALUES ($1, $2, $3, $4, $5, $6)'
            : 'INSERT INTO "order_status_history" ("order_id", "from_status", "to_status", "at", "reason", "actor") VALUES (?, ?, ?, ?, ?, ?)',
          [placed.id, 'placed', 'placed', at, 'replayed from an old system', actor],
        );
      for (let index = 0; index < 30; index += 1) await insert(index % 2 === 0 ? `user:${gone}` : testApp.admin.actor, `2030-01-01 10:${String(index).padStart(2, '0')}:00`);

      // Every query goes through the data source's logger, whatever it prints.
      const logged = jest.spyOn(dataSource.logger, 'logQuery');
      let history: Entry[];
      let queries: string[];
      try {
        history = ((await testApp.http.get(`/api/v2/orders/${placed.id}`).expect(200)).body as { history: Entry[] }).history;
        queries = logged.mock.calls.map(([query]) => query);
      } finally {
        logged.mockRestore();
      }
      const adminName = ((await testApp.http.get(`${USERS}/${testApp.admin.id}`).expect(200)).body as { name: string }).name;
      const actors = history.slice(1).map((entry) => entry.actor);
      expect(actors).toHaveLength(30);
      expect(actors.filter((actor) => JSON.stringify(actor) === JSON.stringify({ type: 'user', id: gone, name: null }))).toHaveLength(15);
      expect(actors.filter((actor) => JSON.stringify(actor) === JSON.stringify({ type: 'user', id: testApp.admin.id, name: adminName }))).toHaveLength(15);
      expect(queries.filter((query) => /FROM "users"/i.test(query))).toHaveLength(1);
    });
  });
});
