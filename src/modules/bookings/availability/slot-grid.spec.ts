import { BusinessCalendar } from './business-calendar';
import { NINE_TO_FIVE, interval, weekdayHours } from './availability.fixtures';
import { durationMinutes } from './interval';
import { SlotGrid } from './slot-grid';

const london = new BusinessCalendar('Europe/London');
const iso = (instant: number) => new Date(instant).toISOString();

describe('SlotGrid', () => {
  // Tuesday 30 June to Thursday 2 July 2026, BST.
  const grid = new SlotGrid(london, interval('2026-06-30T12:00:00Z', '2026-07-02T12:00:00Z'), 60);

  it('covers each local date the window touches', () => {
    expect(grid.days.map((day) => day.date)).toEqual(['2026-06-30', '2026-07-01', '2026-07-02']);
  });

  it('finds the local date of an instant, which can differ from the UTC date', () => {
    expect(grid.dayIndexOf(Date.parse('2026-06-30T22:59:59Z'))).toBe(0);
    expect(grid.dayIndexOf(Date.parse('2026-06-30T23:00:00Z'))).toBe(1);
    expect(grid.dayIndexOf(Date.parse('2026-07-02T22:59:59Z'))).toBe(2);
    expect(grid.dayIndexOf(Date.parse('2026-06-29T22:59:59Z'))).toBe(-1);
    expect(grid.dayIndexOf(Date.parse('2026-07-02T23:00:00Z'))).toBe(-1);
  });

  it('adds up per local date what starts on it, leaving out what starts outside the days', () => {
    const bookings = [
      interval('2026-07-01T08:00:00Z', '2026-07-01T09:30:00Z'),
      interval('2026-07-01T12:00:00Z', '2026-07-01T12:45:00Z'),
      // 00:15 on 2 July in London.
      interval('2026-07-01T23:15:00Z', '2026-07-02T00:15:00Z'),
      interval('2026-06-28T10:00:00Z', '2026-06-28T11:00:00Z'),
    ];
    expect(grid.totalsPerDay(bookings, durationMinutes)).toEqual([0, 135, 60]);
    expect(grid.totalsPerDay(bookings, () => 1)).toEqual([0, 2, 1]);
  });

  it("gives each day's working spans as grid times and end, and none on a day off", () => {
    const split = weekdayHours({ start: '09:00', end: '11:00' }, { start: '13:30', end: '15:00' });
    const [morning, afternoon] = grid.spansOn(1, split);
    expect(morning!.starts.map(iso)).toEqual(['2026-07-01T08:00:00.000Z', '2026-07-01T09:00:00.000Z']);
    expect(iso(morning!.end)).toBe('2026-07-01T10:00:00.000Z');
    // 13:30 is off the 60-minute grid: the span's first slot is at 14:00.
    expect(afternoon!.starts.map(iso)).toEqual(['2026-07-01T13:00:00.000Z']);
    expect(grid.spansOn(1, { ...NINE_TO_FIVE, wednesday: [] })).toEqual([]);
  });

  it('answers engineers with the same hours from one computation', () => {
    const own = weekdayHours({ start: '09:00', end: '17:00' });
    expect(grid.spansOn(0, own)[0]).toBe(grid.spansOn(0, NINE_TO_FIVE)[0]);
  });
});
