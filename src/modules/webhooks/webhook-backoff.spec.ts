import { retryDelayMs } from './webhook-backoff';

const DEFAULTS = { retryBaseMs: 5000, maxAttempts: 8 };
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('retryDelayMs', () => {
  it('waits 5 s, 5 min, 30 min, 2 h, 5 h, 8 h and 8 h by default, then gives up', () => {
    const delays = Array.from({ length: 8 }, (_, index) => retryDelayMs(DEFAULTS, index + 1));
    expect(delays).toEqual([5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 8 * HOUR, 8 * HOUR, null]);
  });

  it('spreads the attempts over about a day', () => {
    const total = Array.from({ length: 7 }, (_, index) => retryDelayMs(DEFAULTS, index + 1)!).reduce((sum, delay) => sum + delay, 0);
    expect(total).toBeGreaterThan(23 * HOUR);
    expect(total).toBeLessThan(25 * HOUR);
  });

  it('scales with the base, so tests can run the schedule in milliseconds', () => {
    expect([1, 2, 3].map((attempts) => retryDelayMs({ retryBaseMs: 10, maxAttempts: 4 }, attempts))).toEqual([10, 600, 3600]);
    expect(retryDelayMs({ retryBaseMs: 10, maxAttempts: 4 }, 4)).toBeNull();
  });

  it('keeps the last wait for attempts beyond the schedule', () => {
    expect(retryDelayMs({ retryBaseMs: 1, maxAttempts: 20 }, 12)).toBe(5760);
  });

  it('gives up after the first attempt when only one is allowed', () => {
    expect(retryDelayMs({ retryBaseMs: 5000, maxAttempts: 1 }, 1)).toBeNull();
  });
});
