import { setTimeout as delay } from 'node:timers/promises';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { ProductFixture, expectStatus } from './support/fixtures';
import { BookedJob, bookedJob, createEngineer, freshDistrict, installableProduct, placeOrder } from './support/scheduling';
import { AppInstance, TestApp, createTestApp } from './support/test-app';

// Monday 7 January 2030: GMT, so London time equals UTC. A dashcam fitting takes two hours.
const MONDAY = '2030-01-07';
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
const PROBLEM_JSON = /^application\/problem\+json/;

describe('Engineer commitments: time off and deactivation against bookings (e2e)', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let dashcam: ProductFixture;
  const postgres = Boolean(process.env.E2E_DATABASE_URL);

  beforeAll(async () => {
    process.env.OUTBOX_POLL_INTERVAL_MS = '3600000';
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    await testApp.http
      .patch('/api/v1/settings')
      .send({ timezone: 'Europe/London', slotMinutes: 30, minLeadHours: 24, travelBufferMinutes: 30 })
      .expect(200);
    dashcam = await installableProduct(testApp.http, 'dashcam', 120);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const timeOffOf = (engineerId: string) => `/api/v1/engineers/${engineerId}/time-off`;

  function addTimeOff(engineerId: string, start: string, end: string) {
    return testApp.http.post(timeOffOf(engineerId)).send({ start, end });
  }

  async function timeOffStarts(engineerId: string): Promise<string[]> {
    const { body } = await testApp.http.get(timeOffOf(engineerId)).expect(200);
    return body.map((entry: { start: string }) => entry.start);
  }

  async function orderNumberOf(orderId: string): Promise<string> {
    return (await testApp.http.get(`/api/v1/orders/${orderId}`).expect(200)).body.number;
  }

  /** An engineer booked for a dashcam fitting on Monday 10:00-12:00. */
  function mondayJob(): Promise<BookedJob> {
    return bookedJob(testApp, dashcam, at(MONDAY, '10:00'));
  }

  describe('time off over booked work', () => {
    it.each([
      ['overlapping its end', '11:00', '13:00'],
      ['overlapping its start', '08:00', '10:30'],
      ['inside it', '10:30', '11:00'],
      ['covering it', '00:00', '23:59'],
    ])('is a 409 TIME_OFF_OVERLAPS_BOOKINGS naming the booking, its order number and start, for a period %s', async (_case, from, to) => {
      const job = await mondayJob();
      const response = expectStatus(await addTimeOff(job.engineer.id, at(MONDAY, from), at(MONDAY, to)), 409);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toMatchObject({
        status: 409,
        code: 'TIME_OFF_OVERLAPS_BOOKINGS',
        bookings: [{ id: job.bookingId, orderNumber: await orderNumberOf(job.orderId), start: at(MONDAY, '10:00') }],
      });
      expect(await timeOffStarts(job.engineer.id)).toEqual([]);
    });

    it('lists every booking in the way, earliest first, and only that engineer’s', async () => {
      const job = await mondayJob();
      const later = await placeOrder(testApp, job.district, [dashcam]);
      const second = expectStatus(
        await testApp.http.post('/api/v1/bookings').send({ orderId: later, engineerId: job.engineer.id, start: at('2030-01-09', '14:00') }),
        201,
      ).body as { id: string };
      // Another engineer's job in the same period is not theirs to answer for.
      await mondayJob();

      const { body } = expectStatus(await addTimeOff(job.engineer.id, at(MONDAY, '00:00'), at('2030-01-12', '00:00')), 409);
      expect(body.bookings).toEqual([
        { id: job.bookingId, orderNumber: await orderNumberOf(job.orderId), start: at(MONDAY, '10:00') },
        { id: second.id, orderNumber: await orderNumberOf(later), start: at('2030-01-09', '14:00') },
      ]);
    });

    it('is accepted beside a booked job (periods are half-open) and over a cancelled one', async () => {
      const job = await mondayJob();
      expectStatus(await addTimeOff(job.engineer.id, at(MONDAY, '09:00'), at(MONDAY, '10:00')), 201);
      expectStatus(await addTimeOff(job.engineer.id, at(MONDAY, '12:00'), at(MONDAY, '17:00')), 201);

      await testApp.http.post(`/api/v1/bookings/${job.bookingId}/cancel`).send({ reason: 'Engineer on a course' }).expect(200);
      expectStatus(await addTimeOff(job.engineer.id, at(MONDAY, '10:00'), at(MONDAY, '12:00')), 201);
      expect(await timeOffStarts(job.engineer.id)).toEqual([at(MONDAY, '09:00'), at(MONDAY, '10:00'), at(MONDAY, '12:00')]);
    });
  });

  describe('overlapping time off', () => {
    it('is refused with 409 TIME_OFF_OVERLAPS naming the existing entry, repeated or overlapping; adjacent is fine', async () => {
      const engineer = await createEngineer(testApp.http, freshDistrict());
      const existing = expectStatus(await addTimeOff(engineer.id, '2030-02-04T09:00:00Z', '2030-02-08T17:00:00+00:00'), 201).body as {
        id: string;
      };
      const named = { id: existing.id, start: '2030-02-04T09:00:00.000Z', end: '2030-02-08T17:00:00.000Z' };

      for (const [start, end] of [
        ['2030-02-04T09:00:00Z', '2030-02-08T17:00:00Z'], // the same again
        ['2030-02-08T16:00:00Z', '2030-02-09T12:00:00Z'], // over its end
        ['2030-02-05T10:00:00+01:00', '2030-02-05T11:00:00+01:00'], // inside it, in another offset
        ['2030-02-01T00:00:00Z', '2030-02-28T00:00:00Z'], // around it
      ]) {
        const response = expectStatus(await addTimeOff(engineer.id, start!, end!), 409);
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
        expect([start, response.body]).toEqual([start, expect.objectContaining({ code: 'TIME_OFF_OVERLAPS', timeOff: named })]);
      }
      expectStatus(await addTimeOff(engineer.id, '2030-02-08T17:00:00Z', '2030-02-09T17:00:00Z'), 201);
      expectStatus(await addTimeOff(engineer.id, '2030-02-03T09:00:00Z', '2030-02-04T09:00:00Z'), 201);
      expect(await timeOffStarts(engineer.id)).toEqual(['2030-02-03T09:00:00.000Z', '2030-02-04T09:00:00.000Z', '2030-02-08T17:00:00.000Z']);

      // Another engineer's time off is theirs alone.
      const colleague = await createEngineer(testApp.http, freshDistrict());
      expectStatus(await addTimeOff(colleague.id, '2030-02-04T09:00:00Z', '2030-02-08T17:00:00Z'), 201);
    });
  });

  describe('deactivation', () => {
    it('is a 409 ENGINEER_HAS_BOOKINGS by DELETE and by PATCH active:false while a booking is ahead; 204 once it is cancelled', async () => {
      const job = await mondayJob();
      const engineerUrl = `/api/v1/engineers/${job.engineer.id}`;
      const booking = { id: job.bookingId, orderNumber: await orderNumberOf(job.orderId), start: at(MONDAY, '10:00') };
      const refusal = { code: 'ENGINEER_HAS_BOOKINGS', bookings: [booking] };

      const deleted = expectStatus(await testApp.http.delete(engineerUrl), 409);
      expect(deleted.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(deleted.body).toMatchObject(refusal);
      expect(expectStatus(await testApp.http.patch(engineerUrl).send({ active: false, name: 'Renamed' }), 409).body).toMatchObject(refusal);
      expect((await testApp.http.get(engineerUrl).expect(200)).body).toMatchObject({ active: true, name: job.engineer.name });

      // Other changes, and PATCH active:true, are not about bookings.
      expectStatus(await testApp.http.patch(engineerUrl).send({ active: true, name: 'Renamed' }), 200);

      await testApp.http.post(`/api/v1/bookings/${job.bookingId}/cancel`).send({ reason: 'Engineer leaving' }).expect(200);
      await testApp.http.delete(engineerUrl).expect(204);
      expect((await testApp.http.get(engineerUrl).expect(200)).body).toMatchObject({ active: false, name: 'Renamed' });
      await testApp.http.delete(engineerUrl).expect(204);
    });

    it('is not held up by a scheduled booking that has ended', async () => {
      const job = await mondayJob();
      testApp.clock.travelTo(at(MONDAY, '12:00'));
      try {
        await testApp.http.delete(`/api/v1/engineers/${job.engineer.id}`).expect(204);
      } finally {
        testApp.clock.reset();
      }
    });

    it('by PATCH active:false succeeds for an engineer without bookings', async () => {
      const engineer = await createEngineer(testApp.http, freshDistrict());
      const { body } = expectStatus(await testApp.http.patch(`/api/v1/engineers/${engineer.id}`).send({ active: false }), 200);
      expect(body).toMatchObject({ id: engineer.id, active: false });
    });
  });

  describe('concurrency', () => {
    interface Outcome {
      booking: number;
      other: number;
      /** The problem codes of the two answers, the booking's first. */
      codes: string[];
    }

    /**
     * 20 engineers, each with an order to book on Monday 10:00. For each, the booking and the
     * other request are sent at once, to different app instances (alternating which gets which).
     */
    async function race(other: (instance: AppInstance, engineerId: string) => Promise<Response>) {
      // One district for all: each booking names its engineer. (freshDistrict() runs out at LS99.)
      const district = freshDistrict();
      const jobs = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const engineer = await createEngineer(testApp.http, district);
          return { engineerId: engineer.id, orderId: await placeOrder(testApp, district, [dashcam]) };
        }),
      );
      const second = await testApp.startAnotherInstance();
      try {
        const outcomes = await Promise.all(
          jobs.map(async ({ engineerId, orderId }, index): Promise<Outcome> => {
            const [bookingSide, otherSide] = index % 2 === 0 ? [testApp, second] : [second, testApp];
            // A booking does more work before its transaction than the other request: a head
            // start of a few milliseconds for some pairs lets either side win some races.
            const [booking, answer] = await Promise.all([
              bookingSide.http.post('/api/v1/bookings').send({ orderId, engineerId, start: at(MONDAY, '10:00') }),
              delay((index % 5) * 3).then(() => other(otherSide, engineerId)),
            ]);
            return { booking: booking.status, other: answer.status, codes: [booking.body.code, answer.body.code].filter(Boolean) };
          }),
        );
        return { engineerIds: jobs.map((job) => job.engineerId), outcomes };
      } finally {
        await second.close();
      }
    }

    const bothThrough = (outcomes: Outcome[]) => outcomes.filter((outcome) => outcome.booking === 201 && outcome.other < 300);


    it('never lets a booking and an overlapping time off both through', async () => {
      const { engineerIds, outcomes } = await race((instance, engineerId) =>
        instance.http.post(timeOffOf(engineerId)).send({ start: at(MONDAY, '11:00'), end: at(MONDAY, '13:00') }),
      );

      expect(bothThrough(outcomes)).toEqual([]);
      // Exactly one of each pair: the loser is refused for the winner's sake, never for another reason.
      for (const outcome of outcomes) {
        if (outcome.booking === 201) expect(outcome).toMatchObject({ other: 409, codes: ['TIME_OFF_OVERLAPS_BOOKINGS'] });
        else expect(outcome).toMatchObject({ booking: 422, other: 201, codes: ['ENGINEER_ON_TIME_OFF'] });
      }
      // And the database agrees: no scheduled booking of theirs overlaps their time off.
      const placeholders = engineerIds.map((_, index) => (postgres ? `$${index + 1}` : '?')).join(', ');
      const [{ overlapping }] = await dataSource.query(
        `SELECT COUNT(*) AS "overlapping" FROM "bookings" "b" JOIN "engineer_time_off" "t" ON "t"."engineer_id" = "b"."engineer_id"` +
          ` WHERE "b"."engineer_id" IN (${placeholders}) AND "b"."status" = 'scheduled'` +
          ` AND "b"."start_at" < "t"."end_at" AND "b"."end_at" > "t"."start_at"`,
        engineerIds,
      );
      expect(Number(overlapping)).toBe(0);
    });

    it('never lets a booking through for an engineer being deactivated at the same moment', async () => {
      const NOT_ELIGIBLE = /^ENGINEER_(INACTIVE|DOES_NOT_COVER_AREA)$/;
      const { engineerIds, outcomes } = await race((instance, engineerId) => instance.http.delete(`/api/v1/engineers/${engineerId}`));

      expect(bothThrough(outcomes)).toEqual([]);
      for (const outcome of outcomes) {
        if (outcome.booking === 201) expect(outcome).toMatchObject({ other: 409, codes: ['ENGINEER_HAS_BOOKINGS'] });
        // A deactivation committed between the booking's two eligibility reads (the engineer,
        // then the active engineers covering the area) reads as not covering the area.
        else expect(outcome).toMatchObject({ booking: 422, other: 204, codes: [expect.stringMatching(NOT_ELIGIBLE)] });
      }
      const placeholders = engineerIds.map((_, index) => (postgres ? `$${index + 1}` : '?')).join(', ');
      const [{ stranded }] = await dataSource.query(
        `SELECT COUNT(*) AS "stranded" FROM "bookings" "b" JOIN "engineers" "e" ON "e"."id" = "b"."engineer_id"` +
          ` WHERE "b"."engineer_id" IN (${placeholders}) AND "b"."status" = 'scheduled' AND "e"."active" = ${postgres ? 'false' : '0'}`,
        engineerIds,
      );
      expect(Number(stranded)).toBe(0);
    });
  });
});
