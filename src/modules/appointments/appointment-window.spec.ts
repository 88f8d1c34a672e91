import { changeBlocker, changeableUntil, localDateTime } from './appointment-window';

describe('appointment window', () => {
  const start = new Date('2030-04-02T09:00:00.000Z');

  it('closes changes the cut-off before the first visit', () => {
    expect(changeableUntil(start, 24)).toEqual(new Date('2030-04-01T09:00:00.000Z'));
    expect(changeableUntil(start, 0)).toEqual(start);
  });

  it('lets a scheduled, unstarted booking change until then, not at that instant', () => {
    const until = changeableUntil(start, 24);
    const booking = { status: 'scheduled' as const, startedAt: null };
    expect(changeBlocker(booking, until, new Date(until.getTime() - 1))).toBeNull();
    expect(changeBlocker(booking, until, until)).toBe('too_late');
  });

  it('names a closed booking before the cut-off, and a started one', () => {
    const until = changeableUntil(start, 24);
    const early = new Date('2030-03-01T00:00:00.000Z');
    expect(changeBlocker({ status: 'cancelled', startedAt: null }, until, until)).toBe('closed');
    expect(changeBlocker({ status: 'completed', startedAt: early }, until, early)).toBe('closed');
    expect(changeBlocker({ status: 'scheduled', startedAt: early }, until, early)).toBe('started');
  });

  it('reads local time in the zone, across the clock change', () => {
    expect(localDateTime(new Date('2030-03-30T10:00:00.000Z'), 'Europe/London')).toBe('2030-03-30T10:00:00+00:00');
    expect(localDateTime(new Date('2030-04-01T09:00:00.000Z'), 'Europe/London')).toBe('2030-04-01T10:00:00+01:00');
  });
});
