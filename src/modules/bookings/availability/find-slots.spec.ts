import * as fc from 'fast-check';
import type { GeoPoint } from '@app/common';
import { LONDON_RULES, NINE_TO_FIVE, agenda, booked, interval, weekdayHours } from './availability.fixtures';
import { blockedPeriods } from './blocked-periods';
import { findSlots } from './find-slots';
import { Interval } from './interval';
import { EngineerAgenda, SchedulingRules, checkSlot } from './slot-rules';

const NOW = new Date('2026-01-01T00:00:00Z');
const iso = (instant: number) => new Date(instant).toISOString();
const starts = (slots: number[]) => slots.map((start) => iso(start).slice(0, 16));
const mondayWindow = interval('2026-01-12T00:00:00Z', '2026-01-13T00:00:00Z');

describe('findSlots', () => {
  it('offers every grid time at which the work fits inside a span', () => {
    const slots = findSlots(agenda(), LONDON_RULES, { window: mondayWindow, durationMinutes: 420, now: NOW });
    expect(starts(slots)).toEqual(['2026-01-12T09:00', '2026-01-12T09:30', '2026-01-12T10:00']);
  });

  it('never offers work across the gap between two spans', () => {
    const split = agenda({ workingHours: weekdayHours({ start: '09:00', end: '12:00' }, { start: '13:00', end: '15:00' }) });
    const slots = findSlots(split, LONDON_RULES, { window: mondayWindow, durationMinutes: 120, now: NOW });
    expect(starts(slots)).toEqual(['2026-01-12T09:00', '2026-01-12T09:30', '2026-01-12T10:00', '2026-01-12T13:00']);
  });

  it('offers nothing when the work is longer than every span', () => {
    expect(findSlots(agenda(), LONDON_RULES, { window: mondayWindow, durationMinutes: 481, now: NOW })).toEqual([]);
  });

  it('keeps to the slot grid set in settings', () => {
    const rules = { ...LONDON_RULES, slotMinutes: 90 };
    const slots = findSlots(agenda(), rules, { window: mondayWindow, durationMinutes: 330, now: NOW });
    // 09:00 (540 minutes after midnight) and 10:30 are on a 90-minute grid; 12:00 would end after 17:00.
    expect(starts(slots)).toEqual(['2026-01-12T09:00', '2026-01-12T10:30']);
  });

  it('offers only slots that start inside the window', () => {
    const window = interval('2026-01-12T10:00:00Z', '2026-01-12T11:00:00Z');
    expect(starts(findSlots(agenda(), LONDON_RULES, { window, durationMinutes: 240, now: NOW }))).toEqual([
      '2026-01-12T10:00',
      '2026-01-12T10:30',
    ]);
  });

  it('starts no sooner than the lead time from now', () => {
    const now = new Date('2026-01-11T13:10:00Z');
    const rules = { ...LONDON_RULES, minLeadHours: 24 };
    const slots = findSlots(agenda(), rules, { window: mondayWindow, durationMinutes: 180, now });
    expect(starts(slots)).toEqual(['2026-01-12T13:30', '2026-01-12T14:00']);
  });

  it('leaves out time off and keeps the travel buffer around existing bookings', () => {
    const engineer = agenda({
      timeOff: [interval('2026-01-12T09:00:00Z', '2026-01-12T11:00:00Z')],
      bookings: [booked('b-1', '2026-01-12T13:00:00Z', '2026-01-12T14:00:00Z')],
    });
    const rules = { ...LONDON_RULES, travelBufferMinutes: 30 };
    const slots = findSlots(engineer, rules, { window: mondayWindow, durationMinutes: 60, now: NOW });
    expect(starts(slots)).toEqual([
      '2026-01-12T11:00',
      '2026-01-12T11:30',
      '2026-01-12T14:30',
      '2026-01-12T15:00',
      '2026-01-12T15:30',
      '2026-01-12T16:00',
    ]);
  });

  it('offers nothing on a day whose job limit is reached, and the next day as usual', () => {
    const engineer = agenda({ maxJobsPerDay: 1, bookings: [booked('b-1', '2026-01-12T09:00:00Z', '2026-01-12T10:00:00Z')] });
    const window = interval('2026-01-12T00:00:00Z', '2026-01-14T00:00:00Z');
    const slots = findSlots(engineer, LONDON_RULES, { window, durationMinutes: 450, now: NOW });
    expect(starts(slots)).toEqual(['2026-01-13T09:00', '2026-01-13T09:30']);
  });

  describe('in the weeks of the clock changes', () => {
    const firstSlotEachDay = (from: string, to: string) =>
      starts(
        findSlots(agenda({ workingHours: NINE_TO_FIVE }), LONDON_RULES, {
          window: interval(from, to),
          durationMinutes: 480,
          now: NOW,
        }),
      );

    it('keeps 09:00 local from GMT to BST (last Sunday of March)', () => {
      expect(firstSlotEachDay('2026-03-26T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
        '2026-03-26T09:00', // Thursday, GMT
        '2026-03-27T09:00', // Friday, GMT
        '2026-03-30T08:00', // Monday, BST
      ]);
    });

    it('keeps 09:00 local from BST to GMT (last Sunday of October)', () => {
      expect(firstSlotEachDay('2026-10-22T00:00:00Z', '2026-10-27T00:00:00Z')).toEqual([
        '2026-10-22T08:00', // Thursday, BST
        '2026-10-23T08:00', // Friday, BST
        '2026-10-26T09:00', // Monday, GMT
      ]);
    });

    it('keeps the whole span the same clock length either side of the change', () => {
      const slots = findSlots(agenda(), LONDON_RULES, { window: interval('2026-03-23T00:00:00Z', '2026-04-04T00:00:00Z'), durationMinutes: 60, now: NOW });
      const perDay = new Map<string, number>();
      for (const start of slots) {
        const day = iso(start).slice(0, 10);
        perDay.set(day, (perDay.get(day) ?? 0) + 1);
      }
      expect(perDay.get('2026-03-27')).toBe(15);
      expect(perDay.get('2026-03-30')).toBe(15);
    });
  });
});

