import { EpochInterval } from './interval';
import { roundKm } from './travel';

export interface EngineerSlot extends EpochInterval {
  readonly engineerId: string;
}

/** What ranks a suggestion: the travel it adds to the engineer's day, then its day's load. */
export interface SuggestionCost {
  /** Road km, as shown (to 0.1 km): equal detours as shown rank by start. */
  addedTravelKm: number;
  /** Minutes the engineer already has booked that day. */
  bookedMinutes: number;
}

interface Ranked<Slot> {
  slot: Slot;
  km: number;
  load: number;
}

/** Ids are lowercase UUIDs: compared by code unit, as ordered as by collation and without its cost. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function precedes<Slot extends EngineerSlot>(a: Ranked<Slot>, b: Ranked<Slot>): boolean {
  return (a.km - b.km || a.slot.start - b.slot.start || a.load - b.load || compareIds(a.slot.engineerId, b.slot.engineerId)) < 0;
}

/**
 * The best `limit` slots: least added travel first (the detour of fitting the job into the
 * engineer's day), then earliest; at the same start, the engineer with fewer booked minutes that
 * day, which spreads work across the team. The engineer id settles the rest, so the answer does
 * not change between identical requests. A fortnight's search offers thousands of slots to show
 * a handful, so the best are kept in order as the slots come rather than all of them sorted
 * (sorting them was more of a suggestion's time than the search: docs/performance.md).
 */
export function rankSuggestions<Slot extends EngineerSlot>(slots: readonly Slot[], costOf: (slot: Slot) => SuggestionCost, limit: number): Slot[] {
  const best: Ranked<Slot>[] = [];
  for (const slot of slots) {
    const cost = costOf(slot);
    const candidate = { slot, km: roundKm(cost.addedTravelKm), load: cost.bookedMinutes };
    const full = best.length >= limit;
    if (full && !precedes(candidate, best[limit - 1]!)) continue;
    let index = full ? limit - 1 : best.length;
    while (index > 0 && precedes(candidate, best[index - 1]!)) {
      best[index] = best[index - 1]!;
      index -= 1;
    }
    best[index] = candidate;
  }
  return best.map(({ slot }) => slot);
}
