import { EngineerHasBookingsError, TimeOffOverlapsBookingsError, TimeOffOverlapsError } from './engineers.errors';

const jobs = [
  { id: 'booking-1', orderNumber: 'VT-000001', start: new Date('2030-01-07T10:00:00Z') },
  { id: 'booking-2', orderNumber: null, start: new Date('2030-01-09T14:00:00+01:00') },
];
const named = [
  { id: 'booking-1', orderNumber: 'VT-000001', start: '2030-01-07T10:00:00.000Z' },
  { id: 'booking-2', orderNumber: null, start: '2030-01-09T13:00:00.000Z' },
];

describe('engineer conflict errors', () => {
  it('TIME_OFF_OVERLAPS_BOOKINGS lists the bookings with their order numbers and UTC starts, in the order given', () => {
    const error = new TimeOffOverlapsBookingsError('engineer-1', jobs);
    expect(error).toMatchObject({ status: 409, code: 'TIME_OFF_OVERLAPS_BOOKINGS', extensions: { bookings: named } });
    expect(error.message).toContain('2 jobs');
  });

  it('ENGINEER_HAS_BOOKINGS lists them the same way', () => {
    const error = new EngineerHasBookingsError('engineer-1', jobs.slice(0, 1));
    expect(error).toMatchObject({ status: 409, code: 'ENGINEER_HAS_BOOKINGS', extensions: { bookings: named.slice(0, 1) } });
    expect(error.message).toContain('1 job;');
  });

  it('TIME_OFF_OVERLAPS names the existing entry in UTC', () => {
    const error = new TimeOffOverlapsError({ id: 'off-1', start: new Date('2030-02-04T09:00:00+01:00'), end: new Date('2030-02-04T17:00:00Z') });
    expect(error).toMatchObject({
      status: 409,
      code: 'TIME_OFF_OVERLAPS',
      extensions: { timeOff: { id: 'off-1', start: '2030-02-04T08:00:00.000Z', end: '2030-02-04T17:00:00.000Z' } },
    });
  });
});
