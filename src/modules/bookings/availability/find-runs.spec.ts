import * as fc from 'fast-check';
import type { GeoPoint } from '@app/common';
import { LONDON_RULES, agenda, booked, interval, weekdayHours } from './availability.fixtures';
import { BusinessCalendar } from './business-calendar';
import { blockedPeriods } from './blocked-periods';
import { findRuns } from './find-slots';
import { EpochInterval, Interval, MINUTE_MS } from './interval';
import { SlotGrid } from './slot-grid';
import { EngineerAgenda, SchedulingRules, checkVisits, planBooking } from './slot-rules';
import { runHorizonDays } from './visit-plan';

const NOW = new Date('2026-01-01T00:00:00Z');
const DAY_MS = 24 * 60 * MINUTE_MS;
const iso = (instant: number) => new Date(instant).toISOString().slice(0, 16);
const runsOf = (runs: EpochInterval[][]) => runs.map((visits) => visits.map((visit) => `${iso(visit.start)}/${iso(visit.end).slice(11)}`));

/** The search as AvailabilityService runs it: a grid reaching the run horizon past the window. */
function search(engineer: EngineerAgenda, rules: SchedulingRules, window: Interval, durationMinutes: number, now = NOW, site: GeoPoint | null = null) {
  const horizon = runHorizonDays(durationMinutes, engineer.workingHours, rules.slotMinutes);
  const gridWindow = { start: window.start, end: new Date(window.end.getTime() + (horizon + 1) * DAY_MS) };
  const grid = new SlotGrid(new BusinessCalendar(rules.timezone), gridWindow, rules.slotMinutes);
  return findRuns(engineer, rules, { window, durationMinutes, now, site }, grid);
}

// Monday 12 January 2026 (GMT) to Friday.
const week = interval('2026-01-12T00:00:00Z', '2026-01-17T00:00:00Z');

