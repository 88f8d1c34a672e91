import { DataSource } from 'typeorm';
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
});
