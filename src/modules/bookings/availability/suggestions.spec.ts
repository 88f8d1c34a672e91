import { EngineerSlot, rankSuggestions } from './suggestions';

const slot = (engineerId: string, start: string): EngineerSlot => ({ engineerId, start: Date.parse(start), end: Date.parse(start) + 3_600_000 });
const shown = (slots: EngineerSlot[]) => slots.map((candidate) => [candidate.engineerId, new Date(candidate.start).toISOString()]);

describe('rankSuggestions', () => {
  const load: Record<string, number> = { busy: 240, idle: 0, light: 60 };
  const loadOnly = (candidate: EngineerSlot) => ({ addedTravelKm: 0, bookedMinutes: load[candidate.engineerId]! });

  it('puts the earliest first and, at the same start, the engineer with fewer booked minutes', () => {
    const slots = [
      slot('busy', '2026-07-01T08:00:00Z'),
      slot('light', '2026-07-01T09:00:00Z'),
      slot('idle', '2026-07-01T09:00:00Z'),
      slot('busy', '2026-07-01T09:00:00Z'),
    ];
    expect(shown(rankSuggestions(slots, loadOnly, 3))).toEqual([
      ['busy', '2026-07-01T08:00:00.000Z'],
      ['idle', '2026-07-01T09:00:00.000Z'],
      ['light', '2026-07-01T09:00:00.000Z'],
    ]);
  });

  it('ranks by added travel before the start, and takes detours equal to 0.1 km as equal', () => {
    const detour: Record<string, number> = { far: 12.3, near: 0.44, next: 0.41 };
    const slots = [slot('far', '2026-07-01T08:00:00Z'), slot('near', '2026-07-01T10:00:00Z'), slot('next', '2026-07-01T11:00:00Z')];
    const ranked = rankSuggestions(slots, (candidate) => ({ addedTravelKm: detour[candidate.engineerId]!, bookedMinutes: 0 }), 3);
    expect(shown(ranked)).toEqual([
      ['near', '2026-07-01T10:00:00.000Z'],
      ['next', '2026-07-01T11:00:00.000Z'],
      ['far', '2026-07-01T08:00:00.000Z'],
    ]);
  });

  it('orders equally loaded engineers by id, so the same request gets the same answer', () => {
    const slots = [slot('b', '2026-07-01T09:00:00Z'), slot('a', '2026-07-01T09:00:00Z')];
    expect(rankSuggestions(slots, () => ({ addedTravelKm: 0, bookedMinutes: 0 }), 5).map((candidate) => candidate.engineerId)).toEqual(['a', 'b']);
  });
});
