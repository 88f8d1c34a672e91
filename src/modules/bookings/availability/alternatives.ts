import { Interval, MINUTE_MS } from './interval';
import { EngineerSlot } from './suggestions';

const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * Where the slots offered instead of an expired hold are looked for: from a day before the held
 * start to two days after it, never before now. A start already past looks from now on.
 */
export function alternativesWindow(heldStart: Date, now: Date): Interval {
  const centre = Math.max(heldStart.getTime(), now.getTime());
  return { start: new Date(Math.max(now.getTime(), centre - DAY_MS)), end: new Date(centre + 2 * DAY_MS) };
}

/**
 * The `limit` slots whose start is nearest `around`, nearest first; between two as near, the
 * earlier, then the same engineer as `engineerId` (the one the customer had chosen), then by
 * engineer id, so identical requests get the same answer.
 */
export function nearestSlots<Slot extends EngineerSlot>(slots: readonly Slot[], around: { start: Date; engineerId: string }, limit: number): Slot[] {
  const at = around.start.getTime();
  const sameEngineerFirst = (slot: Slot) => (slot.engineerId === around.engineerId ? 0 : 1);
  return [...slots]
    .sort(
      (a, b) =>
        Math.abs(a.start - at) - Math.abs(b.start - at) ||
        a.start - b.start ||
        sameEngineerFirst(a) - sameEngineerFirst(b) ||
        a.engineerId.localeCompare(b.engineerId),
    )
    .slice(0, limit);
}
