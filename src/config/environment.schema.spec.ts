import { validateEnvironment } from './environment.schema';

describe('validateEnvironment', () => {
  it('fills defaults for a bare environment', () => {
    expect(validateEnvironment({})).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATABASE_PATH: './data/vision.sqlite',
      SEED_DEMO_DATA: true,
      OUTBOX_POLL_INTERVAL_MS: 5000,
    });
  });

  it('turns demo seeding off by default in production', () => {
    expect(validateEnvironment({ NODE_ENV: 'production' }).SEED_DEMO_DATA).toBe(false);
    expect(validateEnvironment({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }).SEED_DEMO_DATA).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ OUTBOX_MAX_ATTEMPTS: '0' }, 'OUTBOX_MAX_ATTEMPTS'],
  ])('refuses %j naming %s', (environment, variable) => {
    expect(() => validateEnvironment(environment)).toThrow(new RegExp(`Invalid configuration — .*${variable}`));
  });
});
