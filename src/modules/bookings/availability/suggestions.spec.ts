import * as fc from 'fast-check';
import { roundKm } from './travel';
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

  it('answers what sorting every slot by the same rules and taking the first `limit` answers', () => {
    const ids = ['0f8e2c1a-0000-4000-8000-000000000001', '0f8e2c1a-0000-4000-8000-00000000000a', '9a000000-0000-4000-8000-000000000000', 'a0000000-0000-4000-8000-000000000000'];
    const slotArb = fc.record({
      engineerId: fc.constantFrom(...ids),
      start: fc.integer({ min: 0, max: 20 }).map((step) => Date.UTC(2026, 6, 1, 8) + step * 1_800_000),
      km: fc.constantFrom(0, 0.04, 0.05, 0.1, 1.26, 3, 12.3),
      load: fc.constantFrom(0, 60, 240),
    });
    fc.assert(
      fc.property(fc.uniqueArray(slotArb, { maxLength: 60, selector: (candidate) => `${candidate.engineerId}@${candidate.start}` }), fc.integer({ min: 1, max: 20 }), (drawn, limit) => {
        const slots = drawn.map(({ engineerId, start }) => ({ engineerId, start, end: start + 3_600_000 }));
        const costs = new Map(drawn.map((candidate, index) => [slots[index]!, { addedTravelKm: candidate.km, bookedMinutes: candidate.load }]));
        const expected = [...slots]
          .sort((a, b) => {
            const [x, y] = [costs.get(a)!, costs.get(b)!];
            return roundKm(x.addedTravelKm) - roundKm(y.addedTravelKm) || a.start - b.start || x.bookedMinutes - y.bookedMinutes || a.engineerId.localeCompare(b.engineerId);
          })
          .slice(0, limit);
        expect(rankSuggestions(slots, (candidate) => costs.get(candidate)!, limit)).toEqual(expected);
      }),
    );
  });
});
