import { claimLeaseMs, retryDelayMs } from './outbox-backoff';

describe('outbox back-off', () => {
  const settings = { retryBaseMs: 1000, leaseMs: 10_000 };

  it('doubles the retry delay with each failed attempt and caps it at an hour', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(settings, attempts))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(settings, 40)).toBe(3_600_000);
  });

  it('leases a claim for the lease while the back-off is shorter, then for the back-off', () => {
    expect([1, 4, 5, 6].map((attempts) => claimLeaseMs(settings, attempts))).toEqual([10_000, 10_000, 16_000, 32_000]);
  });
});
