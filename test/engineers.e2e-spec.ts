import { DataSource } from 'typeorm';
import { EngineersService } from '../src/modules/engineers/engineers.service';
import { TestApp, createTestApp } from './support/test-app';

const ENGINEERS = '/api/v1/engineers';
const UNKNOWN_ID = '00000000-0000-4000-8000-0000000000ff';

interface EngineerBody {
  id: string;
  name: string;
  email: string;
  skills: string[];
  areas: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

interface Problem {
  code: string;
  errors?: { field: string; message: string }[];
}

let emailSequence = 0;

/** A valid request body; each call gets an email of its own. */
function engineerInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  emailSequence += 1;
  return {
    name: `Engineer ${emailSequence}`,
    email: `engineer${emailSequence}@vision-telematics.example`,
    phone: '020 7946 0958',
    skills: ['dashcam'],
    areas: ['SW'],
    ...overrides,
  };
}

function fieldsNamed(problem: Problem): string[] {
  return (problem.errors ?? []).map((error) => error.field);
}

/** Helpers bound to one app, so each describe block can run on a database of its own. */
function engineersApi(testApp: () => TestApp) {
  const http = () => testApp().http;
  return {
    async create(overrides: Record<string, unknown> = {}): Promise<EngineerBody> {
      return (await http().post(ENGINEERS).send(engineerInput(overrides)).expect(201)).body;
    },
    async list(query: Record<string, string | number | boolean>): Promise<{ items: EngineerBody[]; nextCursor: string | null }> {
      return (await http().get(ENGINEERS).query(query).expect(200)).body;
    },
    /** Rows as stored, read past the API. */
    async storedValues(table: 'engineer_skills' | 'engineer_areas', column: 'skill' | 'area', engineerId: string) {
      const rows: Record<string, string>[] = await testApp()
        .app.get(DataSource)
        .createQueryBuilder()
        .select(`entry.${column}`, 'value')
        .from(table, 'entry')
        .where('entry.engineer_id = :engineerId', { engineerId })
        .orderBy('value')
        .getRawMany();
      return rows.map((row) => row.value);
    },
    async storedEngineer(id: string): Promise<{ email: string; active: boolean } | undefined> {
      const row = await testApp()
        .app.get(DataSource)
        .createQueryBuilder()
        .select(['engineer.email AS email', 'engineer.active AS active'])
        .from('engineers', 'engineer')
        .where('engineer.id = :id', { id })
        .getRawOne();
      // SQLite returns booleans as 0/1.
      return row && { email: row.email, active: Boolean(row.active) };
    },
  };
}

