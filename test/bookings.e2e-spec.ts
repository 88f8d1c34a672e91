import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { isExclusionViolation, isUniqueViolation } from '@app/common';
import { CreateBookings1764065300000 } from '../migrations/1764065300000-create-bookings';
import { IndexBookingsByOrder1764065500000 } from '../migrations/1764065500000-index-bookings-by-order';
import { AddBookingOutcomes1764065700000 } from '../migrations/1764065700000-add-booking-outcomes';
import { CreateBookingVisits1764066500000 } from '../migrations/1764066500000-create-booking-visits';
import { AddBookingServiceOutcomes1764067000000 } from '../migrations/1764067000000-add-booking-service-outcomes';
import { AddVisitSites1764067830000 } from '../migrations/1764067830000-add-visit-sites';
import { CreateBookingHolds1764068000000 } from '../migrations/1764068000000-create-booking-holds';
import { BookingsRepository } from '../src/modules/bookings/bookings.repository';
import { BookingVisitEntity } from '../src/modules/bookings/entities/booking-visit.entity';
import { BookingEntity } from '../src/modules/bookings/entities/booking.entity';
import { ProductFixture, expectStatus } from './support/fixtures';
import { EngineerFixture, NINE_TO_FIVE, createEngineer, freshDistrict, installableProduct, placeOrder, weekdays } from './support/scheduling';
import { TestApp, createTestApp } from './support/test-app';

// Monday 7 January 2030: GMT, so London time equals UTC.
const MONDAY = '2030-01-07';
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;

interface Slot {
  engineerId: string;
  engineerName: string;
  start: string;
  end: string;
}

interface BookingBody {
  id: string;
  orderId: string;
  engineerId: string;
  start: string;
  end: string;
  status: string;
  serviceIds: string[];
  audit: Array<Record<string, unknown>>;
  [field: string]: unknown;
}

