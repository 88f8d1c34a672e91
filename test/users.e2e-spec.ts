import { DataSource } from 'typeorm';
import { TEST_PASSWORD, TestApp, createTestApp } from './support/test-app';

const USERS = '/api/v1/users';
const UNKNOWN_ID = '00000000-0000-4000-8000-0000000000ff';

describe('Users (e2e)', () => {
  let testApp: TestApp;
  let sequence = 0;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  const email = () => `user.${(sequence += 1)}@e2e.example`;
  const createUser = (body: Record<string, unknown>) => testApp.http.post(USERS).send({ email: email(), name: 'Dana Dispatcher', password: TEST_PASSWORD, ...body });
  const newEngineerId = async (): Promise<string> => {
    const { body } = await testApp.http
      .post('/api/v1/engineers')
      .send({ name: 'Linked Engineer', email: email(), phone: '020 7946 0958', skills: ['dashcam'], areas: ['LS'] })
      .expect(201);
    return body.id;
  };

  it('the first admin was created at start-up, once, however many instances start', async () => {
    const other = await testApp.startAnotherInstance();
    try {
      const { body } = await other.http.get(USERS).query({ role: 'admin' }).expect(200);
      expect(body.items).toEqual([expect.objectContaining({ email: 'admin@e2e.example', role: 'admin', active: true })]);
    } finally {
      await other.close();
    }
  });

  it('creates a user, stores only an argon2id hash and never returns it', async () => {
    const address = email();
    const { body } = await testApp.http.post(USERS).send({ email: ` ${address.toUpperCase()} `, name: ' Dana Dispatcher ', password: TEST_PASSWORD, role: 'dispatcher' }).expect(201);
    expect(body).toEqual({
      id: expect.any(String),
      email: address,
      name: 'Dana Dispatcher',
      role: 'dispatcher',
      engineerId: null,
      active: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const row = await testApp.app
      .get(DataSource)
      .createQueryBuilder()
      .select('user.password_hash', 'hash')
      .from('users', 'user')
      .where('user.email = :address', { address })
      .getRawOne();
    expect(row.hash).toMatch(/^\$argon2id\$/);
    expect(row.hash).not.toContain(TEST_PASSWORD);
  });

  it('links an engineer user to exactly one engineer', async () => {
    const engineerId = await newEngineerId();
    const { body } = await createUser({ role: 'engineer', engineerId }).expect(201);
    expect(body).toMatchObject({ role: 'engineer', engineerId });
    expect((await createUser({ role: 'engineer', engineerId }).expect(409)).body.code).toBe('ENGINEER_ALREADY_LINKED');
    expect((await createUser({ role: 'engineer', engineerId: UNKNOWN_ID }).expect(422)).body.code).toBe('ENGINEER_NOT_FOUND');
    expect((await createUser({ role: 'engineer' }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'engineerId' })]);
    expect((await createUser({ role: 'dispatcher', engineerId }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'engineerId' })]);
  });

  it.each([
    [{ role: 'dispatcher', password: 'short' }, 'password'],
    [{ role: 'owner' }, 'role'],
    [{ role: 'dispatcher', email: 'not-an-email' }, 'email'],
    [{ role: 'dispatcher', isAdmin: true }, 'isAdmin'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    const response = await createUser(body).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('refuses a second user with the same e-mail in any case', async () => {
    const address = email();
    await testApp.http.post(USERS).send({ email: address, name: 'First', password: TEST_PASSWORD, role: 'dispatcher' }).expect(201);
    const { body } = await testApp.http.post(USERS).send({ email: address.toUpperCase(), name: 'Second', password: TEST_PASSWORD, role: 'admin' }).expect(409);
    expect(body.code).toBe('USER_EMAIL_TAKEN');
  });

  it('changes a role; leaving the engineer role drops the engineer link', async () => {
    const engineerId = await newEngineerId();
    const { body: user } = await createUser({ role: 'engineer', engineerId }).expect(201);
    const { body } = await testApp.http.patch(`${USERS}/${user.id}`).send({ role: 'dispatcher' }).expect(200);
    expect(body).toMatchObject({ role: 'dispatcher', engineerId: null });
    await testApp.http.patch(`${USERS}/${user.id}`).send({ role: 'engineer' }).expect(400);
    const { body: again } = await testApp.http.patch(`${USERS}/${user.id}`).send({ role: 'engineer', engineerId }).expect(200);
    expect(again).toMatchObject({ role: 'engineer', engineerId });
  });

  it('keeps the last active admin: no self-demotion or deactivation while alone', async () => {
    const adminPath = `${USERS}/${testApp.admin.id}`;
    const { body } = await testApp.http.patch(adminPath).send({ role: 'dispatcher' }).expect(409);
    expect(body.code).toBe('LAST_ADMIN');
    await testApp.http.delete(adminPath).expect(409);

    const { body: second } = await createUser({ role: 'admin' }).expect(201);
    await testApp.http.delete(`${USERS}/${second.id}`).expect(204);
    await testApp.http.delete(`${USERS}/${second.id}`).expect(204);
    await testApp.http.get(`${USERS}/${testApp.admin.id}`).expect(200);
  });

  it('lists users newest first, filtered by role and status', async () => {
    const { body: created } = await createUser({ role: 'dispatcher' }).expect(201);
    await testApp.http.delete(`${USERS}/${created.id}`).expect(204);
    const { body } = await testApp.http.get(USERS).query({ role: 'dispatcher', active: false }).expect(200);
    expect(body.items[0]).toMatchObject({ id: created.id, active: false });
    expect(body.items.every((user: { role: string; active: boolean }) => user.role === 'dispatcher' && !user.active)).toBe(true);
  });

  it('is a 404 for an unknown user', async () => {
    expect((await testApp.http.get(`${USERS}/${UNKNOWN_ID}`).expect(404)).body.code).toBe('USER_NOT_FOUND');
    await testApp.http.post(`${USERS}/${UNKNOWN_ID}/password`).send({ password: TEST_PASSWORD }).expect(404);
  });
});