describe('Engineers (e2e)', () => {
  let testApp: TestApp;
  const api = engineersApi(() => testApp);

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('POST /api/v1/engineers', () => {
    it('creates an engineer, normalising what it stores', async () => {
      const response = await testApp.http
        .post(ENGINEERS)
        .send({
          name: '  Priya Shah ',
          email: ' Priya.Shah@Vision-Telematics.EXAMPLE',
          phone: '+44 20 7946 0958',
          skills: ['Dashcam', 'tracker', 'dashcam ', 'fleet-camera'],
          areas: ['sw', 'M1', 'ec1a', 'SW '],
          workingHours: { monday: [{ start: '13:00', end: '17:00' }, { start: '08:00', end: '12:00' }] },
          maxJobsPerDay: 4,
        })
        .expect(201);

      const engineer = response.body as EngineerBody;
      expect(engineer).toEqual({
        id: expect.any(String),
        name: 'Priya Shah',
        email: 'priya.shah@vision-telematics.example',
        phone: '+44 20 7946 0958',
        skills: ['dashcam', 'fleet-camera', 'tracker'],
        areas: ['EC1A', 'M1', 'SW'],
        workingHours: {
          monday: [
            { start: '08:00', end: '12:00' },
            { start: '13:00', end: '17:00' },
          ],
          tuesday: [],
          wednesday: [],
          thursday: [],
          friday: [],
          saturday: [],
          sunday: [],
        },
        maxJobsPerDay: 4,
        homeBase: null,
        active: true,
        createdAt: expect.any(String),
        updatedAt: engineer.createdAt,
      });
      expect(await api.storedEngineer(engineer.id)).toEqual({ email: 'priya.shah@vision-telematics.example', active: true });
      expect(await api.storedValues('engineer_skills', 'skill', engineer.id)).toEqual(['dashcam', 'fleet-camera', 'tracker']);
      expect(await api.storedValues('engineer_areas', 'area', engineer.id)).toEqual(['EC1A', 'M1', 'SW']);

      const { body: read } = await testApp.http.get(`${ENGINEERS}/${engineer.id}`).expect(200);
      expect(read).toEqual(engineer);
    });

    it('leaves working hours and the daily cap unset, and honours active=false', async () => {
      const engineer = await api.create({ active: false, skills: [], areas: [] });
      expect(engineer).toMatchObject({ workingHours: null, maxJobsPerDay: null, active: false, skills: [], areas: [] });
      expect(await api.storedEngineer(engineer.id)).toMatchObject({ active: false });
    });

    it.each([
      [{ name: undefined }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ email: 'not-an-email' }, 'email'],
      [{ email: undefined }, 'email'],
      [{ phone: '12345' }, 'phone'],
      [{ skills: 'dashcam' }, 'skills'],
      [{ skills: ['Dash Cam'] }, 'skills'],
      [{ skills: [42] }, 'skills'],
      [{ areas: ['SW1A 1AA'] }, 'areas'],
      [{ areas: ['QQ'] }, 'areas'],
      [{ areas: undefined }, 'areas'],
      [{ maxJobsPerDay: 0 }, 'maxJobsPerDay'],
      [{ maxJobsPerDay: 21 }, 'maxJobsPerDay'],
      [{ maxJobsPerDay: 2.5 }, 'maxJobsPerDay'],
      [{ workingHours: { monday: [{ start: '17:00', end: '09:00' }] } }, 'workingHours.monday.0.end'],
      [{ workingHours: { monday: [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '17:00' }] } }, 'workingHours.monday'],
      [{ active: 'yes' }, 'active'],
      [{ active: null }, 'active'],
      [{ nickname: 'Pri' }, 'nickname'],
    ])('%j is a 400 naming %s', async (overrides, field) => {
      const response = await testApp.http.post(ENGINEERS).send(engineerInput(overrides)).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(fieldsNamed(response.body)).toContain(field);
    });

    it('names every bad field of one request', async () => {
      const { body } = await testApp.http.post(ENGINEERS).send({ name: '', email: 'nope', phone: 'call me' }).expect(400);
      expect(new Set(fieldsNamed(body))).toEqual(new Set(['name', 'email', 'phone', 'skills', 'areas']));
    });

    it('refuses a second engineer with the same email, whatever its case, with 409 ENGINEER_EMAIL_TAKEN', async () => {
      const first = await api.create({ email: 'sam.jones@vision-telematics.example' });
      for (const email of ['sam.jones@vision-telematics.example', 'Sam.Jones@Vision-Telematics.Example']) {
        const { body } = await testApp.http.post(ENGINEERS).send(engineerInput({ email })).expect(409);
        expect(body).toMatchObject({ status: 409, code: 'ENGINEER_EMAIL_TAKEN', field: 'email' });
      }
      const { items } = await api.list({ limit: 100 });
      expect(items.filter((engineer) => engineer.email === first.email).map((engineer) => engineer.id)).toEqual([first.id]);
    });
  });

  describe('GET /api/v1/engineers/:id', () => {
    it('is a 404 problem for an unknown id', async () => {
      const { body } = await testApp.http.get(`${ENGINEERS}/${UNKNOWN_ID}`).expect(404);
      expect(body).toMatchObject({ status: 404, code: 'ENGINEER_NOT_FOUND', id: UNKNOWN_ID });
    });

    it('is a 400 naming id when the id is not a UUID', async () => {
      const { body } = await testApp.http.get(`${ENGINEERS}/not-a-uuid`).expect(400);
      expect(fieldsNamed(body)).toEqual(['id']);
    });
  });

  describe('PATCH /api/v1/engineers/:id', () => {
    it('changes only the fields sent, replacing whole lists', async () => {
      const engineer = await api.create({ skills: ['dashcam', 'tracker'], areas: ['SW', 'M1'], maxJobsPerDay: 3 });
      const { body } = await testApp.http
        .patch(`${ENGINEERS}/${engineer.id}`)
        .send({ name: 'Renamed Engineer', areas: ['ec1a'] })
        .expect(200);

      expect(body).toMatchObject({
        name: 'Renamed Engineer',
        email: engineer.email,
        skills: ['dashcam', 'tracker'],
        areas: ['EC1A'],
        maxJobsPerDay: 3,
        createdAt: engineer.createdAt,
      });
      expect(Date.parse(body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(engineer.updatedAt));
      expect(await api.storedValues('engineer_areas', 'area', engineer.id)).toEqual(['EC1A']);
      expect(await api.storedValues('engineer_skills', 'skill', engineer.id)).toEqual(['dashcam', 'tracker']);
    });

    it('clears the daily cap, own working hours and skills', async () => {
      const engineer = await api.create({ maxJobsPerDay: 5, workingHours: { friday: [{ start: '09:00', end: '15:00' }] } });
      const { body } = await testApp.http
        .patch(`${ENGINEERS}/${engineer.id}`)
        .send({ maxJobsPerDay: null, workingHours: null, skills: [] })
        .expect(200);
      expect(body).toMatchObject({ maxJobsPerDay: null, workingHours: null, skills: [] });
      expect(await api.storedValues('engineer_skills', 'skill', engineer.id)).toEqual([]);
    });

    it('keeps the engineer’s own email without a conflict', async () => {
      const engineer = await api.create();
      const { body } = await testApp.http
        .patch(`${ENGINEERS}/${engineer.id}`)
        .send({ email: engineer.email.toUpperCase() })
        .expect(200);
      expect(body.email).toBe(engineer.email);
    });

    it('refuses another engineer’s email, whatever its case, with 409', async () => {
      const taken = await api.create();
      const engineer = await api.create();
      const { body } = await testApp.http
        .patch(`${ENGINEERS}/${engineer.id}`)
        .send({ email: taken.email.toUpperCase() })
        .expect(409);
      expect(body.code).toBe('ENGINEER_EMAIL_TAKEN');
      expect(await api.storedEngineer(engineer.id)).toMatchObject({ email: engineer.email });
    });

    it.each([
      [{ name: null }, 'name'],
      [{ email: null }, 'email'],
      [{ skills: null }, 'skills'],
      [{ active: null }, 'active'],
      [{ maxJobsPerDay: 0 }, 'maxJobsPerDay'],
      [{ areas: ['S W'] }, 'areas'],
      [{ id: UNKNOWN_ID }, 'id'],
    ])('%j is a 400 naming %s', async (changes, field) => {
      const engineer = await api.create();
      const { body } = await testApp.http.patch(`${ENGINEERS}/${engineer.id}`).send(changes).expect(400);
      expect(fieldsNamed(body)).toContain(field);
    });

    it('is a 404 for an unknown id and a 400 for a malformed one', async () => {
      expect((await testApp.http.patch(`${ENGINEERS}/${UNKNOWN_ID}`).send({ name: 'X' }).expect(404)).body.code).toBe(
        'ENGINEER_NOT_FOUND',
      );
      expect(fieldsNamed((await testApp.http.patch(`${ENGINEERS}/123`).send({ name: 'X' }).expect(400)).body)).toEqual(['id']);
    });
  });

  describe('DELETE /api/v1/engineers/:id', () => {
    it('deactivates with 204, keeps the row, repeats harmlessly, and PATCH reactivates', async () => {
      const engineer = await api.create();
      const response = await testApp.http.delete(`${ENGINEERS}/${engineer.id}`).expect(204);
      expect(response.text).toBe('');

      expect(await api.storedEngineer(engineer.id)).toMatchObject({ active: false });
      expect((await testApp.http.get(`${ENGINEERS}/${engineer.id}`).expect(200)).body.active).toBe(false);
      expect((await api.list({ active: false, limit: 100 })).items.map((item) => item.id)).toContain(engineer.id);

      await testApp.http.delete(`${ENGINEERS}/${engineer.id}`).expect(204);
      const { body } = await testApp.http.patch(`${ENGINEERS}/${engineer.id}`).send({ active: true }).expect(200);
      expect(body.active).toBe(true);
    });

    it('is a 404 for an unknown id and a 400 for a malformed one', async () => {
      expect((await testApp.http.delete(`${ENGINEERS}/${UNKNOWN_ID}`).expect(404)).body.code).toBe('ENGINEER_NOT_FOUND');
      expect(fieldsNamed((await testApp.http.delete(`${ENGINEERS}/nope`).expect(400)).body)).toEqual(['id']);
    });
  });

  describe('time off', () => {
    const timeOffOf = (engineerId: string) => `${ENGINEERS}/${engineerId}/time-off`;

    it('books time off, stored in UTC, with blank reasons as null', async () => {
      const engineer = await api.create();
      const { body } = await testApp.http
        .post(timeOffOf(engineer.id))
        .send({ start: '2026-03-02T09:00:00+01:00', end: '2026-03-06T17:00:00Z', reason: ' Annual leave ' })
        .expect(201);
      expect(body).toEqual({
        id: expect.any(String),
        engineerId: engineer.id,
        start: '2026-03-02T08:00:00.000Z',
        end: '2026-03-06T17:00:00.000Z',
        reason: 'Annual leave',
        createdAt: expect.any(String),
      });

      const withoutReason = await testApp.http
        .post(timeOffOf(engineer.id))
        .send({ start: '2026-04-01T00:00:00Z', end: '2026-04-02T00:00:00Z', reason: '  ' })
        .expect(201);
      expect(withoutReason.body.reason).toBeNull();
    });

    it('lists an engineer’s time off by start, and only theirs', async () => {
      const engineer = await api.create();
      const other = await api.create();
      for (const start of ['2026-07-01', '2026-05-01', '2026-06-01']) {
        await testApp.http
          .post(timeOffOf(engineer.id))
          .send({ start: `${start}T08:00:00Z`, end: `${start}T17:00:00Z` })
          .expect(201);
      }
      await testApp.http.post(timeOffOf(other.id)).send({ start: '2026-01-01T08:00:00Z', end: '2026-01-01T17:00:00Z' }).expect(201);

      const { body } = await testApp.http.get(timeOffOf(engineer.id)).expect(200);
      expect(body.map((entry: { start: string }) => entry.start)).toEqual([
        '2026-05-01T08:00:00.000Z',
        '2026-06-01T08:00:00.000Z',
        '2026-07-01T08:00:00.000Z',
      ]);
      expect(new Set(body.map((entry: { engineerId: string }) => entry.engineerId))).toEqual(new Set([engineer.id]));
    });

    it.each([
      [{ start: '2026-03-02T09:00:00Z', end: '2026-03-02T08:00:00Z' }, 'end'],
      [{ start: '2026-03-02T09:00:00Z', end: '2026-03-02T09:00:00Z' }, 'end'],
      // 10:00+02:00 is 08:00Z: later on the clock face, earlier in time.
      [{ start: '2026-03-02T09:00:00Z', end: '2026-03-02T10:00:00+02:00' }, 'end'],
      [{ start: '2026-03-02T09:00:00', end: '2026-03-02T17:00:00Z' }, 'start'],
      [{ start: '2026-02-30T09:00:00Z', end: '2026-03-02T17:00:00Z' }, 'start'],
      [{ start: '2026-03-02T09:00:00Z' }, 'end'],
      [{ start: '2026-03-02T09:00:00Z', end: '2026-03-02T17:00:00Z', reason: 'x'.repeat(201) }, 'reason'],
      [{ start: '2026-03-02T09:00:00Z', end: '2026-03-02T17:00:00Z', engineerId: UNKNOWN_ID }, 'engineerId'],
    ])('%j is a 400 naming %s', async (input, field) => {
      const engineer = await api.create();
      const { body } = await testApp.http.post(timeOffOf(engineer.id)).send(input).expect(400);
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(fieldsNamed(body)).toContain(field);
      expect((await testApp.http.get(timeOffOf(engineer.id)).expect(200)).body).toEqual([]);
    });

    it('deletes time off with 204; the same id again, or via another engineer, is a 404', async () => {
      const engineer = await api.create();
      const other = await api.create();
      const booked = async (day: string) =>
        (await testApp.http.post(timeOffOf(engineer.id)).send({ start: `${day}T08:00:00Z`, end: `${day}T17:00:00Z` }).expect(201))
          .body.id as string;
      const kept = await booked('2026-08-01');
      const cancelled = await booked('2026-08-02');

      const viaOther = await testApp.http.delete(`${timeOffOf(other.id)}/${kept}`).expect(404);
      expect(viaOther.body.code).toBe('TIME_OFF_NOT_FOUND');

      await testApp.http.delete(`${timeOffOf(engineer.id)}/${cancelled}`).expect(204);
      const again = await testApp.http.delete(`${timeOffOf(engineer.id)}/${cancelled}`).expect(404);
      expect(again.body).toMatchObject({ code: 'TIME_OFF_NOT_FOUND', id: cancelled });

      const { body } = await testApp.http.get(timeOffOf(engineer.id)).expect(200);
      expect(body.map((entry: { id: string }) => entry.id)).toEqual([kept]);
    });

    it('is a 404 for an unknown engineer on every operation', async () => {
      const input = { start: '2026-03-02T09:00:00Z', end: '2026-03-02T17:00:00Z' };
      const responses = [
        await testApp.http.get(timeOffOf(UNKNOWN_ID)).expect(404),
        await testApp.http.post(timeOffOf(UNKNOWN_ID)).send(input).expect(404),
        await testApp.http.delete(`${timeOffOf(UNKNOWN_ID)}/${UNKNOWN_ID}`).expect(404),
      ];
      expect(responses.map((response) => response.body.code)).toEqual(Array(3).fill('ENGINEER_NOT_FOUND'));
    });

    it('EngineersService.findTimeOffOverlapping returns what overlaps a half-open window, for the engineers asked', async () => {
      const engineer = await api.create();
      const colleague = await api.create();
      const outsider = await api.create();
      const book = (engineerId: string, start: string, end: string) =>
        testApp.http.post(timeOffOf(engineerId)).send({ start, end }).expect(201);
      await book(engineer.id, '2026-09-01T08:00:00Z', '2026-09-01T12:00:00Z'); // ends as the window opens
      await book(engineer.id, '2026-09-02T08:00:00Z', '2026-09-09T08:00:00Z'); // spans the whole window
      await book(colleague.id, '2026-09-03T12:00:00Z', '2026-09-03T13:00:00Z'); // inside it
      await book(colleague.id, '2026-09-04T12:00:00Z', '2026-09-05T12:00:00Z'); // starts as it closes
      await book(outsider.id, '2026-09-03T09:00:00Z', '2026-09-03T10:00:00Z'); // not asked about

      const periods = await testApp.app
        .get(EngineersService)
        .findTimeOffOverlapping([engineer.id, colleague.id], {
          start: new Date('2026-09-01T12:00:00Z'),
          end: new Date('2026-09-04T12:00:00Z'),
        });
      expect(periods.map(({ engineerId, start, end }) => [engineerId, start.toISOString(), end.toISOString()])).toEqual([
        [engineer.id, '2026-09-02T08:00:00.000Z', '2026-09-09T08:00:00.000Z'],
        [colleague.id, '2026-09-03T12:00:00.000Z', '2026-09-03T13:00:00.000Z'],
      ]);
    });

    it('is a 400 naming the path parameter that is not a UUID', async () => {
      const engineer = await api.create();
      expect(fieldsNamed((await testApp.http.get(timeOffOf('nope')).expect(400)).body)).toEqual(['id']);
      expect(fieldsNamed((await testApp.http.delete(`${timeOffOf(engineer.id)}/nope`).expect(400)).body)).toEqual(['timeOffId']);
    });
  });
});

