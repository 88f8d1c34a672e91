import { LONDON_RULES, agenda, booked, interval } from './availability/availability.fixtures';
import { checkSlot } from './availability/slot-rules';
import { BookingConflictError, DailyCapacityReachedError, SlotHeldError, TravelBufferNotKeptError, slotViolationError } from './bookings.errors';

// Monday 12 January 2026, GMT: local time equals UTC.
const NOW = new Date('2026-01-05T08:00:00Z');
const HELD_UNTIL = new Date('2026-01-05T08:10:00Z');
const slot = (start: string, end: string) => interval(`2026-01-12T${start}:00Z`, `2026-01-12T${end}:00Z`);
const hold = (start: string, end: string) => ({ ...booked('hold-1', `2026-01-12T${start}:00Z`, `2026-01-12T${end}:00Z`), heldUntil: HELD_UNTIL });

describe('slotViolationError for time another order holds', () => {
  const errorFor = (violation: ReturnType<typeof checkSlot>) => slotViolationError('engineer-1', violation!);

  it('answers an overlap with a hold as 409 SLOT_HELD with its expiry, naming no booking', () => {
    const error = errorFor(checkSlot(agenda({ bookings: [hold('10:00', '11:00')] }), LONDON_RULES, slot('10:30', '11:30'), NOW));
    expect(error).toBeInstanceOf(SlotHeldError);
    expect(error.extensions).toEqual({ engineerId: 'engineer-1', heldUntil: HELD_UNTIL.toISOString() });
  });

  it('answers the travel time next to a hold as SLOT_HELD too, and next to a booking as before', () => {
    const rules = { ...LONDON_RULES, travelBufferMinutes: 30 };
    expect(errorFor(checkSlot(agenda({ bookings: [hold('10:00', '11:00')] }), rules, slot('11:00', '12:00'), NOW))).toBeInstanceOf(SlotHeldError);
    expect(errorFor(checkSlot(agenda({ bookings: [booked('b-1', '2026-01-12T10:00:00Z', '2026-01-12T11:00:00Z')] }), rules, slot('11:00', '12:00'), NOW))).toBeInstanceOf(TravelBufferNotKeptError);
    expect(errorFor(checkSlot(agenda({ bookings: [booked('b-1', '2026-01-12T10:00:00Z', '2026-01-12T11:00:00Z')] }), rules, slot('10:30', '11:30'), NOW))).toBeInstanceOf(BookingConflictError);
  });

  it('counts a hold as a job of its day', () => {
    const full = agenda({ maxJobsPerDay: 1, bookings: [hold('09:00', '10:00')] });
    expect(errorFor(checkSlot(full, LONDON_RULES, slot('13:00', '14:00'), NOW))).toBeInstanceOf(DailyCapacityReachedError);
  });
});
