import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/common';
import { alternativesWindow, nearestSlots } from './availability/alternatives';
import { AvailabilityService, OfferedSlot } from './availability.service';
import { AlternativeSlot } from './booking-holds.errors';

/** How many slots a refused expired hold offers instead. */
export const HOLD_ALTERNATIVES = 5;

function toAlternative(slot: OfferedSlot): AlternativeSlot {
  const iso = (instant: number) => new Date(instant).toISOString();
  return {
    engineerId: slot.engineerId,
    engineerName: slot.engineerName,
    start: iso(slot.start),
    end: iso(slot.end),
    visits: (slot.visits ?? [slot]).map((visit) => ({ start: iso(visit.start), end: iso(visit.end) })),
  };
}

/** What a refusal of an expired hold offers instead: the order's free slots nearest the held start, as availability shows them. */
@Injectable()
export class HoldAlternatives {
  constructor(private readonly availability: AvailabilityService) {}

  /** None when the order's work can no longer be booked (booked meanwhile, started, cancelled): the refusal then offers nothing. */
  async around(orderId: string, held: { start: Date; engineerId: string }, now: Date): Promise<AlternativeSlot[]> {
    try {
      const { slots } = await this.availability.availability(orderId, alternativesWindow(held.start, now));
      return nearestSlots(slots, held, HOLD_ALTERNATIVES).map(toAlternative);
    } catch (error) {
      if (error instanceof DomainError) return [];
      throw error;
    }
  }
}
