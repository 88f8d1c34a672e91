import { LONDON_RULES, agenda, booked, interval } from './availability.fixtures';
import { agendaExclusion } from './exclusion';
import { findSlots } from './find-slots';
import { EngineerAgenda } from './slot-rules';

const NOW = new Date('2026-01-01T00:00:00Z');
const monday = interval('2026-01-12T00:00:00Z', '2026-01-13T00:00:00Z');
const reason = (engineer: EngineerAgenda, minutes: number) =>
  agendaExclusion(engineer, (candidate) => findSlots(candidate, LONDON_RULES, { window: monday, durationMinutes: minutes, now: NOW }).length > 0);

describe('agendaExclusion', () => {
  it('names the first rule that, added to the ones before it, leaves no slot', () => {
    expect(reason(agenda(), 481)).toBe('WORK_TOO_LONG');
    expect(reason(agenda({ timeOff: [interval('2026-01-12T09:00:00Z', '2026-01-12T17:00:00Z')], bookings: [booked('b', '2026-01-12T12:00:00Z', '2026-01-12T13:00:00Z')] }), 60)).toBe('TIME_OFF');
    expect(reason(agenda({ timeOff: [interval('2026-01-12T09:00:00Z', '2026-01-12T12:00:00Z')], bookings: [booked('b', '2026-01-12T12:30:00Z', '2026-01-12T17:00:00Z')] }), 60)).toBe('FULLY_BOOKED');
    expect(reason(agenda({ maxJobsPerDay: 1, bookings: [booked('b', '2026-01-12T09:00:00Z', '2026-01-12T10:00:00Z')] }), 60)).toBe('DAILY_CAPACITY');
  });
});
