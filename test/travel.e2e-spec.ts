import { DataSource } from 'typeorm';
import { roadKm, roundKm, travelMinutes } from '../src/modules/bookings/availability/travel';
import { BookingVisitEntity } from '../src/modules/bookings/entities/booking-visit.entity';
import { ProductFixture, expectStatus, orderRequest } from './support/fixtures';
import { createEngineer, freshDistrict, installableProduct, placeOrder, weekdays } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';

// Monday 7 January 2030: GMT, so London time equals UTC.
const MONDAY = '2030-01-07';
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;

// Leeds; a house next door (about 130 m); a place 30 km east.
const SITE = { lat: 53.8, lng: -1.55 };
const NEXT_DOOR = { lat: 53.801, lng: -1.551 };
const THIRTY_KM_EAST = { lat: 53.8, lng: -1.55 + 30 / (111.32 * Math.cos((53.8 * Math.PI) / 180)) };
const MODEL = { roadFactor: 1.3, averageSpeedKmh: 40, travelBufferMinutes: 30 };

interface Slot {
  engineerId: string;
  start: string;
  end: string;
  travelMinutesBefore?: number;
  travelMinutesAfter?: number;
  addedTravelKm?: number;
}

describe('Travel-aware scheduling (e2e)', () => {
  let testApp: TestApp;
  let hour: ProductFixture;

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    hour = await installableProduct(testApp.http, 'dashcam', 60);
  });

  beforeEach(async () => {
    await testApp.http
      .patch('/api/v1/settings')
      .send({ timezone: 'Europe/London', slotMinutes: 30, minLeadHours: 24, travelBufferMinutes: 30, roadFactor: 1.3, averageSpeedKmh: 40, travelFromHome: false })
      .expect(200);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function slotsOn(orderId: string, engineerId: string, day = MONDAY): Promise<string[]> {
    const query = { orderId, engineerId, from: at(day, '00:00'), to: at(day, '23:59') };
    const body = expectStatus(await testApp.http.get('/api/v1/bookings/availability').query(query), 200).body as { slots: Slot[] };
    return body.slots.map((slot) => slot.start.slice(11, 16));
  }

  async function book(orderId: string, engineerId: string, start: string) {
    return testApp.http.post('/api/v1/bookings').send({ orderId, engineerId, start });
  }

  it('keeps the travel time from a booking 30 km away, where the flat buffer would have offered the slot', async () => {
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district);
    const far = await placeOrder(testApp, district, [hour], THIRTY_KM_EAST);
    const farBooking = expectStatus(await book(far, engineer.id, at(MONDAY, '09:00')), 201).body as { id: string };
    const located = await placeOrder(testApp, district, [hour], SITE);
    const unlocated = await placeOrder(testApp, district, [hour]);
    const needed = travelMinutes(THIRTY_KM_EAST, SITE, MODEL);
    expect(needed).toBeGreaterThan(50);

    // Without a place the flat 30 minutes apply, as before: 10:30. With both places known, 10:00 + travel, on the grid: 11:00.
    expect((await slotsOn(unlocated, engineer.id))[0]).toBe('10:30');
    expect((await slotsOn(located, engineer.id))[0]).toBe('11:00');
    const refused = expectStatus(await book(located, engineer.id, at(MONDAY, '10:30')), 422).body;
    expect(refused).toMatchObject({ code: 'TRAVEL_BUFFER_NOT_KEPT', travelBufferMinutes: 30, travelMinutes: needed, nearbyBooking: { id: farBooking.id } });
    expectStatus(await book(located, engineer.id, at(MONDAY, '11:00')), 201);

    // The new visit recorded where it is: a job back at the far place keeps the travel from it too (12:00 + travel).
    const visit = await testApp.app.get(DataSource).getRepository(BookingVisitEntity).findOneByOrFail({ engineerId: engineer.id, startAt: new Date(at(MONDAY, '11:00')) });
    expect([visit.siteLat, visit.siteLng]).toEqual([SITE.lat, SITE.lng]);
    const farAgain = await placeOrder(testApp, district, [hour], THIRTY_KM_EAST);
    expect((await slotsOn(farAgain, engineer.id))[0]).toBe('13:00');
  });

  it('the reverse: with places known, a small buffer offers a next-door job the slot that a flat buffer long enough for far jobs refused', async () => {
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district);
    expectStatus(await book(await placeOrder(testApp, district, [hour], SITE), engineer.id, at(MONDAY, '09:00')), 201);
    const nextDoor = await placeOrder(testApp, district, [hour], NEXT_DOOR);
    const far = await placeOrder(testApp, district, [hour], THIRTY_KM_EAST);

    // Before travel times, covering a 30 km hop took a flat hour: the job next door waited too.
    await testApp.http.patch('/api/v1/settings').send({ travelBufferMinutes: 60 }).expect(200);
    expect((await slotsOn(nextDoor, engineer.id))[0]).toBe('11:00');

    // A 10-minute buffer with travel times: next door from 10:30 (10:10 on the grid), the far job still from 11:00.
    await testApp.http.patch('/api/v1/settings').send({ travelBufferMinutes: 10 }).expect(200);
    expect((await slotsOn(nextDoor, engineer.id))[0]).toBe('10:30');
    expect((await slotsOn(far, engineer.id))[0]).toBe('11:00');
    expectStatus(await book(nextDoor, engineer.id, at(MONDAY, '10:30')), 201);
  });

  it('with travelFromHome, a day’s first job leaves room to travel from the home base; without it, not', async () => {
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district, { homeBase: { postcode: 'ls1 4ap', location: THIRTY_KM_EAST } });
    const orderId = await placeOrder(testApp, district, [hour], SITE);
    expect((await slotsOn(orderId, engineer.id))[0]).toBe('09:00');

    await testApp.http.patch('/api/v1/settings').send({ travelFromHome: true }).expect(200);
    expect((await slotsOn(orderId, engineer.id))[0]).toBe('10:00');
    const refused = expectStatus(await book(orderId, engineer.id, at(MONDAY, '09:30')), 422).body;
    expect(refused).toMatchObject({ code: 'TRAVEL_FROM_HOME_NOT_KEPT', travelMinutes: travelMinutes(THIRTY_KM_EAST, SITE, MODEL), earliestStart: '2030-01-07T09:59:00.000Z' });
    expectStatus(await book(orderId, engineer.id, at(MONDAY, '10:00')), 201);
  });

  it('ranks suggestions by the travel they add, then by start, each with its travel', async () => {
    await testApp.http.patch('/api/v1/settings').send({ timezone: 'Etc/UTC', minLeadHours: 0, travelFromHome: true }).expect(200);
    const district = freshDistrict();
    const allDay = { start: '00:00', end: '23:30' };
    const workingHours = { ...weekdays(allDay), saturday: [allDay], sunday: [allDay] };
    const farAway = await createEngineer(testApp.http, district, { workingHours, homeBase: { postcode: 'LS1 4AP', location: THIRTY_KM_EAST } });
    const close = await createEngineer(testApp.http, district, { workingHours, homeBase: { postcode: 'LS1 4AP', location: NEXT_DOOR } });
    const orderId = await placeOrder(testApp, district, [hour], SITE);

    const body = expectStatus(await testApp.http.get('/api/v1/bookings/suggestions').query({ orderId, limit: 20 }), 200).body as { slots: Slot[] };
    const closeKm = roundKm(roadKm(NEXT_DOOR, SITE, MODEL));
    const farKm = roundKm(roadKm(THIRTY_KM_EAST, SITE, MODEL));
    expect(closeKm).toBeLessThan(farKm);
    // Whoever starts the day next door adds least, whatever the start; among equal detours the earliest comes first.
    expect(body.slots.every((slot) => slot.engineerId === close.id)).toBe(true);
    expect(body.slots.map((slot) => slot.start)).toEqual([...body.slots.map((slot) => slot.start)].sort());
    expect(body.slots[0]).toMatchObject({ addedTravelKm: closeKm, travelMinutesBefore: 30, travelMinutesAfter: 0 });

    // The far engineer alone: each of their first slots of a day comes after the travel from home.
    await testApp.http.patch(`/api/v1/engineers/${close.id}`).send({ active: false }).expect(200);
    const far = expectStatus(await testApp.http.get('/api/v1/bookings/suggestions').query({ orderId, limit: 1 }), 200).body as { slots: Slot[] };
    expect(far.slots[0]).toMatchObject({ engineerId: farAway.id, addedTravelKm: farKm, travelMinutesBefore: travelMinutes(THIRTY_KM_EAST, SITE, MODEL) });
  });

  it('stores and answers locations of customers, installation addresses and home bases', async () => {
    const address = { line1: '1 High Street', city: 'Leeds', postcode: 'LS1 4AP', location: SITE };
    const customer = expectStatus(
      await testApp.http.post('/api/v1/customers').send({ name: 'Ada', email: 'ada.travel@example.com', phone: '+44 7911 123456', address }),
      201,
    ).body as { id: string; address: unknown };
    expect(customer.address).toEqual(address);
    // An order without its own installation address is installed at the customer's, location and all.
    const order = expectStatus(await testApp.http.post('/api/v1/orders').send({ ...orderRequest([hour], { customer: undefined }), customerId: customer.id }), 201).body;
    expect(order.installationAddress).toEqual(address);
    const engineer = expectStatus(
      await testApp.http.post('/api/v1/engineers').send({
        name: 'Home Based',
        email: 'home.based@example.com',
        phone: '+44 20 7946 0958',
        skills: ['dashcam'],
        areas: ['LS'],
        homeBase: { postcode: 'ls1 4ap', location: NEXT_DOOR },
      }),
      201,
    ).body as { id: string; homeBase: unknown };
    expect(engineer.homeBase).toEqual({ postcode: 'LS1 4AP', location: NEXT_DOOR });
    const cleared = expectStatus(await testApp.http.patch(`/api/v1/engineers/${engineer.id}`).send({ homeBase: null }), 200).body;
    expect(cleared.homeBase).toBeNull();
    const settings = expectStatus(await testApp.http.get('/api/v1/settings'), 200).body;
    expect(settings).toMatchObject({ roadFactor: 1.3, averageSpeedKmh: 40, travelFromHome: false });
  });

  it.each([
    ['an installation latitude out of range', '/api/v1/orders', () => orderRequest([hour], { installationAddress: { line1: '1 A St', city: 'Leeds', postcode: 'LS1 4AP', location: { lat: 91, lng: 0 } } }), 'installationAddress.location.lat'],
    ['a customer longitude out of range', '/api/v1/orders', () => orderRequest([hour], { customer: { name: 'B', email: 'b@example.com', phone: '+44 7911 123456', address: { line1: '1 A St', city: 'Leeds', postcode: 'LS1 4AP', location: { lat: 53, lng: -181 } } } }), 'customer.address.location.lng'],
    ['a latitude sent as text', '/api/v1/customers', () => ({ name: 'C', email: 'c@example.com', phone: '+44 7911 123456', address: { line1: '1 A St', city: 'Leeds', postcode: 'LS1 4AP', location: { lat: '53.8', lng: -1.5 } } }), 'address.location.lat'],
    ['a home base without a postcode', '/api/v1/engineers', () => ({ name: 'D', email: 'd@example.com', phone: '+44 20 7946 0958', skills: ['dashcam'], areas: ['LS'], homeBase: { location: SITE } }), 'homeBase.postcode'],
    ['a home base longitude out of range', '/api/v1/engineers', () => ({ name: 'E', email: 'e@example.com', phone: '+44 20 7946 0958', skills: ['dashcam'], areas: ['LS'], homeBase: { postcode: 'LS1 4AP', location: { lat: 53, lng: 200 } } }), 'homeBase.location.lng'],
    ['a road factor out of range', '/api/v1/settings', () => ({ roadFactor: 0.5 }), 'roadFactor'],
    ['a speed of zero', '/api/v1/settings', () => ({ averageSpeedKmh: 0 }), 'averageSpeedKmh'],
  ])('answers 400 naming the field for %s', async (_label, path, body, field) => {
    const response = path === '/api/v1/settings' ? await testApp.http.patch(path).send(body()) : await testApp.http.post(path).send(body());
    expect(expectStatus(response, 400).body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });
});
