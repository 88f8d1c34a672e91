import * as fc from 'fast-check';
import { DateTime } from 'luxon';
import { addWorkingDays, localDateOf } from './working-days';

describe('working days', () => {
  it.each([
    ['2026-03-23', 2, '2026-03-25'], // Monday → Wednesday
    ['2026-03-27', 1, '2026-03-30'], // Friday → Monday
    ['2026-03-28', 1, '2026-03-30'], // Saturday → Monday
    ['2026-03-29', 2, '2026-03-31'], // Sunday → Tuesday
    ['2026-03-23', 10, '2026-04-06'], // two whole weeks
    ['2026-03-23', 0, '2026-03-23'],
  ])('%s plus %i working days is %s', (from, count, expected) => {
    expect(addWorkingDays(from, count)).toBe(expected);
  });

  it('lands on a weekday, never sooner than the count in calendar days, and a week per five', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 60 }), (offset, count) => {
        const from = DateTime.fromISO('2000-01-01', { zone: 'utc' }).plus({ days: offset });
        const due = DateTime.fromISO(addWorkingDays(from.toISODate()!, count), { zone: 'utc' });
        const days = due.diff(from, 'days').days;
        expect(due.weekday).toBeLessThanOrEqual(5);
        expect(days).toBeGreaterThanOrEqual(count);
        expect(days).toBeLessThanOrEqual(Math.ceil(count / 5) * 7 + 2);
      }),
    );
  });

  it('reads the local date in the zone: late on a summer evening in London is already tomorrow', () => {
    expect(localDateOf(new Date('2026-06-30T23:30:00Z'), 'Europe/London')).toBe('2026-07-01');
    expect(localDateOf(new Date('2026-01-30T23:30:00Z'), 'Europe/London')).toBe('2026-01-30');
  });
});