describe('findRuns', () => {
  it('offers a run from every grid time of a working day, the second visit at the next day’s start', () => {
    const runs = search(agenda(), LONDON_RULES, interval('2026-01-12T00:00:00Z', '2026-01-13T00:00:00Z'), 900);
    expect(runs).toHaveLength(16);
    expect(runsOf(runs)[0]).toEqual(['2026-01-12T09:00/17:00', '2026-01-13T09:00/16:00']);
    expect(runsOf(runs)[15]).toEqual(['2026-01-12T16:30/17:00', '2026-01-13T09:00/17:00', '2026-01-14T09:00/15:30']);
  });

  it('refuses a run any visit of which meets another booking (with the travel buffer) or time off', () => {
    const rules = { ...LONDON_RULES, travelBufferMinutes: 30 };
    const engineer = agenda({
      bookings: [booked('b-1', '2026-01-13T16:00:00Z', '2026-01-13T17:00:00Z')],
      timeOff: [interval('2026-01-15T09:00:00Z', '2026-01-15T10:00:00Z')],
    });
    const starts = runsOf(search(engineer, rules, week, 900)).map((visits) => visits[0]);
    // Monday from 09:00: Tuesday's visit would reach 16:00, inside the buffer before b-1 (15:30).
    expect(starts).not.toContain('2026-01-12T09:00/17:00');
    // Tuesday itself: the first visit would run into b-1.
    expect(starts.some((start) => start!.startsWith('2026-01-13'))).toBe(false);
    // Wednesday's runs end on Thursday, which starts with time off.
    expect(starts.some((start) => start!.startsWith('2026-01-14'))).toBe(false);
    expect(starts).toContain('2026-01-15T10:00/17:00');
  });

  it('refuses a run with a visit on a day at the job limit', () => {
    const engineer = agenda({ maxJobsPerDay: 1, bookings: [booked('b-1', '2026-01-13T09:00:00Z', '2026-01-13T09:30:00Z')] });
    const starts = runsOf(search(engineer, LONDON_RULES, week, 900)).map((visits) => visits[0]!.slice(0, 10));
    expect(new Set(starts)).toEqual(new Set(['2026-01-14', '2026-01-15', '2026-01-16']));
  });

  it('agrees with planBooking and checkVisits on every grid time, across the spring change, on a busy agenda', () => {
    const rules = { ...LONDON_RULES, slotMinutes: 30, minLeadHours: 2, travelBufferMinutes: 20 };
    const engineer = agenda({
      workingHours: { ...weekdayHours({ start: '08:00', end: '12:30' }, { start: '13:15', end: '18:00' }), saturday: [{ start: '09:00', end: '12:00' }] },
      timeOff: [interval('2026-03-27T14:00:00Z', '2026-03-27T15:10:00Z')],
      bookings: [booked('b-1', '2026-03-26T15:00:00Z', '2026-03-26T16:00:00Z'), booked('b-2', '2026-03-30T08:00:00Z', '2026-03-30T09:30:00Z')],
      maxJobsPerDay: 2,
    });
    const window = interval('2026-03-25T00:00:00Z', '2026-04-01T00:00:00Z');
    expectAgreement(engineer, rules, window, 400, new Date('2026-03-25T10:05:00Z'));
  });

  it('agrees with planBooking and checkVisits for random agendas (property)', () => {
    const period = fc.tuple(fc.integer({ min: 0, max: 14 * 48 }), fc.integer({ min: 1, max: 20 })).map(([half, length]) => {
      const start = Date.parse('2026-03-23T00:00:00Z') + half * 30 * MINUTE_MS;
      return { start: new Date(start), end: new Date(start + length * 30 * MINUTE_MS) };
    });
    fc.assert(
      fc.property(
        fc.array(period, { maxLength: 6 }),
        fc.array(period, { maxLength: 8 }),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
        fc.integer({ min: 481, max: 2500 }),
        fc.integer({ min: 0, max: 60 }),
        (timeOff, bookings, maxJobsPerDay, minutes, buffer) => {
          const engineer = agenda({
            timeOff,
            bookings: bookings.map((booking, index) => ({ bookingId: `b-${index}`, ...booking })),
            maxJobsPerDay,
          });
          expectAgreement(engineer, { ...LONDON_RULES, travelBufferMinutes: buffer }, interval('2026-03-23T00:00:00Z', '2026-03-31T00:00:00Z'), minutes, NOW);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with planBooking and checkVisits with travel between located visits and from home (property)', () => {
    const point = fc.option(fc.record({ lat: fc.double({ min: 51.3, max: 51.7, noNaN: true }), lng: fc.double({ min: -0.5, max: 0.3, noNaN: true }) }), { nil: null });
    const period = fc.tuple(fc.integer({ min: 0, max: 10 * 48 }), fc.integer({ min: 1, max: 8 }), point).map(([half, length, location]) => {
      const start = Date.parse('2026-03-23T00:00:00Z') + half * 30 * MINUTE_MS;
      return { start: new Date(start), end: new Date(start + length * 30 * MINUTE_MS), location };
    });
    fc.assert(
      fc.property(fc.array(period, { maxLength: 8 }), point, point, fc.boolean(), fc.integer({ min: 0, max: 45 }), fc.integer({ min: 481, max: 2000 }), (bookings, site, home, travelFromHome, buffer, minutes) => {
        const engineer = agenda({ bookings: bookings.map((booking, index) => ({ bookingId: `b-${index}`, ...booking })), homeLocation: home });
        const rules = { ...LONDON_RULES, travelBufferMinutes: buffer, travelFromHome };
        expectAgreement(engineer, rules, interval('2026-03-23T00:00:00Z', '2026-03-31T00:00:00Z'), minutes, NOW, site);
      }),
      { numRuns: 40 },
    );
  });

  it('offers only runs clear of every blocked period', () => {
    const engineer = agenda({ bookings: [booked('b-1', '2026-01-14T12:00:00Z', '2026-01-14T13:00:00Z')], timeOff: [interval('2026-01-13T10:00:00Z', '2026-01-13T11:00:00Z')] });
    const blocked = blockedPeriods(engineer, { ...LONDON_RULES, travelBufferMinutes: 30 });
    for (const visits of search(engineer, { ...LONDON_RULES, travelBufferMinutes: 30 }, week, 700)) {
      for (const visit of visits) expect(blocked.some((period) => period.start < visit.end && visit.start < period.end)).toBe(false);
    }
  });
});

function expectAgreement(engineer: EngineerAgenda, rules: SchedulingRules, window: Interval, durationMinutes: number, now: Date, site: GeoPoint | null = null): void {
  const offered = new Map(search(engineer, rules, window, durationMinutes, now, site).map((visits) => [visits[0]!.start, visits]));
  for (let time = window.start.getTime(); time < window.end.getTime(); time += rules.slotMinutes * MINUTE_MS) {
    const plan = planBooking(engineer.workingHours, rules, new Date(time), durationMinutes, now);
    const accepted = 'visits' in plan && checkVisits(engineer, rules, plan.visits, now, site) === null ? plan.visits : null;
    const found = offered.get(time);
    expect([iso(time), found?.map((visit) => [visit.start, visit.end]) ?? null]).toEqual([
      iso(time),
      accepted?.map((visit) => [visit.start.getTime(), visit.end.getTime()]) ?? null,
    ]);
  }
}
