import { ProductFixture, expectStatus } from './support/fixtures';
import { EngineerFixture, createEngineer, freshDistrict, installableProduct, placeOrder, weekdays } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';

// Monday 7 January 2030: GMT, so London time equals UTC.
const MONDAY = '2030-01-07';
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
const MONDAY_WINDOW = { from: at(MONDAY, '00:00'), to: at('2030-01-08', '00:00') };
const DAY_MS = 86_400_000;

interface Exclusion {
  engineerId: string;
  engineerName: string;
  reason: string;
}

interface Explained {
  durationMinutes: number;
  slots: Array<{ engineerId: string; start: string }>;
  excluded?: Exclusion[];
  nextAvailableDate?: string | null;
}

describe('Why no slot: explain=true (e2e)', () => {
  let testApp: TestApp;
  let hour: ProductFixture;
  let day: ProductFixture;

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    hour = await installableProduct(testApp.http, 'dashcam', 60);
    day = await installableProduct(testApp.http, 'dashcam', 480);
  });

  beforeEach(async () => {
    await testApp.http.patch('/api/v1/settings').send({ timezone: 'Europe/London', slotMinutes: 30, minLeadHours: 24, travelBufferMinutes: 30, travelFromHome: false }).expect(200);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function availability(query: Record<string, unknown>): Promise<{ text: string; body: Explained }> {
    const response = expectStatus(await testApp.http.get('/api/v1/bookings/availability').query(query), 200);
    return { text: response.text, body: response.body as Explained };
  }

  async function bookedOn(district: string, engineer: EngineerFixture, product: ProductFixture, start: string): Promise<void> {
    const orderId = await placeOrder(testApp, district, [product]);
    expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start }), 201);
  }

  it('names, for every engineer left out, the first rule that excluded them; those with a slot are not listed', async () => {
    const district = freshDistrict();
    const elsewhere = freshDistrict();
    const free = await createEngineer(testApp.http, district);
    const notSkilled = await createEngineer(testApp.http, district, { skills: ['tracker'] });
    const outsideArea = await createEngineer(testApp.http, elsewhere);
    const inactive = await createEngineer(testApp.http, district);
    await testApp.http.patch(`/api/v1/engineers/${inactive.id}`).send({ active: false }).expect(200);
    const onTimeOff = await createEngineer(testApp.http, district);
    await testApp.http.post(`/api/v1/engineers/${onTimeOff.id}/time-off`).send({ start: at(MONDAY, '08:00'), end: at(MONDAY, '18:00') }).expect(201);
    const fullyBooked = await createEngineer(testApp.http, district);
    await bookedOn(district, fullyBooked, day, at(MONDAY, '09:00'));
    const atCapacity = await createEngineer(testApp.http, district, { maxJobsPerDay: 1 });
    await bookedOn(district, atCapacity, hour, at(MONDAY, '09:00'));
    const shortDays = await createEngineer(testApp.http, district, { workingHours: weekdays({ start: '09:00', end: '09:05' }) });
    const orderId = await placeOrder(testApp, district, [hour]);

    const { body } = await availability({ orderId, ...MONDAY_WINDOW, explain: true });
    expect(new Set(body.slots.map((slot) => slot.engineerId))).toEqual(new Set([free.id]));
    const mine = new Set([free, notSkilled, outsideArea, inactive, onTimeOff, fullyBooked, atCapacity, shortDays].map((engineer) => engineer.id));
    expect(body.excluded!.filter((entry) => mine.has(entry.engineerId))).toEqual([
      { engineerId: notSkilled.id, engineerName: notSkilled.name, reason: 'NOT_SKILLED' },
      { engineerId: outsideArea.id, engineerName: outsideArea.name, reason: 'OUTSIDE_AREA' },
      { engineerId: inactive.id, engineerName: inactive.name, reason: 'INACTIVE' },
      { engineerId: onTimeOff.id, engineerName: onTimeOff.name, reason: 'TIME_OFF' },
      { engineerId: fullyBooked.id, engineerName: fullyBooked.name, reason: 'FULLY_BOOKED' },
      { engineerId: atCapacity.id, engineerName: atCapacity.name, reason: 'DAILY_CAPACITY' },
      { engineerId: shortDays.id, engineerName: shortDays.name, reason: 'WORK_TOO_LONG' },
    ]);
    // Every engineer is considered: the other tests' engineers cover other districts.
    expect(body.excluded!.filter((entry) => !mine.has(entry.engineerId)).every((entry) => entry.reason === 'OUTSIDE_AREA')).toBe(true);
    expect(body).not.toHaveProperty('nextAvailableDate');

    // One engineer asked for: only they are considered.
    const one = await availability({ orderId, ...MONDAY_WINDOW, engineerId: fullyBooked.id, explain: 'true' });
    expect(one.body).toEqual({ durationMinutes: 60, slots: [], excluded: [{ engineerId: fullyBooked.id, engineerName: fullyBooked.name, reason: 'FULLY_BOOKED' }], nextAvailableDate: '2030-01-08' });
  });

  it('without explain (or explain=false), answers exactly as before: the slots and nothing else', async () => {
    const district = freshDistrict();
    await createEngineer(testApp.http, district, { skills: ['tracker'] });
    await createEngineer(testApp.http, district);
    const orderId = await placeOrder(testApp, district, [hour]);
    for (const query of [{ orderId, ...MONDAY_WINDOW }, { orderId, ...MONDAY_WINDOW, explain: false }]) {
      const { text, body } = await availability(query);
      expect(Object.keys(body)).toEqual(['durationMinutes', 'slots']);
      expect(text).toBe(JSON.stringify({ durationMinutes: body.durationMinutes, slots: body.slots }));
      expect(body.slots).toHaveLength(15);
    }
    const suggestions = expectStatus(await testApp.http.get('/api/v1/bookings/suggestions').query({ orderId, limit: 2 }), 200).body;
    expect(Object.keys(suggestions)).toEqual(['durationMinutes', 'slots']);
  });

  it('gives nextAvailableDate when nobody has a slot: the first date anyone could take the job', async () => {
    const district = freshDistrict();
    const away = await createEngineer(testApp.http, district);
    const booked = await createEngineer(testApp.http, district);
    await testApp.http.post(`/api/v1/engineers/${away.id}/time-off`).send({ start: at(MONDAY, '00:00'), end: at('2030-01-10', '00:00') }).expect(201);
    await bookedOn(district, booked, day, at(MONDAY, '09:00'));
    await bookedOn(district, booked, day, at('2030-01-08', '09:00'));
    const orderId = await placeOrder(testApp, district, [hour]);

    const { body } = await availability({ orderId, from: at(MONDAY, '00:00'), to: at('2030-01-09', '00:00'), explain: true });
    expect(body.slots).toEqual([]);
    expect(body.excluded!.filter((entry) => [away.id, booked.id].includes(entry.engineerId)).map((entry) => entry.reason)).toEqual(['TIME_OFF', 'FULLY_BOOKED']);
    // Wednesday: the booked engineer is free again, the other still away.
    expect(body.nextAvailableDate).toBe('2030-01-09');
  });

  it('answers nextAvailableDate null when nobody could take the job within eight weeks', async () => {
    const district = freshDistrict();
    const tracker = await createEngineer(testApp.http, district, { skills: ['tracker'] });
    const orderId = await placeOrder(testApp, district, [hour]);
    const { body } = await availability({ orderId, ...MONDAY_WINDOW, explain: true });
    expect(body.slots).toEqual([]);
    expect(body.excluded).toContainEqual({ engineerId: tracker.id, engineerName: tracker.name, reason: 'NOT_SKILLED' });
    expect(body.nextAvailableDate).toBeNull();

    // Away for ten weeks: beyond the window and the eight weeks after it.
    const away = await createEngineer(testApp.http, district);
    await testApp.http.post(`/api/v1/engineers/${away.id}/time-off`).send({ start: at(MONDAY, '00:00'), end: at('2030-03-18', '00:00') }).expect(201);
    const later = await availability({ orderId, ...MONDAY_WINDOW, explain: true });
    expect(later.body.excluded).toContainEqual({ engineerId: away.id, engineerName: away.name, reason: 'TIME_OFF' });
    expect(later.body.nextAvailableDate).toBeNull();
  });

  it('explains suggestions too: who was left out, and past the 31 days the next date anyone is free', async () => {
    await testApp.http.patch('/api/v1/settings').send({ timezone: 'Etc/UTC', minLeadHours: 0 }).expect(200);
    const district = freshDistrict();
    const allDay = { start: '00:00', end: '23:30' };
    const engineer = await createEngineer(testApp.http, district, { workingHours: { ...weekdays(allDay), saturday: [allDay], sunday: [allDay] } });
    const tracker = await createEngineer(testApp.http, district, { skills: ['tracker'] });
    const orderId = await placeOrder(testApp, district, [hour]);

    const explained = expectStatus(await testApp.http.get('/api/v1/bookings/suggestions').query({ orderId, limit: 2, explain: true }), 200).body as Explained;
    expect(explained.slots.map((slot) => slot.engineerId)).toEqual([engineer.id, engineer.id]);
    expect(explained.excluded).toContainEqual({ engineerId: tracker.id, engineerName: tracker.name, reason: 'NOT_SKILLED' });
    expect(explained).not.toHaveProperty('nextAvailableDate');

    // Away for the next 40 days, from midnight to midnight (UTC): nothing in the 31 days suggestions look at.
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const back = new Date(today + 40 * DAY_MS).toISOString();
    await testApp.http.post(`/api/v1/engineers/${engineer.id}/time-off`).send({ start: new Date(today).toISOString(), end: back }).expect(201);
    const none = expectStatus(await testApp.http.get('/api/v1/bookings/suggestions').query({ orderId, explain: true }), 200).body as Explained;
    expect(none.slots).toEqual([]);
    expect(none.excluded).toContainEqual({ engineerId: engineer.id, engineerName: engineer.name, reason: 'TIME_OFF' });
    expect(none.nextAvailableDate).toBe(back.slice(0, 10));
  });

  it('answers 400 for an explain that is not a boolean', async () => {
    const response = await testApp.http.get('/api/v1/bookings/availability').query({ orderId: '00000000-0000-4000-8000-000000000000', ...MONDAY_WINDOW, explain: 'yes' });
    expect(expectStatus(response, 400).body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'explain' })]));
  });
});
