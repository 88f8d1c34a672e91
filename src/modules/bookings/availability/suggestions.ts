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

/**
 * The best `limit` slots: least added travel first (the detour of fitting the job into the
 * engineer's day), then earliest; at the same start, the engineer with fewer booked minutes that
 * day, which spreads work across the team. The engineer id settles the rest, so the answer does
 * not change between identical requests.
 */
export function rankSuggestions<Slot extends EngineerSlot>(slots: readonly Slot[], costOf: (slot: Slot) => SuggestionCost, limit: number): Slot[] {
  return slots
    .map((slot) => {
      const cost = costOf(slot);
      return { slot, km: roundKm(cost.addedTravelKm), load: cost.bookedMinutes };
    })
    .sort((a, b) => a.km - b.km || a.slot.start - b.slot.start || a.load - b.load || a.slot.engineerId.localeCompare(b.slot.engineerId))
    .slice(0, limit)
    .map(({ slot }) => slot);
}
