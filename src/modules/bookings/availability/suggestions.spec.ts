import { EngineerSlot, rankSuggestions } from './suggestions';

const slot = (engineerId: string, start: string): EngineerSlot => ({ engineerId, start: Date.parse(start), end: Date.parse(start) + 3_600_000 });

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
    expect(ranked.map((candidate) => [candidate.engineerId, new Date(candidate.start).toISOString()])).toEqual([
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
