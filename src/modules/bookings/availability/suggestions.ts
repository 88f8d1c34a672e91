import { EpochInterval } from './interval';

export interface EngineerSlot extends EpochInterval {
  readonly engineerId: string;
}

/**
 * The best `limit` slots: earliest first; at the same start, the engineer with fewer booked
 * minutes that day first, which spreads work across the team. The engineer id settles the
 * rest, so the answer does not change between identical requests.
 */
export function rankSuggestions<Slot extends EngineerSlot>(
  slots: readonly Slot[],
  bookedMinutes: (slot: Slot) => number,
  limit: number,
): Slot[] {
  return slots
    .map((slot) => ({ slot, load: bookedMinutes(slot) }))
    .sort(
      (a, b) =>
        a.slot.start - b.slot.start || a.load - b.load || a.slot.engineerId.localeCompare(b.slot.engineerId),
    )
    .slice(0, limit)
    .map(({ slot }) => slot);
}