describe('Engineer list filters (e2e)', () => {
  let testApp: TestApp;
  const api = engineersApi(() => testApp);

  beforeAll(async () => {
    testApp = await createTestApp();
    // The only engineers in this database.
    await api.create({ name: 'Whole SW', areas: ['SW'], skills: ['dashcam'] });
    await api.create({ name: 'SW1A only', areas: ['SW1A'], skills: ['tracker'] });
    await api.create({ name: 'M1', areas: ['M1'], skills: ['dashcam', 'fleet-camera'] });
    await api.create({ name: 'M11', areas: ['M11'], skills: ['tracker'] });
    await api.create({ name: 'Whole M, inactive', areas: ['M'], skills: ['dashcam'], active: false });
    await api.create({ name: 'EC1A and SW1A', areas: ['EC1A', 'SW1A'], skills: ['fleet-camera'] });
  });

  afterAll(async () => {
    await testApp.close();
  });

  const namesListed = async (query: Record<string, string | boolean>) =>
    (await api.list(query)).items.map((engineer) => engineer.name).sort();

  it.each([
    [{ area: 'SW' }, ['Whole SW']],
    [{ area: 'SW1A' }, ['EC1A and SW1A', 'SW1A only', 'Whole SW']],
    [{ area: 'sw1a' }, ['EC1A and SW1A', 'SW1A only', 'Whole SW']],
    [{ area: 'SW1' }, ['Whole SW']],
    [{ area: 'M1' }, ['M1', 'Whole M, inactive']],
    [{ area: 'M11' }, ['M11', 'Whole M, inactive']],
    [{ area: 'EC' }, []],
    [{ skill: 'dashcam' }, ['M1', 'Whole M, inactive', 'Whole SW']],
    [{ skill: 'Fleet-Camera' }, ['EC1A and SW1A', 'M1']],
    [{ active: false }, ['Whole M, inactive']],
    [{ active: true }, ['EC1A and SW1A', 'M1', 'M11', 'SW1A only', 'Whole SW']],
    [{ area: 'M1', skill: 'dashcam', active: true }, ['M1']],
    [{ q: 'whole' }, ['Whole M, inactive', 'Whole SW']],
    [{ q: 'WHOLE', active: true }, ['Whole SW']],
    [{ q: 'sw1a' }, ['EC1A and SW1A', 'SW1A only']],
    [{ q: 'vision-telematics.example' }, ['EC1A and SW1A', 'M1', 'M11', 'SW1A only', 'Whole M, inactive', 'Whole SW']],
    [{ q: '7946 0958', skill: 'tracker' }, ['M11', 'SW1A only']],
    [{ q: '%' }, []],
    [{ q: '   ' }, ['EC1A and SW1A', 'M1', 'M11', 'SW1A only', 'Whole M, inactive', 'Whole SW']],
  ])('%j lists %j', async (query, names) => {
    expect(await namesListed(query)).toEqual(names);
  });

  it.each([
    [{ area: 'SW1A 1AA' }, 'area'],
    [{ skill: 'Dash Cam' }, 'skill'],
    [{ active: 'yes' }, 'active'],
    [{ region: 'north' }, 'region'],
  ])('%j is a 400 naming %s', async (query, field) => {
    const { body } = await testApp.http.get(ENGINEERS).query(query).expect(400);
    expect(fieldsNamed(body)).toContain(field);
  });

  it('EngineersService.findActiveForScheduling applies the same coverage rule to active engineers with every skill', async () => {
    const scheduling = testApp.app.get(EngineersService);
    const names = async (area: string, ...skills: string[]) =>
      (await scheduling.findActiveForScheduling({ area, skills })).map((engineer) => engineer.name);
    expect(await names('sw1a', 'Dashcam')).toEqual(['Whole SW']);
    expect(await names('M1', 'dashcam')).toEqual(['M1']);
    expect(await names('SW1A 1AA', 'dashcam')).toEqual([]);
    expect(await names('M1', 'dashcam', 'Fleet-Camera')).toEqual(['M1']);
    expect(await names('sw1a', 'fleet-camera')).toEqual(['EC1A and SW1A']);
    expect(await names('sw1a', 'dashcam', 'fleet-camera')).toEqual([]);
  });
});

