import { TestApp, createTestApp } from './support/test-app';

describe('Settings (e2e)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('GET /api/v1/settings returns the defaults the migration wrote', async () => {
    const response = await testApp.http.get('/api/v1/settings').expect(200);
    expect(response.body).toMatchObject({
      timezone: 'Europe/London',
      currency: 'GBP',
      slotMinutes: 30,
      minLeadHours: 24,
      travelBufferMinutes: 30,
      holdMinutes: 10,
      customerChangeCutoffHours: 24,
    });
    expect(response.body.defaultWorkingHours.monday).toEqual([{ start: '08:00', end: '18:00' }]);
    expect(response.body.defaultWorkingHours.sunday).toEqual([]);
    expect(response.headers['x-request-id']).toBeDefined();
  });

  it('PATCH changes only the fields sent and persists them', async () => {
    await testApp.http
      .patch('/api/v1/settings')
      .send({ slotMinutes: 15, holdMinutes: 15, defaultWorkingHours: { saturday: [{ start: '09:00', end: '12:00' }] } })
      .expect(200);
    const { body } = await testApp.http.get('/api/v1/settings').expect(200);
    expect(body.slotMinutes).toBe(15);
    expect(body.holdMinutes).toBe(15);
    expect(body.timezone).toBe('Europe/London');
    expect(body.defaultWorkingHours.saturday).toEqual([{ start: '09:00', end: '12:00' }]);
    expect(body.defaultWorkingHours.monday).toEqual([]);
  });

  it('PATCH sets the customers’ change cut-off, from 0 to 720 hours', async () => {
    expect((await testApp.http.patch('/api/v1/settings').send({ customerChangeCutoffHours: 48 }).expect(200)).body.customerChangeCutoffHours).toBe(48);
    expect((await testApp.http.get('/api/v1/settings').expect(200)).body.customerChangeCutoffHours).toBe(48);
    expect((await testApp.http.patch('/api/v1/settings').send({ customerChangeCutoffHours: 0 }).expect(200)).body.customerChangeCutoffHours).toBe(0);
    await testApp.http.patch('/api/v1/settings').send({ customerChangeCutoffHours: 24 }).expect(200);
  });

  it.each([
    [{ timezone: 'Mars/Olympus_Mons' }, 'timezone'],
    [{ currency: 'XYZ' }, 'currency'],
    [{ currency: 'gbp' }, 'currency'],
    [{ slotMinutes: 0 }, 'slotMinutes'],
    [{ slotMinutes: 'thirty' }, 'slotMinutes'],
    [{ minLeadHours: -1 }, 'minLeadHours'],
    [{ travelBufferMinutes: 1.5 }, 'travelBufferMinutes'],
    [{ holdMinutes: 0 }, 'holdMinutes'],
    [{ holdMinutes: 121 }, 'holdMinutes'],
    [{ customerChangeCutoffHours: -1 }, 'customerChangeCutoffHours'],
    [{ customerChangeCutoffHours: 721 }, 'customerChangeCutoffHours'],
    [{ customerChangeCutoffHours: 2.5 }, 'customerChangeCutoffHours'],
    [{ defaultWorkingHours: { monday: [{ start: '18:00', end: '09:00' }] } }, 'defaultWorkingHours.monday.0.end'],
    [{ defaultWorkingHours: { monday: [{ start: '9am', end: '17:00' }] } }, 'defaultWorkingHours.monday.0.start'],
    [{ defaultWorkingHours: { funday: [] } }, 'defaultWorkingHours.funday'],
    [
      { defaultWorkingHours: { monday: [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '17:00' }] } },
      'defaultWorkingHours.monday',
    ],
    [{ unknownField: true }, 'unknownField'],
  ])('PATCH %j is a 400 naming %s', async (body, field) => {
    const response = await testApp.http.patch('/api/v1/settings').send(body).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request', code: 'VALIDATION_FAILED' });
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('malformed JSON is a 400 problem, not a 500', async () => {
    const response = await testApp.http
      .patch('/api/v1/settings')
      .set('content-type', 'application/json')
      .send('{"slotMinutes": ')
      .expect(400);
    expect(response.body).toMatchObject({ code: 'MALFORMED_JSON', errors: [{ field: 'body', message: 'malformed JSON' }] });
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
  });

  it('keeps a caller-supplied request id', async () => {
    const response = await testApp.http.get('/api/v1/settings').set('x-request-id', 'trace-123').expect(200);
    expect(response.headers['x-request-id']).toBe('trace-123');
  });

  it('an unknown route is a 404 problem', async () => {
    const response = await testApp.http.get('/api/v1/nothing-here').expect(404);
    expect(response.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('Health (e2e)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('GET /health/live is up', async () => {
    const { body } = await testApp.http.get('/health/live').expect(200);
    expect(body.status).toBe('ok');
  });

  it('GET /health/ready pings the database', async () => {
    const { body } = await testApp.http.get('/health/ready').expect(200);
    expect(body.info.database.status).toBe('up');
  });
});
