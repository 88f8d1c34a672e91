import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { CreateBookingVisits1764066500000 } from '../migrations/1764066500000-create-booking-visits';
import { AddVisitSites1764067830000 } from '../migrations/1764067830000-add-visit-sites';
import { BookingsRepository } from '../src/modules/bookings/bookings.repository';
import { BookingVisitEntity } from '../src/modules/bookings/entities/booking-visit.entity';
import { OutboxDispatcher } from '../src/outbox/outbox.dispatcher';
import { ProductFixture, expectStatus, orderRequest } from './support/fixtures';
import { EngineerFixture, createEngineer, freshDistrict, installableProduct, placeOrder } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';

// Monday 7 January 2030: GMT, so London time equals UTC.
const MONDAY = '2030-01-07';
const TUESDAY = '2030-01-08';
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;

interface Visit {
  start: string;
  end: string;
}

interface Slot extends Visit {
  engineerId: string;
  visits: Visit[];
}

interface BookingBody extends Visit {
  id: string;
  engineerId: string;
  status: string;
  visits: Visit[];
  [field: string]: unknown;
}

const minutesOf = (visits: Visit[]) => visits.reduce((sum, visit) => sum + (Date.parse(visit.end) - Date.parse(visit.start)) / 60_000, 0);

describe('Multi-day bookings (e2e)', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let fitting: ProductFixture;
  let small: ProductFixture;
  let short: ProductFixture;
  const postgres = Boolean(process.env.E2E_DATABASE_URL);

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    fitting = await installableProduct(testApp.http, 'dashcam', 90);
    small = await installableProduct(testApp.http, 'dashcam', 60);
    short = await installableProduct(testApp.http, 'dashcam', 30);
    await testApp.http
      .patch('/api/v1/settings')
      .send({ timezone: 'Europe/London', slotMinutes: 30, minLeadHours: 24, travelBufferMinutes: 30 })
      .expect(200);
  });

  afterEach(() => {
    testApp.clock.reset();
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await testApp.close();
  });

  /** Ten 90-minute fittings through the v1 API: 900 minutes, longer than a 09:00-17:00 day. */
  async function tenFittings(district: string): Promise<string> {
    const body = orderRequest([fitting], {
      items: [{ productId: fitting.id, quantity: 10 }],
      installationAddress: { line1: '2 Mill Lane', city: 'Leeds', postcode: `${district} 1AA` },
    });
    const response = expectStatus(await testApp.http.post('/api/v1/orders').send(body), 201);
    await testApp.app.get(OutboxDispatcher).dispatchDue();
    return (response.body as { id: string }).id;
  }

  async function scenario(engineerOverrides: Record<string, unknown> = {}) {
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district, engineerOverrides);
    const orderId = await tenFittings(district);
    return { district, engineer, orderId };
  }

  async function availability(orderId: string, from: string, to: string): Promise<{ durationMinutes: number; slots: Slot[] }> {
    return expectStatus(await testApp.http.get('/api/v1/bookings/availability').query({ orderId, from, to }), 200).body;
  }

  const mondaySlots = (orderId: string) => availability(orderId, at(MONDAY, '00:00'), at(TUESDAY, '00:00'));

  function book(orderId: string, engineerId: string, start: string) {
    return testApp.http.post('/api/v1/bookings').send({ orderId, engineerId, start });
  }

  async function booked(orderId: string, engineer: EngineerFixture, start: string): Promise<BookingBody> {
    return expectStatus(await book(orderId, engineer.id, start), 201).body as BookingBody;
  }

  function storedVisits(bookingId: string) {
    return dataSource.getRepository(BookingVisitEntity).find({ where: { bookingId }, order: { position: 'ASC' } });
  }

  // First: `down` on PostgreSQL puts the old per-booking constraint back, which a run's envelope could break.
  it('migrates every existing booking to one visit of its own period and status, and back', async () => {
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district);
    const kept = await booked(await placeOrder(testApp, district, [small]), engineer, at(MONDAY, '10:00'));
    const dropped = await booked(await placeOrder(testApp, district, [small]), engineer, at(TUESDAY, '10:00'));
    await testApp.http.post(`/api/v1/bookings/${dropped.id}/cancel`).send({ reason: 'x' }).expect(200);
    const migration = new CreateBookingVisits1764066500000();
    // Later migrations of the table first, and again after it: the app reads their columns.
    const later = new AddVisitSites1764067830000();
    const queryRunner = dataSource.createQueryRunner();
    try {
      await later.down(queryRunner);
      await migration.down(queryRunner);
      expect(await queryRunner.hasTable('booking_visits')).toBe(false);
      await migration.up(queryRunner);
      await later.up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    const visits = (await Promise.all([kept, dropped].map((booking) => storedVisits(booking.id)))).flat();
    expect(visits.map((visit) => [visit.bookingId, visit.position, visit.engineerId, visit.startAt.toISOString(), visit.endAt.toISOString(), visit.status])).toEqual([
      [kept.id, 0, engineer.id, kept.start, kept.end, 'scheduled'],
      [dropped.id, 0, engineer.id, dropped.start, dropped.end, 'cancelled'],
    ]);
    const read = expectStatus(await testApp.http.get(`/api/v1/bookings/${kept.id}`), 200).body;
    expect(read.visits).toEqual([{ start: kept.start, end: kept.end }]);
  });

  const TWO_DAYS = [
    { start: at(MONDAY, '09:00'), end: at(MONDAY, '17:00') },
    { start: at(TUESDAY, '09:00'), end: at(TUESDAY, '16:00') },
  ];

  it('offers a two-day job as slots of two visits (three from late starts), each inside a day’s span, together as long as the work', async () => {
    const { engineer, orderId } = await scenario();
    const { durationMinutes, slots } = await mondaySlots(orderId);
    expect(durationMinutes).toBe(900);
    expect(slots).toHaveLength(16);
    expect(slots[0]).toEqual({ engineerId: engineer.id, engineerName: engineer.name, start: at(MONDAY, '09:00'), end: at(TUESDAY, '16:00'), visits: TWO_DAYS });
    expect(slots[15]!.visits).toEqual([
      { start: at(MONDAY, '16:30'), end: at(MONDAY, '17:00') },
      { start: at(TUESDAY, '09:00'), end: at(TUESDAY, '17:00') },
      { start: at('2030-01-09', '09:00'), end: at('2030-01-09', '15:30') },
    ]);
    expect(slots.every((slot) => minutesOf(slot.visits) === 900 && slot.visits[0]!.start === slot.start && slot.visits.at(-1)!.end === slot.end)).toBe(true);

    const suggestions = expectStatus(await testApp.http.get('/api/v1/bookings/suggestions').query({ orderId, limit: 2 }), 200).body;
    expect(suggestions.slots.every((slot: Slot) => slot.visits.length >= 2 && minutesOf(slot.visits) === 900)).toBe(true);
  });

  it('books the run as two visits, shown on the booking, the schedule and the iCalendar feed as two', async () => {
    const { engineer, orderId } = await scenario();
    const booking = await booked(orderId, engineer, at(MONDAY, '09:00'));
    expect(booking).toMatchObject({ start: at(MONDAY, '09:00'), end: at(TUESDAY, '16:00'), status: 'scheduled', visits: TWO_DAYS });
    expect((await storedVisits(booking.id)).map((visit) => [visit.position, visit.engineerId, visit.startAt.toISOString(), visit.endAt.toISOString(), visit.status])).toEqual([
      [0, engineer.id, TWO_DAYS[0]!.start, TWO_DAYS[0]!.end, 'scheduled'],
      [1, engineer.id, TWO_DAYS[1]!.start, TWO_DAYS[1]!.end, 'scheduled'],
    ]);
    const listed = (await testApp.http.get('/api/v1/bookings').query({ engineerId: engineer.id }).expect(200)).body.items;
    expect(listed).toEqual([expect.objectContaining({ id: booking.id, visits: TWO_DAYS })]);

    const schedule = (await testApp.http.get(`/api/v1/engineers/${engineer.id}/schedule`).query({ from: at(TUESDAY, '00:00'), to: at('2030-01-09', '00:00') }).expect(200)).body;
    expect(schedule.bookings.map((item: BookingBody) => item.id)).toEqual([booking.id]);
    expect(schedule.visits).toEqual([{ bookingId: booking.id, orderId, status: 'scheduled', ...TWO_DAYS[1], visitNumber: 2, visitCount: 2 }]);

    const feed = await testApp.http.get(`/api/v1/engineers/${engineer.id}/calendar.ics`).expect(200);
    const events = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => [event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()])).toEqual(TWO_DAYS.map((visit) => [visit.start, visit.end]));
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);
    expect(events.every((event) => event.uid.includes(booking.id))).toBe(true);
    expect(events[1]!.summary).toContain('day 2 of 2');
  });

  it('refuses another booking that overlaps either visit, and keeps the travel buffer from each', async () => {
    const { district, engineer, orderId } = await scenario();
    const run = await booked(orderId, engineer, at(MONDAY, '09:00'));
    const other = await placeOrder(testApp, district, [small]);
    for (const start of [at(MONDAY, '12:00'), at(TUESDAY, '10:00')]) {
      expect(expectStatus(await book(other, engineer.id, start), 409).body).toMatchObject({
        code: 'BOOKING_CONFLICT',
        conflictingBooking: { id: run.id, start: run.start, end: run.end },
      });
    }
    expect(expectStatus(await book(other, engineer.id, at(TUESDAY, '16:00')), 422).body).toMatchObject({ code: 'TRAVEL_BUFFER_NOT_KEPT', nearbyBooking: { id: run.id } });
    const { slots } = await availability(other, at(TUESDAY, '00:00'), at('2030-01-09', '00:00'));
    // Tuesday's visit runs to 16:00: with the buffer, a one-hour job no longer fits the day.
    expect(slots).toEqual([]);
    expect((await booked(other, engineer, at('2030-01-09', '09:00'))).visits).toHaveLength(1);

    // And the other way round: a run whose second visit meets a booking is neither offered nor booked.
    const later = await tenFittings(district);
    const wednesday = await availability(later, at(TUESDAY, '00:00'), at('2030-01-11', '00:00'));
    expect(wednesday.slots.some((slot) => slot.start.startsWith(TUESDAY))).toBe(false);
    expect(wednesday.slots[0]!.start).toBe(at('2030-01-09', '10:30'));
    expect(expectStatus(await book(later, engineer.id, at(TUESDAY, '16:30')), 409).body).toMatchObject({ code: 'BOOKING_CONFLICT' });
  });

  it('does not offer or book a start whose second visit falls on a day at capacity', async () => {
    const { district, engineer, orderId } = await scenario({ maxJobsPerDay: 1 });
    // 16:30-17:00 keeps the buffer from a Tuesday visit ending at 16:00, but it is Tuesday's one job.
    await booked(await placeOrder(testApp, district, [short]), engineer, at(TUESDAY, '16:30'));
    expect((await mondaySlots(orderId)).slots).toEqual([]);
    expect(expectStatus(await book(orderId, engineer.id, at(MONDAY, '09:00')), 422).body).toMatchObject({ code: 'DAILY_CAPACITY_REACHED', date: TUESDAY });
  });

  it('does not offer or book a start whose second visit meets time off (time off breaks a run; it is not skipped)', async () => {
    const { engineer, orderId } = await scenario();
    await testApp.http.post(`/api/v1/engineers/${engineer.id}/time-off`).send({ start: at(TUESDAY, '16:30'), end: at(TUESDAY, '17:00') }).expect(201);
    expect((await mondaySlots(orderId)).slots.map((slot) => slot.start)).toEqual([at(MONDAY, '09:00'), at(MONDAY, '09:30')]);
    expect(expectStatus(await book(orderId, engineer.id, at(MONDAY, '10:00')), 422).body).toMatchObject({ code: 'ENGINEER_ON_TIME_OFF' });

    // A whole day off is no exception.
    await testApp.http.post(`/api/v1/engineers/${engineer.id}/time-off`).send({ start: at('2030-01-10', '00:00'), end: at('2030-01-11', '00:00') }).expect(201);
    const wednesday = await availability(orderId, at('2030-01-09', '00:00'), at('2030-01-10', '00:00'));
    expect(wednesday.slots).toEqual([]);
  });

  it('keeps time off weeks past the window, as far as a run reaches (an engineer who works only Monday mornings)', async () => {
    const mornings = { monday: [{ start: '09:00', end: '13:00' }], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
    const { engineer, orderId } = await scenario({ workingHours: mornings });
    const mondays = ['2030-01-07', '2030-01-14', '2030-01-21', '2030-01-28'];
    // 900 minutes in four-hour mornings: four Mondays, the last three weeks after the window.
    const [first] = (await mondaySlots(orderId)).slots;
    expect(first?.visits.map((visit) => visit.start)).toEqual(mondays.map((day) => at(day, '09:00')));
    await testApp.http.post(`/api/v1/engineers/${engineer.id}/time-off`).send({ start: at(mondays[3]!, '10:00'), end: at(mondays[3]!, '10:30') }).expect(201);
    expect((await mondaySlots(orderId)).slots).toEqual([]);
    expect(expectStatus(await book(orderId, engineer.id, at(MONDAY, '09:00')), 422).body).toMatchObject({ code: 'ENGINEER_ON_TIME_OFF' });
  });

  it('moves the whole run on reschedule, skipping the weekend, and frees the old days', async () => {
    const { district, engineer, orderId } = await scenario();
    const booking = await booked(orderId, engineer, at(MONDAY, '09:00'));
    const colleague = await createEngineer(testApp.http, district);
    const moved = expectStatus(await testApp.http.patch(`/api/v1/bookings/${booking.id}`).send({ start: at('2030-01-11', '09:00'), engineerId: colleague.id }), 200).body as BookingBody;
    const friday = [
      { start: at('2030-01-11', '09:00'), end: at('2030-01-11', '17:00') },
      { start: at('2030-01-14', '09:00'), end: at('2030-01-14', '16:00') },
    ];
    expect(moved).toMatchObject({ engineerId: colleague.id, start: friday[0]!.start, end: friday[1]!.end, visits: friday });
    expect((await storedVisits(booking.id)).map((visit) => [visit.engineerId, visit.startAt.toISOString(), visit.endAt.toISOString()])).toEqual(
      friday.map((visit) => [colleague.id, visit.start, visit.end]),
    );
    expect(moved.audit).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'rescheduled', oldStart: at(MONDAY, '09:00'), oldEnd: at(TUESDAY, '16:00'), newEnd: friday[1]!.end })]));
    expect((await booked(await placeOrder(testApp, district, [small]), engineer, at(TUESDAY, '10:00'))).visits).toHaveLength(1);
  });

  it('follows the booking’s status: a cancelled run frees both days; its work may start on the first visit’s day', async () => {
    const { district, engineer, orderId } = await scenario();
    const booking = await booked(orderId, engineer, at(MONDAY, '09:00'));
    const { body: services } = await testApp.http.get('/api/v1/services').query({ orderId }).expect(200);
    const cancelled = expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/cancel`).send({ reason: 'customer asked' }), 200).body;
    expect(cancelled.visits).toEqual(TWO_DAYS);
    expect((await storedVisits(booking.id)).map((visit) => visit.status)).toEqual(['cancelled', 'cancelled']);
    expect((await booked(await placeOrder(testApp, district, [small]), engineer, at(TUESDAY, '10:00'))).visits).toHaveLength(1);

    const again = await booked(orderId, engineer, at('2030-01-09', '09:00'));
    testApp.clock.travelTo(at('2030-01-08', '23:59'));
    expect(expectStatus(await testApp.http.post(`/api/v1/services/${services.items[0].id}/start`), 409).body).toMatchObject({ code: 'TOO_EARLY_TO_START' });
    testApp.clock.travelTo(at('2030-01-09', '00:00'));
    await testApp.http.post(`/api/v1/services/${services.items[0].id}/start`).expect(200);
    const completed = expectStatus(await testApp.http.post(`/api/v1/bookings/${again.id}/complete`), 200).body;
    expect(completed.status).toBe('completed');
    expect((await storedVisits(again.id)).map((visit) => visit.status)).toEqual(['completed', 'completed']);
  });

  if (postgres) {
    it('refuses, in the database, a visit overlapping another booking’s visit when the checks are bypassed', async () => {
      const { district, engineer, orderId } = await scenario();
      const run = await booked(orderId, engineer, at(MONDAY, '09:00'));
      const repository = testApp.app.get(BookingsRepository);
      jest.spyOn(repository, 'lockEngineerAgendas').mockResolvedValue();
      jest.spyOn(repository, 'findVisitsHoldingTime').mockResolvedValue([]);
      const other = await placeOrder(testApp, district, [small]);
      expect(expectStatus(await book(other, engineer.id, at(TUESDAY, '10:00')), 409).body).toMatchObject({ code: 'BOOKING_CONFLICT', conflictingBooking: { id: run.id } });
    });
  }
});
