import { LONDON_RULES, agenda, booked, interval } from './availability.fixtures';
import { checkSlot } from './slot-rules';

// Monday 12 January 2026, GMT: local time equals UTC.
const NOW = new Date('2026-01-05T08:00:00Z');
const slot = (start: string, end: string) => interval(`2026-01-12T${start}:00Z`, `2026-01-12T${end}:00Z`);

describe('checkSlot', () => {
  it('accepts a slot on the grid, after the lead time, inside a span, clear of time off and bookings', () => {
    expect(checkSlot(agenda(), LONDON_RULES, slot('10:00', '12:00'), NOW)).toBeNull();
  });

  it('refuses a start off the slot grid', () => {
    expect(checkSlot(agenda(), LONDON_RULES, slot('10:15', '11:15'), NOW)).toEqual({ rule: 'SLOT_GRID', slotMinutes: 30 });
  });

  it('refuses a start sooner than the lead time, naming the earliest allowed start', () => {
    const rules = { ...LONDON_RULES, minLeadHours: 24 };
    const now = new Date('2026-01-11T10:30:00Z');
    expect(checkSlot(agenda(), rules, slot('10:00', '11:00'), now)).toEqual({
      rule: 'LEAD_TIME',
      earliestStart: new Date('2026-01-12T10:30:00Z'),
    });
    expect(checkSlot(agenda(), rules, slot('10:30', '11:30'), now)).toBeNull();
  });

  it.each([
    ['starting before the span', '08:30', '09:30'],
    ['ending after the span', '16:30', '17:30'],
  ])('refuses a slot %s', (_label, start, end) => {
    expect(checkSlot(agenda(), LONDON_RULES, slot(start, end), NOW)).toEqual({ rule: 'WORKING_HOURS' });
  });

  it('refuses a slot that fits the day but not one span (no working through the lunch break)', () => {
    const split = agenda({
      workingHours: { ...agenda().workingHours, monday: [{ start: '09:00', end: '12:00' }, { start: '12:00', end: '17:00' }] },
    });
    expect(checkSlot(split, LONDON_RULES, slot('11:00', '13:00'), NOW)).toEqual({ rule: 'WORKING_HOURS' });
    expect(checkSlot(split, LONDON_RULES, slot('12:00', '14:00'), NOW)).toBeNull();
  });

  it('refuses a slot on a day the engineer does not work', () => {
    const sunday = interval('2026-01-11T10:00:00Z', '2026-01-11T11:00:00Z');
    expect(checkSlot(agenda(), LONDON_RULES, sunday, NOW)).toEqual({ rule: 'WORKING_HOURS' });
  });

  it('refuses a slot that touches time off, naming the period', () => {
    const timeOff = slot('11:30', '13:00');
    expect(checkSlot(agenda({ timeOff: [timeOff] }), LONDON_RULES, slot('10:00', '12:00'), NOW)).toEqual({ rule: 'TIME_OFF', timeOff });
    expect(checkSlot(agenda({ timeOff: [timeOff] }), LONDON_RULES, slot('13:00', '14:00'), NOW)).toBeNull();
  });

  it('reports an overlapping booking as an overlap, even when the buffer is breached too', () => {
    const existing = booked('b-1', '2026-01-12T11:00:00Z', '2026-01-12T12:00:00Z');
    const rules = { ...LONDON_RULES, travelBufferMinutes: 30 };
    expect(checkSlot(agenda({ bookings: [existing] }), rules, slot('11:30', '12:30'), NOW)).toEqual({
      rule: 'BOOKING_OVERLAP',
      booking: existing,
    });
  });

  it('keeps the travel buffer on both sides of a booking; back to back is fine without one', () => {
    const existing = booked('b-1', '2026-01-12T11:00:00Z', '2026-01-12T12:00:00Z');
    const buffered = { ...LONDON_RULES, travelBufferMinutes: 30 };
    const engineer = agenda({ bookings: [existing] });
    const breach = { rule: 'TRAVEL_BUFFER', booking: existing, travelBufferMinutes: 30, travelMinutes: 30 };
    expect(checkSlot(engineer, buffered, slot('10:00', '10:45'), NOW)).toEqual(breach);
    expect(checkSlot(engineer, buffered, slot('12:00', '13:00'), NOW)).toEqual(breach);
    expect(checkSlot(engineer, buffered, slot('09:30', '10:30'), NOW)).toBeNull();
    expect(checkSlot(engineer, buffered, slot('12:30', '13:30'), NOW)).toBeNull();
    expect(checkSlot(engineer, LONDON_RULES, slot('12:00', '13:00'), NOW)).toBeNull();
  });

  it('refuses a job once the engineer has maxJobsPerDay jobs on that local date', () => {
    const engineer = agenda({
      maxJobsPerDay: 2,
      bookings: [booked('b-1', '2026-01-12T09:00:00Z', '2026-01-12T10:00:00Z'), booked('b-2', '2026-01-12T10:00:00Z', '2026-01-12T11:00:00Z')],
    });
    expect(checkSlot(engineer, LONDON_RULES, slot('14:00', '15:00'), NOW)).toEqual({
      rule: 'DAILY_CAPACITY',
      date: '2026-01-12',
      maxJobsPerDay: 2,
    });
    const tuesday = interval('2026-01-13T14:00:00Z', '2026-01-13T15:00:00Z');
    expect(checkSlot(engineer, LONDON_RULES, tuesday, NOW)).toBeNull();
  });

  it('counts jobs per day on the local calendar: 23:30 UTC in summer is the next day in London', () => {
    const evening = { ...agenda().workingHours, tuesday: [{ start: '00:00', end: '23:00' }], wednesday: [{ start: '00:00', end: '23:00' }] };
    const engineer = agenda({ workingHours: evening, maxJobsPerDay: 1, bookings: [booked('b-1', '2026-06-30T23:30:00Z', '2026-07-01T00:30:00Z')] });
    const tuesdayLocal = interval('2026-06-30T12:00:00Z', '2026-06-30T13:00:00Z');
    const wednesdayLocal = interval('2026-07-01T12:00:00Z', '2026-07-01T13:00:00Z');
    expect(checkSlot(engineer, LONDON_RULES, tuesdayLocal, NOW)).toBeNull();
    expect(checkSlot(engineer, LONDON_RULES, wednesdayLocal, NOW)).toMatchObject({ rule: 'DAILY_CAPACITY', date: '2026-07-01' });
  });
});
