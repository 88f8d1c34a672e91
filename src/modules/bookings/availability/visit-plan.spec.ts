import * as fc from 'fast-check';
import { WorkingHours } from '@app/common';
import { NINE_TO_FIVE, weekdayHours } from './availability.fixtures';
import { BusinessCalendar } from './business-calendar';
import { MINUTE_MS } from './interval';
import { SlotGrid } from './slot-grid';
import { MAX_VISITS, fitsSomeRun, needsSeveralVisits, planOnGrid, planVisits, runHorizonDays } from './visit-plan';

const london = new BusinessCalendar('Europe/London');
const iso = (instant: number) => new Date(instant).toISOString().slice(0, 16);
const plan = (start: string, minutes: number, hours: WorkingHours = NINE_TO_FIVE, maxVisits = MAX_VISITS) =>
  planVisits(london, hours, 30, new Date(start), minutes, maxVisits);
const visitsOf = (result: ReturnType<typeof plan>) => ('visits' in result ? result.visits.map((visit) => [iso(visit.start), iso(visit.end)]) : result);

describe('the splitting rule (planVisits)', () => {
  it('runs the first visit to the end of its span and the next from the start of the next working day', () => {
    // Monday 12 January 2026, GMT.
    expect(visitsOf(plan('2026-01-12T09:00:00Z', 900))).toEqual([
      ['2026-01-12T09:00', '2026-01-12T17:00'],
      ['2026-01-13T09:00', '2026-01-13T16:00'],
    ]);
    expect(visitsOf(plan('2026-01-12T15:30:00Z', 900))).toEqual([
      ['2026-01-12T15:30', '2026-01-12T17:00'],
      ['2026-01-13T09:00', '2026-01-13T17:00'],
      ['2026-01-14T09:00', '2026-01-14T14:30'],
    ]);
  });

  it('skips days without a working span (a weekend) without breaking the run', () => {
    expect(visitsOf(plan('2026-01-16T13:00:00Z', 600))).toEqual([
      ['2026-01-16T13:00', '2026-01-16T17:00'], // Friday
      ['2026-01-19T09:00', '2026-01-19T15:00'], // Monday
    ]);
  });

  it('keeps local 09:00 across the spring clock change', () => {
    expect(visitsOf(plan('2026-03-27T09:00:00Z', 900))).toEqual([
      ['2026-03-27T09:00', '2026-03-27T17:00'], // Friday, GMT
      ['2026-03-30T08:00', '2026-03-30T15:00'], // Monday, BST
    ]);
  });

  it('uses one span a day: the one the run starts in, then each day’s first span', () => {
    const split = weekdayHours({ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' });
    expect(visitsOf(plan('2026-01-12T13:00:00Z', 500, split))).toEqual([
      ['2026-01-12T13:00', '2026-01-12T17:00'],
      ['2026-01-13T09:00', '2026-01-13T12:00'],
      ['2026-01-14T09:00', '2026-01-14T10:20'],
    ]);
  });

  it('starts later visits at the first grid time of a span that starts off the grid', () => {
    expect(visitsOf(plan('2026-01-12T09:30:00Z', 500, weekdayHours({ start: '09:10', end: '17:00' })))).toEqual([
      ['2026-01-12T09:30', '2026-01-12T17:00'],
      ['2026-01-13T09:30', '2026-01-13T10:20'],
    ]);
  });

  it('refuses a start outside every span, and a run longer than the visit limit', () => {
    expect(plan('2026-01-12T17:00:00Z', 900)).toEqual({ problem: 'WORKING_HOURS' });
    expect(plan('2026-01-10T10:00:00Z', 900)).toEqual({ problem: 'WORKING_HOURS' });
    expect(plan('2026-01-12T09:00:00Z', 900, NINE_TO_FIVE, 1)).toEqual({ problem: 'VISIT_LIMIT' });
    expect('visits' in plan('2026-01-12T09:00:00Z', 480 * MAX_VISITS)).toBe(true);
    expect(plan('2026-01-12T09:30:00Z', 480 * MAX_VISITS)).toEqual({ problem: 'VISIT_LIMIT' });
  });

  it('splits only work longer than every span, and no work longer than the visit limit of the longest span', () => {
    expect(needsSeveralVisits(480, NINE_TO_FIVE)).toBe(false);
    expect(needsSeveralVisits(481, NINE_TO_FIVE)).toBe(true);
    expect(fitsSomeRun(480 * MAX_VISITS, NINE_TO_FIVE)).toBe(true);
    expect(fitsSomeRun(480 * MAX_VISITS + 1, NINE_TO_FIVE)).toBe(false);
  });

  describe('properties', () => {
    const hoursArb = fc
      .record({
        startMinute: fc.integer({ min: 0, max: 20 * 2 }).map((half) => half * 30),
        length: fc.integer({ min: 60, max: 600 }),
        days: fc.subarray(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const, { minLength: 1 }),
        lunch: fc.boolean(),
      })
      .map(({ startMinute, length, days, lunch }) => {
        const end = Math.min(startMinute + length, 24 * 60 - 30);
        const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const spans = lunch && end - startMinute >= 120
          ? [{ start: clock(startMinute), end: clock(startMinute + 60) }, { start: clock(startMinute + 90), end: clock(end) }]
          : [{ start: clock(startMinute), end: clock(end) }];
        const hours = weekdayHours();
        for (const day of days) hours[day] = spans;
        return hours;
      });

    it('visits sum to the duration, lie inside one span each, are ordered, one a day, with no work day skipped', () => {
      fc.assert(
        fc.property(
          hoursArb,
          fc.integer({ min: 0, max: 120 }), // start: days after 2026-03-20 (spans the spring change) in hours
          fc.integer({ min: 30, max: 3000 }),
          (hours, hourOffset, minutes) => {
            const from = Date.parse('2026-03-20T00:00:00Z') + hourOffset * 60 * MINUTE_MS;
            const grid = new SlotGrid(london, { start: new Date(from), end: new Date(from + 80 * 24 * 60 * MINUTE_MS) }, 30);
            const dayIndex = grid.dayIndexOf(from);
            const starts = grid.spansOn(dayIndex, hours).flatMap((span) => span.starts);
            fc.pre(starts.length > 0);
            const start = starts[hourOffset % starts.length]!;
            const result = planOnGrid(grid, hours, start, minutes * MINUTE_MS);
            if (!('visits' in result)) {
              expect(result).toEqual({ problem: 'VISIT_LIMIT' });
              return;
            }
            const { visits } = result;
            expect(visits.length).toBeLessThanOrEqual(MAX_VISITS);
            expect(visits[0]!.start).toBe(start);
            expect(visits.reduce((sum, visit) => sum + visit.end - visit.start, 0)).toBe(minutes * MINUTE_MS);
            const days = visits.map((visit) => grid.dayIndexOf(visit.start));
            visits.forEach((visit, index) => {
              expect(visit.end).toBeGreaterThan(visit.start);
              const spans = grid.spansOn(days[index]!, hours);
              expect(spans.some((span) => span.starts.length > 0 && span.starts[0]! <= visit.start && visit.end <= span.end)).toBe(true);
              if (index > 0) {
                expect(days[index]!).toBeGreaterThan(days[index - 1]!);
                // Every day between two visits has no usable span; every visit but the last runs to its span's end.
                for (let between = days[index - 1]! + 1; between < days[index]!; between += 1) {
                  expect(grid.spansOn(between, hours).every((span) => span.starts.length === 0)).toBe(true);
                }
                expect(spans.some((span) => span.end === visits[index - 1]!.end) || grid.spansOn(days[index - 1]!, hours).some((span) => span.end === visits[index - 1]!.end)).toBe(true);
              }
            });
            // The agenda a search or a booking reads reaches the last visit.
            const horizon = runHorizonDays(minutes, hours, 30);
            expect(days[days.length - 1]! - days[0]!).toBeLessThanOrEqual(horizon);
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
