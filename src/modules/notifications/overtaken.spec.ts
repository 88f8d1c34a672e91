import type { Booking } from '../bookings/booking.model';
import { isOvertaken } from './overtaken';

const MONDAY = { start: new Date('2030-01-07T09:00:00Z'), end: new Date('2030-01-07T17:00:00Z') };
const TUESDAY = { start: new Date('2030-01-08T09:00:00Z'), end: new Date('2030-01-08T12:00:00Z') };
const booked = (status: Booking['status'], visits = [MONDAY, TUESDAY]) => ({ status, visits });
const reminder = (visitNumber: number, visitStart: Date) => ({ type: 'reminder' as const, visitNumber, visitStart });
const SUNDAY = new Date('2030-01-06T09:00:00Z');

describe('isOvertaken', () => {
  it('keeps a reminder of a visit still at its time', () => {
    expect(isOvertaken(reminder(2, TUESDAY.start), booked('scheduled'), SUNDAY)).toBe(false);
  });

  it('drops a reminder of a visit that moved, or that the run no longer has', () => {
    expect(isOvertaken(reminder(1, new Date('2030-01-07T08:00:00Z')), booked('scheduled'), SUNDAY)).toBe(true);
    expect(isOvertaken(reminder(2, TUESDAY.start), booked('scheduled', [MONDAY]), SUNDAY)).toBe(true);
  });

  it('drops a reminder of a visit that has begun', () => {
    expect(isOvertaken(reminder(1, MONDAY.start), booked('scheduled'), MONDAY.start)).toBe(true);
    expect(isOvertaken(reminder(2, TUESDAY.start), booked('scheduled'), MONDAY.start)).toBe(false);
  });

  it.each(['cancelled', 'completed', 'no_show'] as const)('drops reminders and invitations of a booking %s since', (status) => {
    expect(isOvertaken(reminder(1, MONDAY.start), booked(status), SUNDAY)).toBe(true);
    expect(isOvertaken({ type: 'confirmation', visitNumber: 0, visitStart: null }, booked(status), SUNDAY)).toBe(true);
    expect(isOvertaken({ type: 'reschedule', visitNumber: 0, visitStart: null }, booked(status), SUNDAY)).toBe(true);
  });

  it('always sends a cancellation, and an invitation to a booking still scheduled', () => {
    expect(isOvertaken({ type: 'cancellation', visitNumber: 0, visitStart: null }, booked('cancelled'), SUNDAY)).toBe(false);
    expect(isOvertaken({ type: 'confirmation', visitNumber: 0, visitStart: null }, booked('scheduled'), SUNDAY)).toBe(false);
  });
});
