import { TimeSpan, WorkingHours } from '@app/common';
import { EngineerAgenda, SchedulingRules } from './slot-rules';

/** Shared by the availability specs only. */
export function weekdayHours(...spans: TimeSpan[]): WorkingHours {
  return { monday: spans, tuesday: spans, wednesday: spans, thursday: spans, friday: spans, saturday: [], sunday: [] };
}

export const NINE_TO_FIVE = weekdayHours({ start: '09:00', end: '17:00' });

export const LONDON_RULES: SchedulingRules = {
  timezone: 'Europe/London',
  slotMinutes: 30,
  minLeadHours: 0,
  travelBufferMinutes: 0,
  roadFactor: 1.3,
  averageSpeedKmh: 40,
  travelFromHome: false,
};

export function agenda(overrides: Partial<EngineerAgenda> = {}): EngineerAgenda {
  return { workingHours: NINE_TO_FIVE, timeOff: [], bookings: [], maxJobsPerDay: null, ...overrides };
}

export function interval(start: string, end: string) {
  return { start: new Date(start), end: new Date(end) };
}

export function booked(bookingId: string, start: string, end: string) {
  return { bookingId, ...interval(start, end) };
}