describe('Engineer list pagination (e2e)', () => {
  let testApp: TestApp;
  const api = engineersApi(() => testApp);
  const createdIds: string[] = [];

  beforeAll(async () => {
    testApp = await createTestApp();
    for (let index = 0; index < 23; index += 1) createdIds.push((await api.create({ name: `Paged ${index}` })).id);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function walk(query: Record<string, string | number | boolean>) {
    const pages: EngineerBody[][] = [];
    let cursor: string | null = null;
    do {
      const page = await api.list(cursor ? { ...query, cursor } : query);
      pages.push(page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return pages;
  }

  it('walks every engineer once, newest first, across pages', async () => {
    const pages = await walk({ limit: 5 });
    expect(pages.map((page) => page.length)).toEqual([5, 5, 5, 5, 3]);
    const listed = pages.flat();
    expect(new Set(listed.map((engineer) => engineer.id)).size).toBe(listed.length);
    expect(new Set(listed.map((engineer) => engineer.id))).toEqual(new Set(createdIds));
    const newestFirst = [...listed].sort(
      (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    );
    expect(listed.map((engineer) => engineer.id)).toEqual(newestFirst.map((engineer) => engineer.id));
  });

  it('pages a filtered list without leaking rows that do not match', async () => {
    const deactivated = createdIds.filter((_, index) => index % 3 === 0);
    for (const id of deactivated) await testApp.http.delete(`${ENGINEERS}/${id}`).expect(204);

    const activePages = await walk({ limit: 4, active: true });
    const active = activePages.flat().map((engineer) => engineer.id);
    expect(active.length).toBe(createdIds.length - deactivated.length);
    expect(new Set(active)).toEqual(new Set(createdIds.filter((id) => !deactivated.includes(id))));
  });

  it('returns 20 by default and at most 100', async () => {
    const firstPage = await api.list({});
    expect(firstPage.items).toHaveLength(20);
    expect(firstPage.nextCursor).toEqual(expect.any(String));
    expect((await api.list({ limit: 100 })).items).toHaveLength(23);
  });

  it.each([
    [{ limit: 0 }, 'limit'],
    [{ limit: 101 }, 'limit'],
    [{ limit: 'ten' }, 'limit'],
    [{ cursor: 'not-a-cursor' }, 'cursor'],
    [{ cursor: Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])).toString('base64url') }, 'cursor'],
  ])('%j is a 400 naming %s', async (query, field) => {
    const { body } = await testApp.http.get(ENGINEERS).query(query).expect(400);
    expect(fieldsNamed(body)).toContain(field);
  });
});
