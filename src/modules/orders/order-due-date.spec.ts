import { dueDateFor } from './order-due-date';

const RULES = { timezone: 'Europe/London', bookWithinWorkingDays: 10, urgentBookWithinWorkingDays: 2 };

describe('dueDateFor', () => {
  it('gives a standard order ten working days and an urgent one two', () => {
    const thursday = new Date('2026-03-26T10:00:00Z');
    expect(dueDateFor(thursday, 'standard', RULES)).toBe('2026-04-09');
    expect(dueDateFor(thursday, 'urgent', RULES)).toBe('2026-03-30');
  });

  it('counts from the local placement date: 23:30 UTC on a summer Thursday is Friday in London', () => {
    expect(dueDateFor(new Date('2026-06-25T23:30:00Z'), 'urgent', RULES)).toBe('2026-06-30');
    expect(dueDateFor(new Date('2026-06-25T23:30:00Z'), 'urgent', { ...RULES, timezone: 'UTC' })).toBe('2026-06-29');
    expect(dueDateFor(new Date('2026-06-25T22:30:00Z'), 'urgent', RULES)).toBe('2026-06-29');
  });
});