describe('blockedPeriods', () => {
  it('widens bookings by the travel buffer, keeps time off as it is, and merges what overlaps, by start', () => {
    const engineer = agenda({
      timeOff: [interval('2026-01-12T15:00:00Z', '2026-01-12T16:00:00Z'), interval('2026-01-12T09:00:00Z', '2026-01-12T10:00:00Z')],
      bookings: [booked('b-1', '2026-01-12T10:15:00Z', '2026-01-12T11:00:00Z'), booked('b-2', '2026-01-12T13:00:00Z', '2026-01-12T14:00:00Z')],
    });
    expect(blockedPeriods(engineer, { ...LONDON_RULES, travelBufferMinutes: 30 }).map(({ start, end }) => [iso(start).slice(11, 16), iso(end).slice(11, 16)])).toEqual([
      ['09:00', '11:30'],
      ['12:30', '14:30'],
      ['15:00', '16:00'],
    ]);
  });

  it('keeps periods that only touch apart, and swallows one inside another', () => {
    const engineer = agenda({
      timeOff: [interval('2026-01-12T09:00:00Z', '2026-01-12T17:00:00Z'), interval('2026-01-12T17:00:00Z', '2026-01-12T18:00:00Z')],
      bookings: [booked('b-1', '2026-01-12T10:00:00Z', '2026-01-12T11:00:00Z')],
    });
    expect(blockedPeriods(engineer, LONDON_RULES).map(({ start, end }) => [iso(start).slice(11, 16), iso(end).slice(11, 16)])).toEqual([
      ['09:00', '17:00'],
      ['17:00', '18:00'],
    ]);
  });
});