describe('Bookings (e2e)', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let dashcam: ProductFixture;
  let tracker: ProductFixture;
  const postgres = Boolean(process.env.E2E_DATABASE_URL);

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    dashcam = await installableProduct(testApp.http, 'dashcam', 120);
    tracker = await installableProduct(testApp.http, 'tracker', 60);
  });

  beforeEach(async () => {
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

  /** A district with one engineer and one order of a 120-minute dashcam fitting. */
  async function scenario(engineerOverrides: Record<string, unknown> = {}) {
    const district = freshDistrict();
    const engineer = await createEngineer(testApp.http, district, engineerOverrides);
    const orderId = await placeOrder(testApp, district, [dashcam]);
    return { district, engineer, orderId };
  }

  async function availability(query: Record<string, string>): Promise<{ durationMinutes: number; slots: Slot[] }> {
    const response = await testApp.http.get('/api/v1/bookings/availability').query(query);
    return expectStatus(response, 200).body;
  }

  const starts = (slots: Slot[]) => slots.map((slot) => slot.start);

  function mondaySlots(orderId: string, extra: Record<string, string> = {}) {
    return availability({ orderId, from: at(MONDAY, '00:00'), to: at('2030-01-08', '00:00'), ...extra });
  }

  function book(orderId: string, engineerId: string, start: string) {
    return testApp.http.post('/api/v1/bookings').send({ orderId, engineerId, start });
  }

  async function booked(orderId: string, engineerId: string, start: string): Promise<BookingBody> {
    return expectStatus(await book(orderId, engineerId, start), 201).body;
  }

  async function installationOf(orderId: string) {
    const { body } = await testApp.http.get('/api/v1/services').query({ orderId }).expect(200);
    return body.items[0] as { id: string; status: string; engineerId: string | null };
  }

  describe('schema', () => {
    function bookingRow(overrides: Partial<BookingEntity> = {}): Partial<BookingEntity> {
      return {
        id: randomUUID(),
        orderId: randomUUID(),
        engineerId: randomUUID(),
        startAt: new Date('2031-01-06T09:00:00Z'),
        endAt: new Date('2031-01-06T11:00:00Z'),
        status: 'scheduled',
        cancellationReason: null,
        notes: null,
        createdAt: new Date(),
        updatedAt: new Date(),
        ...overrides,
      };
    }

    function insertError(row: Partial<BookingEntity>): Promise<unknown> {
      return dataSource
        .getRepository(BookingEntity)
        .insert(row)
        .then(
          () => null,
          (error: unknown) => error,
        );
    }

    it('matches the entities: a generated migration would change nothing in the bookings tables', async () => {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      // The bookings tables and their indexes by name: `idx_orders_awaiting_booking_due` is the orders table's.
      expect(pending.upQueries.map((query) => query.query).filter((sql) => /"(temporary_)?booking|"[a-z]+_booking(s|_)/i.test(sql))).toEqual([]);
    });

    it('can be migrated down and up again', async () => {
      // Every migration of the bookings tables, in the order they run.
      const migrations = [
        new CreateBookings1764065300000(),
        new IndexBookingsByOrder1764065500000(),
        new AddBookingOutcomes1764065700000(),
        new CreateBookingVisits1764066500000(),
        new AddBookingServiceOutcomes1764067000000(),
        new AddVisitSites1764067830000(),
        new CreateBookingHolds1764068000000(),
      ];
      const queryRunner = dataSource.createQueryRunner();
      try {
        for (const migration of [...migrations].reverse()) await migration.down(queryRunner);
        expect(await queryRunner.hasTable('bookings')).toBe(false);
        expect(await queryRunner.hasTable('booking_audit')).toBe(false);
        for (const migration of migrations) await migration.up(queryRunner);
        for (const table of ['bookings', 'booking_services', 'booking_audit', 'booking_visits', 'booking_holds', 'booking_idempotency_keys']) expect(await queryRunner.hasTable(table)).toBe(true);
        expect(await queryRunner.hasColumn('bookings', 'started_at')).toBe(true);
        expect(await queryRunner.hasColumn('booking_services', 'outcome')).toBe(true);
      } finally {
        await queryRunner.release();
      }
    });

    it('allows one scheduled booking per order; cancelled ones stay beside it', async () => {
      const orderId = randomUUID();
      await dataSource.getRepository(BookingEntity).insert(bookingRow({ orderId, status: 'cancelled' }));
      await dataSource.getRepository(BookingEntity).insert(bookingRow({ orderId }));
      const error = await insertError(bookingRow({ orderId, startAt: new Date('2031-01-07T09:00:00Z'), endAt: new Date('2031-01-07T10:00:00Z') }));
      expect(isUniqueViolation(error)).toBe(true);
    });

    it('refuses a booking that ends before it starts', async () => {
      expect(await insertError(bookingRow({ endAt: new Date('2031-01-06T08:00:00Z') }))).toBeInstanceOf(QueryFailedError);
    });

    // Only PostgreSQL has exclusion constraints; on SQLite the serialised write transaction
    // of the booking service is the guard, proven by the concurrency test below.
    if (postgres) {
      it('refuses, in the database itself, overlapping visits of scheduled bookings of one engineer', async () => {
        const engineerId = randomUUID();
        const visit = (bookingId: string, start: string, end: string, status: BookingEntity['status'] = 'scheduled', engineer = engineerId) => ({
          bookingId,
          position: 0,
          engineerId: engineer,
          startAt: new Date(start),
          endAt: new Date(end),
          status,
        });
        const visits = dataSource.getRepository(BookingVisitEntity);
        const bookingWith = async (overrides: Partial<BookingEntity> = {}) => {
          const row = bookingRow({ engineerId, ...overrides });
          await dataSource.getRepository(BookingEntity).insert(row);
          return row.id!;
        };
        const first = await bookingWith();
        await visits.insert(visit(first, '2031-01-06T09:00:00Z', '2031-01-06T11:00:00Z'));
        const second = await bookingWith();
        const error = await visits.insert(visit(second, '2031-01-06T10:30:00Z', '2031-01-06T12:00:00Z')).then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(isExclusionViolation(error)).toBe(true);

        // Back to back, another engineer, or no longer scheduled: all fine. Bookings themselves may overlap (a run's nights).
        await visits.insert(visit(second, '2031-01-06T11:00:00Z', '2031-01-06T12:00:00Z'));
        await visits.insert(visit(await bookingWith({ engineerId: randomUUID() }), '2031-01-06T10:30:00Z', '2031-01-06T12:00:00Z', 'scheduled', randomUUID()));
        await visits.insert(visit(await bookingWith({ status: 'cancelled' }), '2031-01-06T10:30:00Z', '2031-01-06T12:00:00Z', 'cancelled'));
      });
    }
  });

  describe('GET /api/v1/bookings/availability', () => {
    it('offers grid times at which the work fits inside one working span, as long as the estimate', async () => {
      const { engineer, orderId } = await scenario({ workingHours: weekdays({ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }) });
      const result = await mondaySlots(orderId);
      expect(result.durationMinutes).toBe(120);
      expect(starts(result.slots)).toEqual(['09:00', '09:30', '10:00', '13:00', '13:30', '14:00', '14:30', '15:00'].map((time) => at(MONDAY, time)));
      expect(result.slots[0]).toEqual({
        engineerId: engineer.id,
        engineerName: engineer.name,
        start: at(MONDAY, '09:00'),
        end: at(MONDAY, '11:00'),
        visits: [{ start: at(MONDAY, '09:00'), end: at(MONDAY, '11:00') }],
      });
    });

    it('offers only active engineers who cover the postcode, by district or area, and have every skill', async () => {
      // An area of its own, so the whole-area engineer shows up in no other test.
      const both = { skills: ['dashcam', 'tracker'] };
      const byArea = await createEngineer(testApp.http, 'WF', both);
      const byDistrict = await createEngineer(testApp.http, 'WF1', both);
      await createEngineer(testApp.http, 'WF1', { skills: ['dashcam'] });
      await createEngineer(testApp.http, 'WF1', { ...both, active: false });
      await createEngineer(testApp.http, 'WF2', both);
      const orderId = await placeOrder(testApp, 'WF1', [dashcam, tracker]);

      const { durationMinutes, slots } = await mondaySlots(orderId);
      expect(durationMinutes).toBe(180);
      expect(new Set(slots.map((slot) => slot.engineerId))).toEqual(new Set([byArea.id, byDistrict.id]));
    });

    it('narrows to one engineer with engineerId', async () => {
      const { district, engineer, orderId } = await scenario();
      await createEngineer(testApp.http, district);
      const { slots } = await mondaySlots(orderId, { engineerId: engineer.id });
      expect(new Set(slots.map((slot) => slot.engineerId))).toEqual(new Set([engineer.id]));
    });

    it('leaves out time off', async () => {
      const { engineer, orderId } = await scenario();
      await testApp.http
        .post(`/api/v1/engineers/${engineer.id}/time-off`)
        .send({ start: at(MONDAY, '09:00'), end: at(MONDAY, '11:00'), reason: 'Dentist' })
        .expect(201);
      expect(starts((await mondaySlots(orderId)).slots)[0]).toBe(at(MONDAY, '11:00'));
    });

    it('keeps the travel buffer around the engineer’s other bookings', async () => {
      const { district, engineer, orderId } = await scenario();
      await booked(orderId, engineer.id, at(MONDAY, '12:00'));
      const other = await placeOrder(testApp, district, [dashcam]);
      // 12:00-14:00 is taken; 30 minutes either side stay free.
      expect(starts((await mondaySlots(other)).slots)).toEqual([at(MONDAY, '09:00'), at(MONDAY, '09:30'), at(MONDAY, '14:30'), at(MONDAY, '15:00')]);
    });

    it('offers nothing on a day the engineer’s job limit is reached', async () => {
      const { district, engineer, orderId } = await scenario({ maxJobsPerDay: 1 });
      await booked(orderId, engineer.id, at(MONDAY, '09:00'));
      const other = await placeOrder(testApp, district, [dashcam]);
      const { slots } = await availability({ orderId: other, from: at(MONDAY, '00:00'), to: at('2030-01-09', '00:00') });
      expect(slots.length).toBeGreaterThan(0);
      expect(slots.every((slot) => slot.start.startsWith('2030-01-08'))).toBe(true);
    });

    it('starts no sooner than the lead time and on the slot grid set in settings', async () => {
      await testApp.http.patch('/api/v1/settings').send({ minLeadHours: 72, slotMinutes: 45 }).expect(200);
      const { orderId } = await scenario({ workingHours: { ...weekdays(NINE_TO_FIVE), saturday: [NINE_TO_FIVE], sunday: [NINE_TO_FIVE] } });
      const now = Date.now();
      const { slots } = await availability({ orderId, from: new Date(now).toISOString(), to: new Date(now + 7 * 86_400_000).toISOString() });
      expect(slots.length).toBeGreaterThan(0);
      for (const slot of slots) {
        expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(now + 72 * 3_600_000);
        const local = new Date(slot.start).toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour12: false });
        const [hours, minutes] = local.split(':').map(Number);
        expect((hours! * 60 + minutes!) % 45).toBe(0);
      }
    });

    it.each([
      ['the last Sunday of March', '2030-03-28', '2030-04-02', ['2030-03-28T09:00', '2030-03-29T09:00', '2030-04-01T08:00']],
      ['the last Sunday of October', '2030-10-24', '2030-10-29', ['2030-10-24T08:00', '2030-10-25T08:00', '2030-10-28T09:00']],
    ])('keeps 09:00 London time across %s', async (_label, from, to, firstStarts) => {
      const { orderId } = await scenario({ workingHours: weekdays({ start: '09:00', end: '11:00' }) });
      const { slots } = await availability({ orderId, from: `${from}T00:00:00Z`, to: `${to}T00:00:00Z` });
      expect(slots.map((slot) => slot.start.slice(0, 16))).toEqual(firstStarts);
      expect(slots.every((slot) => Date.parse(slot.end) - Date.parse(slot.start) === 120 * 60_000)).toBe(true);
    });

    it('answers 422 when the work is longer than ten visits of any working span', async () => {
      const district = freshDistrict();
      await createEngineer(testApp.http, district, { workingHours: weekdays({ start: '09:00', end: '09:10' }) });
      const orderId = await placeOrder(testApp, district, [dashcam]);
      const response = await testApp.http.get('/api/v1/bookings/availability').query({ orderId, from: at(MONDAY, '00:00'), to: at('2030-01-08', '00:00') });
      expect(expectStatus(response, 422).body).toMatchObject({ code: 'WORK_LONGER_THAN_WORKING_SPAN', durationMinutes: 120, longestSpanMinutes: 10, maxVisits: 10 });
    });

    it.each([
      ['a window longer than 31 days', { from: at(MONDAY, '00:00'), to: at('2030-02-08', '00:01') }, 'to'],
      ['a window that ends before it starts', { from: at(MONDAY, '12:00'), to: at(MONDAY, '09:00') }, 'to'],
      ['an instant without an offset', { from: '2030-01-07T00:00', to: at(MONDAY, '09:00') }, 'from'],
    ])('answers 400 for %s', async (_label, window, field) => {
      const { orderId } = await scenario();
      const response = await testApp.http.get('/api/v1/bookings/availability').query({ orderId, ...window });
      expect(expectStatus(response, 400).body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('answers 400 for an orderId that is not a UUID and 404 for an order with nothing to install', async () => {
      const window = { from: at(MONDAY, '00:00'), to: at('2030-01-08', '00:00') };
      await testApp.http.get('/api/v1/bookings/availability').query({ orderId: 'nope', ...window }).expect(400);
      const response = await testApp.http.get('/api/v1/bookings/availability').query({ orderId: randomUUID(), ...window });
      expect(expectStatus(response, 404).body.code).toBe('INSTALLATION_NOT_FOUND');
    });
  });

  describe('GET /api/v1/bookings/suggestions', () => {
    /** A zone in which it is now between hour:00 and hour:59, so today's remaining hours are known. */
    function zoneWhereItIsNow(hour: number): string {
      let offset = hour - new Date().getUTCHours();
      if (offset > 14) offset -= 24;
      if (offset < -12) offset += 24;
      // Etc/GMT zone names count the other way: Etc/GMT-3 is three hours ahead of UTC.
      return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
    }

    it('puts the earliest first and, at the same start, the engineer with fewer booked minutes that day', async () => {
      await testApp.http.patch('/api/v1/settings').send({ timezone: zoneWhereItIsNow(2), minLeadHours: 0 }).expect(200);
      const district = freshDistrict();
      const allDay = { start: '00:00', end: '23:30' };
      const workingHours = { ...weekdays(allDay), saturday: [allDay], sunday: [allDay] };
      const busy = await createEngineer(testApp.http, district, { workingHours });
      const free = await createEngineer(testApp.http, district, { workingHours });
      const orderId = await placeOrder(testApp, district, [dashcam]);
      const [earliest] = (await testApp.http.get('/api/v1/bookings/suggestions').query({ orderId, limit: 1 }).expect(200)).body.slots as Slot[];
      // Later the same day, well clear of the earliest slot.
      await booked(await placeOrder(testApp, district, [dashcam]), busy.id, new Date(Date.parse(earliest!.start) + 4 * 3_600_000).toISOString());

      const { body } = await testApp.http.get('/api/v1/bookings/suggestions').query({ orderId, limit: 3 }).expect(200);
      expect(body.durationMinutes).toBe(120);
      expect((body.slots as Slot[]).map((slot) => [slot.engineerId, slot.start])).toEqual([
        [free.id, earliest!.start],
        [busy.id, earliest!.start],
        [free.id, new Date(Date.parse(earliest!.start) + 30 * 60_000).toISOString()],
      ]);
    });

    it('answers 400 for a limit out of range', async () => {
      const { orderId } = await scenario();
      await testApp.http.get('/api/v1/bookings/suggestions').query({ orderId, limit: 21 }).expect(400);
    });
  });

  describe('POST /api/v1/bookings', () => {
    it('books the engineer and schedules the installation with them, in one go, with an audit row', async () => {
      const { engineer, orderId } = await scenario();
      const response = await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: at(MONDAY, '10:00'), notes: 'Bay 4' });
      const booking = expectStatus(response, 201).body as BookingBody;
      const service = await installationOf(orderId);
      expect(booking).toMatchObject({ orderId, engineerId: engineer.id, start: at(MONDAY, '10:00'), end: at(MONDAY, '12:00'), status: 'scheduled', notes: 'Bay 4', serviceIds: [service.id] });
      expect(service).toMatchObject({ status: 'scheduled', engineerId: engineer.id });
      expect(booking.audit).toEqual([
        expect.objectContaining({ action: 'created', oldStatus: null, newStatus: 'scheduled', newEngineerId: engineer.id, newStart: at(MONDAY, '10:00'), actor: testApp.admin.actor }),
      ]);
      const order = await testApp.http.get(`/api/v1/orders/${orderId}`).expect(200);
      expect(order.body.services[0]).toMatchObject({ status: 'scheduled', engineerId: engineer.id });
      expect(order.body.booking).toEqual({ id: booking.id, engineerId: engineer.id, start: at(MONDAY, '10:00'), end: at(MONDAY, '12:00'), status: 'scheduled' });
    });

    it('answers 409 naming the engineer’s overlapping booking, and 409 for an order booked already', async () => {
      const { district, engineer, orderId } = await scenario();
      const first = await booked(orderId, engineer.id, at(MONDAY, '10:00'));
      const other = await placeOrder(testApp, district, [dashcam]);
      const overlap = expectStatus(await book(other, engineer.id, at(MONDAY, '11:00')), 409).body;
      expect(overlap).toMatchObject({ code: 'BOOKING_CONFLICT', conflictingBooking: { id: first.id, start: first.start, end: first.end } });
      const again = expectStatus(await book(orderId, engineer.id, at('2030-01-08', '10:00')), 409).body;
      expect(again).toMatchObject({ code: 'ORDER_ALREADY_BOOKED', existingBooking: { id: first.id } });
    });

    it('answers 422 naming each rule the slot breaks', async () => {
      await testApp.http.patch('/api/v1/settings').send({ minLeadHours: 0 }).expect(200);
      const { district, engineer, orderId } = await scenario({ maxJobsPerDay: 1 });
      await testApp.http.post(`/api/v1/engineers/${engineer.id}/time-off`).send({ start: at('2030-01-08', '09:00'), end: at('2030-01-08', '12:00') }).expect(201);
      await booked(await placeOrder(testApp, district, [dashcam]), engineer.id, at(MONDAY, '09:00'));
      const cases: Array<[string, string]> = [
        [at('2030-01-09', '10:15'), 'SLOT_NOT_ON_GRID'],
        [new Date(Date.now() - 3_600_000).toISOString().slice(0, 14) + '00:00.000Z', 'SLOT_TOO_SOON'],
        [at('2030-01-09', '16:00'), 'OUTSIDE_WORKING_HOURS'],
        [at('2030-01-12', '10:00'), 'OUTSIDE_WORKING_HOURS'],
        [at('2030-01-08', '11:00'), 'ENGINEER_ON_TIME_OFF'],
        [at(MONDAY, '11:00'), 'TRAVEL_BUFFER_NOT_KEPT'],
        [at(MONDAY, '14:00'), 'DAILY_CAPACITY_REACHED'],
      ];
      for (const [start, code] of cases) {
        expect([start, expectStatus(await book(orderId, engineer.id, start), 422).body.code]).toEqual([start, code]);
      }
      expect((await installationOf(orderId)).status).toBe('pending');
    });

    it('answers 422 for an engineer who may not do the job, 404 for an unknown one', async () => {
      const { district, orderId } = await scenario();
      const inactive = await createEngineer(testApp.http, district, { active: false });
      const unskilled = await createEngineer(testApp.http, district, { skills: ['tracker'] });
      const elsewhere = await createEngineer(testApp.http, freshDistrict());
      for (const [engineer, code] of [[inactive, 'ENGINEER_INACTIVE'], [unskilled, 'ENGINEER_LACKS_SKILLS'], [elsewhere, 'ENGINEER_DOES_NOT_COVER_AREA']] as Array<[EngineerFixture, string]>) {
        expect(expectStatus(await book(orderId, engineer.id, at(MONDAY, '10:00')), 422).body.code).toBe(code);
      }
      expect(expectStatus(await book(orderId, randomUUID(), at(MONDAY, '10:00')), 404).body.code).toBe('ENGINEER_NOT_FOUND');
    });

    it('answers 400 naming each bad field', async () => {
      const response = await testApp.http.post('/api/v1/bookings').send({ orderId: 'x', start: '2030-01-07 10:00' });
      const fields = (expectStatus(response, 400).body.errors as Array<{ field: string }>).map((error) => error.field);
      expect(new Set(fields)).toEqual(new Set(['orderId', 'engineerId', 'start']));
    });

    it('maps the database’s own refusals to the same 409s when the checks are bypassed', async () => {
      const repository = testApp.app.get(BookingsRepository);
      const { district, engineer, orderId } = await scenario();
      const first = await booked(orderId, engineer.id, at(MONDAY, '10:00'));
      // As if another writer had committed between this request's check and its insert.
      jest.spyOn(repository, 'lockScheduledByOrder').mockResolvedValueOnce(null);
      const again = expectStatus(await book(orderId, engineer.id, at('2030-01-09', '10:00')), 409).body;
      expect(again).toMatchObject({ code: 'ORDER_ALREADY_BOOKED', existingBooking: { id: first.id } });

      if (!postgres) return;
      jest.spyOn(repository, 'lockEngineerAgendas').mockResolvedValue();
      jest.spyOn(repository, 'findVisitsHoldingTime').mockResolvedValue([]);
      const other = await placeOrder(testApp, district, [dashcam]);
      const overlap = expectStatus(await book(other, engineer.id, at(MONDAY, '11:00')), 409).body;
      expect(overlap).toMatchObject({ code: 'BOOKING_CONFLICT', conflictingBooking: { id: first.id } });
    });
  });

  describe('booking lifecycle', () => {
    it('PATCH moves the booking in time and to another engineer, under the same checks, audited', async () => {
      const { district, engineer, orderId } = await scenario();
      const colleague = await createEngineer(testApp.http, district);
      const booking = await booked(orderId, engineer.id, at(MONDAY, '10:00'));

      const moved = expectStatus(await testApp.http.patch(`/api/v1/bookings/${booking.id}`).send({ start: at(MONDAY, '11:00') }), 200).body as BookingBody;
      expect(moved).toMatchObject({ start: at(MONDAY, '11:00'), end: at(MONDAY, '13:00'), engineerId: engineer.id });
      const handedOver = expectStatus(await testApp.http.patch(`/api/v1/bookings/${booking.id}`).send({ engineerId: colleague.id }), 200).body as BookingBody;
      expect(handedOver.engineerId).toBe(colleague.id);
      expect(handedOver.audit.map((entry) => entry.action)).toEqual(['created', 'rescheduled', 'rescheduled']);
      expect(handedOver.audit[1]).toMatchObject({ oldStart: at(MONDAY, '10:00'), newStart: at(MONDAY, '11:00'), oldStatus: 'scheduled', newStatus: 'scheduled' });
      expect(handedOver.audit[2]).toMatchObject({ oldEngineerId: engineer.id, newEngineerId: colleague.id });
      expect(await installationOf(orderId)).toMatchObject({ status: 'scheduled', engineerId: colleague.id });

      const blocker = await booked(await placeOrder(testApp, district, [dashcam]), engineer.id, at('2030-01-08', '10:00'));
      const conflict = await testApp.http.patch(`/api/v1/bookings/${booking.id}`).send({ engineerId: engineer.id, start: at('2030-01-08', '11:00') });
      expect(expectStatus(conflict, 409).body).toMatchObject({ code: 'BOOKING_CONFLICT', conflictingBooking: { id: blocker.id } });
      const offGrid = await testApp.http.patch(`/api/v1/bookings/${booking.id}`).send({ start: at(MONDAY, '11:10') });
      expect(expectStatus(offGrid, 422).body.code).toBe('SLOT_NOT_ON_GRID');
      expect(expectStatus(await testApp.http.patch(`/api/v1/bookings/${booking.id}`).send({}), 400).body.code).toBe('VALIDATION_FAILED');
      expect(expectStatus(await testApp.http.patch(`/api/v1/bookings/${randomUUID()}`).send({ start: at(MONDAY, '11:00') }), 404).body.code).toBe('BOOKING_NOT_FOUND');
    });

    it('cancel frees the engineer and sends the installation back to pending; a new booking can follow', async () => {
      const { engineer, orderId } = await scenario();
      const booking = await booked(orderId, engineer.id, at(MONDAY, '10:00'));
      const cancelled = expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/cancel`).send({ reason: 'Customer away' }), 200).body as BookingBody;
      expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'Customer away' });
      expect(cancelled.audit[1]).toMatchObject({ action: 'cancelled', oldStatus: 'scheduled', newStatus: 'cancelled', reason: 'Customer away' });
      expect(await installationOf(orderId)).toMatchObject({ status: 'pending', engineerId: null });

      expect(expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/cancel`).send({ reason: 'again' }), 409).body.code).toBe('ILLEGAL_STATE_TRANSITION');
      expect(expectStatus(await testApp.http.patch(`/api/v1/bookings/${booking.id}`).send({ start: at(MONDAY, '11:00') }), 409).body.code).toBe('BOOKING_NOT_SCHEDULED');
      await testApp.http.post(`/api/v1/bookings/${booking.id}/cancel`).send({ reason: '  ' }).expect(400);
      const orderPage = async () => (await testApp.http.get(`/api/v1/orders/${orderId}`).expect(200)).body.booking as { id: string; status: string };
      expect(await orderPage()).toEqual(expect.objectContaining({ id: booking.id, status: 'cancelled' }));

      // The order page shows the active booking ahead of the cancelled one, then the latest once none is active.
      const rebooked = await booked(orderId, engineer.id, at(MONDAY, '10:00'));
      expect(await orderPage()).toEqual(expect.objectContaining({ id: rebooked.id, status: 'scheduled' }));
      await testApp.http.post(`/api/v1/bookings/${rebooked.id}/cancel`).send({ reason: 'Van broke down' }).expect(200);
      expect(await orderPage()).toEqual(expect.objectContaining({ id: rebooked.id, status: 'cancelled' }));
    });

    it('complete needs the work started, then completes the booking and its installation, and the order is fulfilled', async () => {
      const { engineer, orderId } = await scenario();
      const booking = await booked(orderId, engineer.id, at(MONDAY, '10:00'));
      expect(expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/complete`), 409).body).toMatchObject({ code: 'WORK_NOT_STARTED' });

      testApp.clock.travelTo(at(MONDAY, '09:55'));
      await testApp.http.post(`/api/v1/services/${(await installationOf(orderId)).id}/start`).expect(200);
      const completed = expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/complete`), 200).body as BookingBody;
      expect(completed.status).toBe('completed');
      expect(completed.audit.map((entry) => entry.action)).toEqual(['created', 'started', 'completed']);
      expect((await installationOf(orderId)).status).toBe('completed');
      const order = (await testApp.http.get(`/api/v1/orders/${orderId}`).expect(200)).body;
      expect(order.status).toBe('fulfilled');
      expect(order.booking).toMatchObject({ id: booking.id, status: 'completed' });
      expect(order.history.at(-1)).toMatchObject({ fromStatus: 'placed', toStatus: 'fulfilled', reason: 'the installation work is done' });
      expect(expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/no-show`), 409).body.code).toBe('ILLEGAL_STATE_TRANSITION');
    });

    it('starts the work from the local start of the appointment’s day only, recording when the booking started', async () => {
      const { engineer, orderId } = await scenario();
      const booking = await booked(orderId, engineer.id, at(MONDAY, '10:00'));
      const serviceId = (await installationOf(orderId)).id;
      // MONDAY is in winter: the London day starts at midnight UTC.
      testApp.clock.travelTo(at('2030-01-06', '23:59'));
      const tooEarly = expectStatus(await testApp.http.post(`/api/v1/services/${serviceId}/start`), 409).body;
      expect(tooEarly).toMatchObject({ code: 'TOO_EARLY_TO_START', earliestAt: at(MONDAY, '00:00') });
      expect((await installationOf(orderId)).status).toBe('scheduled');

      testApp.clock.travelTo(at(MONDAY, '00:00'));
      await testApp.http.post(`/api/v1/services/${serviceId}/start`).expect(200);
      const { body } = await testApp.http.get(`/api/v1/bookings/${booking.id}`).expect(200);
      expect(body.status).toBe('scheduled');
      // The clock runs on from where it was set.
      expect(Date.parse(body.startedAt) - Date.parse(at(MONDAY, '00:00'))).toBeGreaterThanOrEqual(0);
      expect(Date.parse(body.startedAt) - Date.parse(at(MONDAY, '00:00'))).toBeLessThan(10_000);
    });

    it('no-show, once the appointment has begun, records the wasted visit and its reason and sends the installation back to pending', async () => {
      const { engineer, orderId } = await scenario();
      const booking = await booked(orderId, engineer.id, at(MONDAY, '10:00'));
      const early = expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/no-show`).send({ reason: 'Nobody home' }), 409).body;
      expect(early).toMatchObject({ code: 'APPOINTMENT_NOT_STARTED', earliestAt: at(MONDAY, '10:00') });
      expect(expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/no-show`).send({ reason: '   ' }), 400).body.errors).toEqual([
        expect.objectContaining({ field: 'reason' }),
      ]);

      testApp.clock.travelTo(at(MONDAY, '10:20'));
      const noShow = expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/no-show`).send({ reason: '  Nobody home ' }), 200).body as BookingBody;
      expect(noShow).toMatchObject({ status: 'no_show', noShowReason: 'Nobody home' });
      expect(noShow.audit.map((entry) => [entry.action, entry.reason])).toEqual([
        ['created', null],
        ['no_show', 'Nobody home'],
      ]);
      expect(await installationOf(orderId)).toMatchObject({ status: 'pending', engineerId: null });
      expect(expectStatus(await testApp.http.post(`/api/v1/bookings/${randomUUID()}/complete`), 404).body.code).toBe('BOOKING_NOT_FOUND');
      await testApp.http.post('/api/v1/bookings/not-a-uuid/complete').expect(400);
    });

    it('refuses to cancel or record a no-show once the engineer has started; completing still works', async () => {
      const { engineer, orderId } = await scenario();
      const booking = await booked(orderId, engineer.id, at(MONDAY, '10:00'));
      testApp.clock.travelTo(at(MONDAY, '10:05'));
      await testApp.http.post(`/api/v1/services/${(await installationOf(orderId)).id}/start`).expect(200);
      expect(expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/cancel`).send({ reason: 'x' }), 409).body.code).toBe('INSTALLATION_IN_PROGRESS');
      expect(expectStatus(await testApp.http.post(`/api/v1/bookings/${booking.id}/no-show`), 409).body.code).toBe('INSTALLATION_IN_PROGRESS');
      await testApp.http.post(`/api/v1/bookings/${booking.id}/complete`).expect(200);
      expect((await installationOf(orderId)).status).toBe('completed');
    });

    it('cancels the active booking with its order, in the same transaction as the order', async () => {
      const { engineer, orderId } = await scenario();
      const booking = await booked(orderId, engineer.id, at(MONDAY, '10:00'));
      const cancelled = (await testApp.http.post(`/api/v1/orders/${orderId}/cancel`).send({ reason: 'Vehicle sold' }).expect(200)).body;
      expect(cancelled).toMatchObject({ status: 'cancelled', booking: { id: booking.id, status: 'cancelled' } });

      const { body } = await testApp.http.get(`/api/v1/bookings/${booking.id}`).expect(200);
      expect(body).toMatchObject({ status: 'cancelled', cancellationReason: 'order cancelled: Vehicle sold' });
      expect(body.audit).toHaveLength(2);
      expect(body.audit[1]).toMatchObject({ action: 'cancelled', actor: testApp.admin.actor });
      expect((await installationOf(orderId)).status).toBe('cancelled');
      const refused = expectStatus(await testApp.http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: at(MONDAY, '10:00') }), 409).body;
      expect(refused).toMatchObject({ code: 'ORDER_CANCELLED', orderId, status: 'cancelled' });
    });
  });

  describe('GET /api/v1/bookings', () => {
    it('filters by engineer, status, start range and a day in business time', async () => {
      const { district, engineer, orderId } = await scenario();
      // Monday 1 April 2030, BST: the London day runs from 23:00 UTC on Sunday.
      const early = await booked(orderId, engineer.id, '2030-04-01T08:00:00.000Z');
      const late = await booked(await placeOrder(testApp, district, [dashcam]), engineer.id, '2030-04-02T08:00:00.000Z');
      await testApp.http.post(`/api/v1/bookings/${late.id}/cancel`).send({ reason: 'moved' }).expect(200);

      const ids = async (query: Record<string, string>) =>
        ((await testApp.http.get('/api/v1/bookings').query({ engineerId: engineer.id, ...query }).expect(200)).body.items as BookingBody[]).map((item) => item.id);
      expect(await ids({})).toEqual([late.id, early.id]);
      expect(await ids({ status: 'cancelled' })).toEqual([late.id]);
      expect(await ids({ date: '2030-04-01' })).toEqual([early.id]);
      expect(await ids({ date: '2030-03-31' })).toEqual([]);
      expect(await ids({ from: '2030-04-01T09:00:00Z', to: '2030-04-03T00:00:00Z' })).toEqual([late.id]);
      await testApp.http.get('/api/v1/bookings').query({ date: '2030-02-30' }).expect(400);
      await testApp.http.get('/api/v1/bookings').query({ status: 'lost' }).expect(400);
      await testApp.http.get(`/api/v1/bookings/${randomUUID()}`).expect(404);
    });
  });

  describe('engineer schedule and calendar feed', () => {
    it('GET /engineers/:id/schedule lists the engineer’s bookings and time off in the period', async () => {
      const { engineer, orderId } = await scenario();
      const booking = await booked(orderId, engineer.id, at(MONDAY, '10:00'));
      await testApp.http.post(`/api/v1/engineers/${engineer.id}/time-off`).send({ start: at('2030-01-08', '09:00'), end: at('2030-01-08', '17:00'), reason: 'Training' }).expect(201);
      const { body } = await testApp.http.get(`/api/v1/engineers/${engineer.id}/schedule`).query({ from: at(MONDAY, '00:00'), to: at('2030-01-14', '00:00') }).expect(200);
      expect(body.bookings.map((item: BookingBody) => item.id)).toEqual([booking.id]);
      expect(body.timeOff).toEqual([expect.objectContaining({ start: at('2030-01-08', '09:00'), end: at('2030-01-08', '17:00'), reason: 'Training' })]);
      // Engineers may not read the settings: the schedule names the zone its times are read in.
      const settings = await testApp.http.get('/api/v1/settings').expect(200);
      expect(body.timezone).toBe(settings.body.timezone);
      await testApp.http.get(`/api/v1/engineers/${randomUUID()}/schedule`).query({ from: at(MONDAY, '00:00'), to: at('2030-01-14', '00:00') }).expect(404);
      await testApp.http.get(`/api/v1/engineers/${engineer.id}/schedule`).query({ from: at(MONDAY, '00:00'), to: at('2030-03-14', '00:00') }).expect(400);
    });

    it('GET /engineers/:id/calendar.ics is an iCalendar feed of the scheduled bookings, and the cancelled ones as cancelled, that a standard parser reads', async () => {
      const { district, engineer, orderId } = await scenario();
      const kept = await booked(orderId, engineer.id, at(MONDAY, '10:00'));
      const dropped = await booked(await placeOrder(testApp, district, [dashcam]), engineer.id, at('2030-01-08', '10:00'));
      await testApp.http.post(`/api/v1/bookings/${dropped.id}/cancel`).send({ reason: 'x' }).expect(200);

      const response = await testApp.http.get(`/api/v1/engineers/${engineer.id}/calendar.ics`).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(response.text));
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
      expect(events.map((event) => [event.uid, event.component.getFirstPropertyValue('status')])).toEqual([
        [`booking-${kept.id}@vision-telematics`, 'CONFIRMED'],
        [`booking-${dropped.id}@vision-telematics`, 'CANCELLED'],
      ]);
      expect(events[0]!.startDate.toJSDate().toISOString()).toBe(kept.start);
      expect(events[0]!.endDate.toJSDate().toISOString()).toBe(kept.end);
      await testApp.http.get(`/api/v1/engineers/${randomUUID()}/calendar.ics`).expect(404);
    });
  });

  describe('double booking', () => {
    it('lets exactly one of 50 concurrent overlapping requests for one engineer through, from two app instances', async () => {
      const district = freshDistrict();
      const engineer = await createEngineer(testApp.http, district);
      const orders = await Promise.all(Array.from({ length: 50 }, () => placeOrder(testApp, district, [dashcam])));
      const second = await testApp.startAnotherInstance();
      try {
        // Starts within 90 minutes of each other: every pair of two-hour jobs overlaps.
        const starts = ['09:00', '09:30', '10:00', '10:30'];
        const responses = await Promise.all(
          orders.map((orderId, index) =>
            (index % 2 === 0 ? testApp : second).http.post('/api/v1/bookings').send({ orderId, engineerId: engineer.id, start: at(MONDAY, starts[index % 4]!) }),
          ),
        );
        const statuses = responses.map((response) => response.status);
        expect(statuses.filter((status) => status === 201)).toHaveLength(1);
        expect(statuses.filter((status) => status === 409)).toHaveLength(49);
        expect(responses.filter((response) => response.status === 409).every((response) => response.body.code === 'BOOKING_CONFLICT')).toBe(true);
      } finally {
        await second.close();
      }
      const active = await dataSource.getRepository(BookingEntity).countBy({ engineerId: engineer.id, status: 'scheduled' });
      expect(active).toBe(1);
    });
  });
});
