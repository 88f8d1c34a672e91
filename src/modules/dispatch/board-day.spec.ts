import * as fc from 'fast-check';
import { LocalClock, localDaysFrom, minutesOf, planDay, subtractPeriods, workingSpansOn } from './board-day';

const at = (time: string) => new Date(`2026-03-30T${time}:00.000Z`);
const period = (start: string, end: string) => ({ start: at(start), end: at(end) });
const NINE_TO_FIVE = [{ start: '09:00', end: '17:00' }];
const WEEK = { monday: NINE_TO_FIVE, tuesday: NINE_TO_FIVE, wednesday: NINE_TO_FIVE, thursday: NINE_TO_FIVE, friday: NINE_TO_FIVE, saturday: [], sunday: [] };

describe('board days', () => {
  it('reads working hours on the local clock across the spring change in London', () => {
    const [sunday, monday] = localDaysFrom('2026-03-29', 2, 'Europe/London');
    const clock = new LocalClock('Europe/London');
    // The change day is 23 hours long and nobody works on it.
    expect(sunday!.end.getTime() - sunday!.start.getTime()).toBe(23 * 3_600_000);
    expect(workingSpansOn(sunday!, WEEK, clock)).toEqual([]);
    // On Monday 09:00 London is 08:00 UTC (BST).
    expect(workingSpansOn(monday!, WEEK, clock)).toEqual([{ start: new Date('2026-03-30T08:00:00Z'), end: new Date('2026-03-30T16:00:00Z') }]);
    expect(clock.format(new Date('2026-03-30T08:00:00Z'))).toBe('2026-03-30T09:00+01:00');
    expect(clock.format(new Date('2026-03-28T09:00:00Z'))).toBe('2026-03-28T09:00+00:00');
    // A span from 01:30, which the change skips, starts at 02:30 BST (01:30 UTC), as availability reads it.
    expect(clock.at(sunday!, '01:30')).toEqual(new Date('2026-03-29T01:30:00Z'));
  });

  it('takes time off and visits out of the working span, counting booked and available minutes', () => {
    const plan = planDay([period('08:00', '16:00')], [period('15:00', '18:00')], [period('09:00', '10:30'), period('12:00', '13:00')], []);
    expect(plan.freeGaps).toEqual([period('08:00', '09:00'), period('10:30', '12:00'), period('13:00', '15:00')]);
    expect(plan.availableMinutes).toBe(7 * 60);
    expect(plan.bookedMinutes).toBe(150);
    expect(plan.heldMinutes).toBe(0);
  });

  it('leaves the time live holds keep out of the free gaps, counting it apart from the booked', () => {
    const plan = planDay([period('08:00', '16:00')], [], [period('09:00', '10:00')], [period('11:00', '12:30'), period('15:30', '17:00')]);
    expect(plan.freeGaps).toEqual([period('08:00', '09:00'), period('10:00', '11:00'), period('12:30', '15:30')]);
    expect(plan.bookedMinutes).toBe(60);
    // Only the part inside the working span counts.
    expect(plan.heldMinutes).toBe(90 + 30);
  });

  it('plans any day so that no free minute is on time off, a visit or a hold, and every working minute is free or one of them', () => {
    const minute = (n: number) => new Date(Date.UTC(2026, 2, 30) + n * 60_000);
    const periodArb = fc.tuple(fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 1, max: 300 })).map(([start, length]) => ({ start: minute(start), end: minute(start + length) }));
    const periods = fc.array(periodArb, { maxLength: 4 });
    fc.assert(
      fc.property(periods, periods, periods, (timeOff, visits, holds) => {
        const spans = [{ start: minute(480), end: minute(720) }, { start: minute(780), end: minute(1020) }];
        const plan = planDay(spans, timeOff, visits, holds);
        const within = (list: { start: Date; end: Date }[], n: number) => list.some((period) => period.start <= minute(n) && minute(n) < period.end);
        let free = 0;
        let worked = 0;
        let held = 0;
        for (let n = 0; n < 1440; n += 1) {
          const isFree = within(plan.freeGaps, n);
          if (isFree) free += 1;
          if (!within(spans, n)) {
            expect(isFree).toBe(false);
            continue;
          }
          const taken = within(timeOff, n) || within(visits, n) || within(holds, n);
          expect(isFree).toBe(!taken);
          if (!within(timeOff, n)) worked += 1;
          if (within(holds, n)) held += 1;
        }
        expect(minutesOf(plan.freeGaps)).toBe(free);
        expect(plan.availableMinutes).toBe(worked);
        // Holds that do not overlap each other (live holds never do) are counted minute for minute inside the spans.
        const disjoint = holds.every((a, i) => holds.every((b, j) => i === j || a.end <= b.start || b.end <= a.start));
        if (disjoint) expect(plan.heldMinutes).toBe(held);
      }),
    );
  });

  it('never leaves a gap that overlaps a cut, and keeps every minute not cut', () => {
    const minute = (n: number) => new Date(Date.UTC(2026, 2, 30) + n * 60_000);
    const periodArb = fc.tuple(fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 1, max: 600 })).map(([start, length]) => ({ start: minute(start), end: minute(start + length) }));
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 6 }), (cuts) => {
        const span = { start: minute(480), end: minute(1020) };
        const gaps = subtractPeriods([span], cuts);
        for (const gap of gaps) for (const cut of cuts) expect(gap.end <= cut.start || gap.start >= cut.end).toBe(true);
        let uncut = 0;
        for (let n = 480; n < 1020; n += 1) if (!cuts.some((cut) => cut.start <= minute(n) && minute(n) < cut.end)) uncut += 1;
        expect(minutesOf(gaps)).toBe(uncut);
      }),
    );
  });
});