describe('findSlots and checkSlot agree', () => {
  function expectAgreement(engineer: EngineerAgenda, rules: SchedulingRules, window: Interval, durationMinutes: number, now: Date, site: GeoPoint | null = null) {
    const offered = new Set(starts(findSlots(engineer, rules, { window, durationMinutes, now, site })));
    for (let time = window.start.getTime(); time < window.end.getTime(); time += rules.slotMinutes * 60_000) {
      const slot = { start: new Date(time), end: new Date(time + durationMinutes * 60_000) };
      const accepted = checkSlot(engineer, rules, slot, now, site) === null;
      expect([slot.start.toISOString(), offered.has(slot.start.toISOString().slice(0, 16))]).toEqual([slot.start.toISOString(), accepted]);
    }
    return offered;
  }

  it('offers exactly the grid times that checkSlot accepts, on a busy agenda across a clock change', () => {
    const rules = { ...LONDON_RULES, slotMinutes: 15, minLeadHours: 2, travelBufferMinutes: 20 };
    const engineer = agenda({
      workingHours: weekdayHours({ start: '08:00', end: '12:30' }, { start: '13:15', end: '18:00' }),
      timeOff: [interval('2026-03-27T14:00:00Z', '2026-03-27T15:10:00Z')],
      bookings: [booked('b-1', '2026-03-26T15:00:00Z', '2026-03-26T16:00:00Z'), booked('b-2', '2026-03-30T08:00:00Z', '2026-03-30T09:30:00Z')],
      maxJobsPerDay: 3,
    });
    const window = interval('2026-03-26T00:00:00Z', '2026-04-01T00:00:00Z');
    const offered = expectAgreement(engineer, rules, window, 75, new Date('2026-03-26T10:05:00Z'));
    expect(offered.size).toBeGreaterThan(50);
  });

  // The autumn night starts at 02:00: the grid offers the repeated hour before it once, at its
  // first occurrence, while checkSlot would accept a booking at the second as well.
  it.each([
    ['the spring change', '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z', '00:00'],
    ['the autumn change', '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z', '02:00'],
  ])('agrees through the night of %s, with overlapping time off and bookings given out of order', (_label, from, to, nightStart) => {
    const night = [{ start: nightStart, end: '05:00' }, { start: '09:00', end: '17:00' }];
    const hours = { ...weekdayHours(...night), saturday: night, sunday: night };
    const day = from.slice(0, 8);
    const engineer = agenda({
      workingHours: hours,
      timeOff: [interval(`${day}29T09:00:00Z`, `${day}29T13:00:00Z`), interval(`${day}25T10:00:00Z`, `${day}25T11:00:00Z`)],
      bookings: [
        booked('b-2', `${day}30T14:00:00Z`, `${day}30T15:00:00Z`),
        booked('b-1', `${day}29T11:00:00Z`, `${day}29T14:30:00Z`),
        booked('b-3', `${day}28T01:00:00Z`, `${day}28T01:30:00Z`),
      ],
      maxJobsPerDay: 2,
    });
    const rules = { ...LONDON_RULES, travelBufferMinutes: 15 };
    const offered = expectAgreement(engineer, rules, interval(from, to), 60, NOW);
    expect(offered.size).toBeGreaterThan(20);
  });
});

