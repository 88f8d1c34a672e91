import { BusinessCalendar } from './business-calendar';
import { interval } from './availability.fixtures';
import { EngineerSlot, bookedMinutesOn, rankSuggestions } from './suggestions';

const slot = (engineerId: string, start: string): EngineerSlot => ({
  engineerId,
  ...interval(start, new Date(new Date(start).getTime() + 3_600_000).toISOString()),
});

describe('bookedMinutesOn', () => {
  it('adds up the jobs that start on the local date', () => {
    const london = new BusinessCalendar('Europe/London');
    const bookings = [
      interval('2026-07-01T08:00:00Z', '2026-07-01T09:30:00Z'),
      interval('2026-07-01T12:00:00Z', '2026-07-01T12:45:00Z'),
      // 00:15 on 2 July in London.
      interval('2026-07-01T23:15:00Z', '2026-07-02T00:15:00Z'),
    ];
    expect(bookedMinutesOn(bookings, london, '2026-07-01')).toBe(135);
    expect(bookedMinutesOn(bookings, london, '2026-07-02')).toBe(60);
  });
});

describe('rankSuggestions', () => {
  const load: Record<string, number> = { busy: 240, idle: 0, light: 60 };

  it('puts the earliest first and, at the same start, the engineer with fewer booked minutes', () => {
    const slots = [
      slot('busy', '2026-07-01T08:00:00Z'),
      slot('light', '2026-07-01T09:00:00Z'),
      slot('idle', '2026-07-01T09:00:00Z'),
      slot('busy', '2026-07-01T09:00:00Z'),
    ];
    const ranked = rankSuggestions(slots, (candidate) => load[candidate.engineerId]!, 3);
    expect(ranked.map((candidate) => [candidate.engineerId, candidate.start.toISOString()])).toEqual([
      ['busy', '2026-07-01T08:00:00.000Z'],
      ['idle', '2026-07-01T09:00:00.000Z'],
      ['light', '2026-07-01T09:00:00.000Z'],
    ]);
  });

  it('orders equally loaded engineers by id, so the same request gets the same answer', () => {
    const slots = [slot('b', '2026-07-01T09:00:00Z'), slot('a', '2026-07-01T09:00:00Z')];
    expect(rankSuggestions(slots, () => 0, 5).map((candidate) => candidate.engineerId)).toEqual(['a', 'b']);
  });
});
