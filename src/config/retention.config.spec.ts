import { validateEnvironment } from './environment.schema';

describe('retention settings', () => {
  it('default to an hourly run, keys kept a day and delivered events a week', () => {
    expect(validateEnvironment({})).toMatchObject({ RETENTION_INTERVAL_MINUTES: 60, IDEMPOTENCY_KEY_TTL_HOURS: 24, OUTBOX_RETENTION_DAYS: 7 });
  });

  it('accept 0 minutes, which turns the schedule off', () => {
    expect(validateEnvironment({ RETENTION_INTERVAL_MINUTES: '0' }).RETENTION_INTERVAL_MINUTES).toBe(0);
  });

  it.each([
    [{ RETENTION_INTERVAL_MINUTES: '-1' }, 'RETENTION_INTERVAL_MINUTES'],
    [{ RETENTION_INTERVAL_MINUTES: '20000' }, 'RETENTION_INTERVAL_MINUTES'],
    [{ RETENTION_INTERVAL_MINUTES: 'hourly' }, 'RETENTION_INTERVAL_MINUTES'],
    [{ IDEMPOTENCY_KEY_TTL_HOURS: '0' }, 'IDEMPOTENCY_KEY_TTL_HOURS'],
    [{ IDEMPOTENCY_KEY_TTL_HOURS: '1.5' }, 'IDEMPOTENCY_KEY_TTL_HOURS'],
    [{ OUTBOX_RETENTION_DAYS: '0' }, 'OUTBOX_RETENTION_DAYS'],
  ])('refuse %j naming %s', (environment, variable) => {
    expect(() => validateEnvironment(environment)).toThrow(new RegExp(`Invalid configuration — .*${variable}`));
  });
});