describe('travel between located jobs', () => {
  const HERE = { lat: 51.5, lng: -0.12 };
  // 20 km east: 20 × 1.3 = 26 road km: a little under 39 minutes at 40 km/h along the great circle, so 39.
  const TWENTY_KM_EAST = { lat: 51.5, lng: -0.12 + 20 / (111.32 * Math.cos((51.5 * Math.PI) / 180)) };
  const rules = { ...LONDON_RULES, travelBufferMinutes: 15 };
  const window = interval('2026-01-12T00:00:00Z', '2026-01-13T00:00:00Z');

  it('keeps the travel time from a located booking where the flat buffer would have allowed less', () => {
    const engineer = agenda({ bookings: [{ ...booked('b-1', '2026-01-12T09:00:00Z', '2026-01-12T10:00:00Z'), location: TWENTY_KM_EAST }] });
    const offered = starts(findSlots(engineer, rules, { window, durationMinutes: 60, now: NOW, site: HERE }));
    // 10:15 would keep the 15-minute buffer; 39 minutes of travel need 10:39, so 11:00 on the grid.
    expect(offered.slice(0, 1)).toEqual(['2026-01-12T11:00']);
    expect(starts(findSlots(engineer, rules, { window, durationMinutes: 60, now: NOW })).slice(0, 1)).toEqual(['2026-01-12T10:30']);
    expect(checkSlot(engineer, rules, interval('2026-01-12T10:30:00Z', '2026-01-12T11:30:00Z'), NOW, HERE)).toMatchObject({ rule: 'TRAVEL_BUFFER', travelMinutes: 39 });
  });

  it('keeps the flat buffer next door and where a place is unknown', () => {
    const engineer = agenda({ bookings: [{ ...booked('b-1', '2026-01-12T09:00:00Z', '2026-01-12T10:00:00Z'), location: HERE }] });
    expect(starts(findSlots(engineer, rules, { window, durationMinutes: 60, now: NOW, site: HERE })).slice(0, 1)).toEqual(['2026-01-12T10:30']);
    const unknown = agenda({ bookings: [booked('b-1', '2026-01-12T09:00:00Z', '2026-01-12T10:00:00Z')] });
    expect(starts(findSlots(unknown, rules, { window, durationMinutes: 60, now: NOW, site: HERE })).slice(0, 1)).toEqual(['2026-01-12T10:30']);
  });

  it('starts the day at the home base with travelFromHome, and not without it', () => {
    const engineer = agenda({ homeLocation: TWENTY_KM_EAST });
    const fromHome = { ...rules, travelFromHome: true };
    expect(starts(findSlots(engineer, fromHome, { window, durationMinutes: 60, now: NOW, site: HERE })).slice(0, 1)).toEqual(['2026-01-12T10:00']);
    expect(starts(findSlots(engineer, rules, { window, durationMinutes: 60, now: NOW, site: HERE })).slice(0, 1)).toEqual(['2026-01-12T09:00']);
    expect(checkSlot(engineer, fromHome, interval('2026-01-12T09:30:00Z', '2026-01-12T10:30:00Z'), NOW, HERE)).toMatchObject({ rule: 'HOME_TRAVEL', travelMinutes: 39 });
  });

  it('agrees with checkSlot for random located agendas, sites and home bases (property)', () => {
    const point = fc.option(fc.record({ lat: fc.double({ min: 51.3, max: 51.7, noNaN: true }), lng: fc.double({ min: -0.5, max: 0.3, noNaN: true }) }), { nil: null });
    const period = fc.tuple(fc.integer({ min: 0, max: 5 * 48 }), fc.integer({ min: 1, max: 8 }), point).map(([half, length, location]) => {
      const start = Date.parse('2026-03-26T00:00:00Z') + half * 30 * 60_000;
      return { start: new Date(start), end: new Date(start + length * 30 * 60_000), location };
    });
    fc.assert(
      fc.property(
        fc.array(period, { maxLength: 8 }),
        fc.array(period, { maxLength: 2 }),
        point,
        point,
        fc.boolean(),
        fc.integer({ min: 0, max: 45 }),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
        fc.integer({ min: 30, max: 240 }),
        (bookings, timeOff, site, home, travelFromHome, buffer, maxJobsPerDay, minutes) => {
          const engineer = agenda({
            workingHours: weekdayHours({ start: '08:00', end: '12:30' }, { start: '13:15', end: '18:00' }),
            bookings: bookings.map((booking, index) => ({ bookingId: `b-${index}`, ...booking })),
            timeOff: timeOff.map(({ start, end }) => ({ start, end })),
            homeLocation: home,
            maxJobsPerDay,
          });
          const travelRules = { ...LONDON_RULES, slotMinutes: 15, travelBufferMinutes: buffer, travelFromHome };
          expectTravelAgreement(engineer, travelRules, interval('2026-03-26T00:00:00Z', '2026-03-31T00:00:00Z'), minutes, site);
        },
      ),
      { numRuns: 80 },
    );
  });

  function expectTravelAgreement(engineer: EngineerAgenda, travelRules: SchedulingRules, searchWindow: Interval, minutes: number, site: GeoPoint | null) {
    const offered = new Set(findSlots(engineer, travelRules, { window: searchWindow, durationMinutes: minutes, now: NOW, site }));
    for (let time = searchWindow.start.getTime(); time < searchWindow.end.getTime(); time += travelRules.slotMinutes * 60_000) {
      const accepted = checkSlot(engineer, travelRules, { start: new Date(time), end: new Date(time + minutes * 60_000) }, NOW, site) === null;
      expect([iso(time), offered.has(time)]).toEqual([iso(time), accepted]);
    }
  }
});
