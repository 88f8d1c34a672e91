import { DEMO_ADMIN, DEVELOPMENT_JWT_SECRET, DEVELOPMENT_WEBHOOK_SECRETS_KEY, validateEnvironment } from './environment.schema';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
  WEBHOOK_SECRETS_KEY: 'a-production-webhook-key-of-at-least-32-characters',
};

describe('validateEnvironment', () => {
  it('fills defaults for a bare environment', () => {
    expect(validateEnvironment({})).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATABASE_PATH: './data/vision.sqlite',
      SEED_DEMO_DATA: true,
      OUTBOX_POLL_INTERVAL_MS: 5000,
      JWT_SECRET: DEVELOPMENT_JWT_SECRET,
      ADMIN_EMAIL: DEMO_ADMIN.email,
      ADMIN_PASSWORD: DEMO_ADMIN.password,
      CORS_ORIGINS: '',
      BODY_LIMIT: '100kb',
      RATE_LIMIT_MAX: 300,
      LOGIN_RATE_LIMIT_MAX: 10,
      USER_CACHE_TTL_SECONDS: 5,
      BOARD_CACHE_TTL_SECONDS: 10,
      DATABASE_CONNECT_TIMEOUT_MS: 3000,
      DATABASE_STATEMENT_TIMEOUT_MS: 10000,
      DATABASE_LOCK_TIMEOUT_MS: 5000,
      DATABASE_BUSY_TIMEOUT_MS: 5000,
      SHUTDOWN_GRACE_MS: 8000,
      WEBHOOK_ALLOW_PRIVATE_URLS: true,
      WEBHOOK_SECRETS_KEY: DEVELOPMENT_WEBHOOK_SECRETS_KEY,
      WEBHOOK_TIMEOUT_MS: 10000,
      WEBHOOK_RETRY_BASE_MS: 5000,
      WEBHOOK_MAX_ATTEMPTS: 8,
    });
  });

  it('refuses private and plain-http webhook URLs by default in production, unless told otherwise', () => {
    expect(validateEnvironment(PRODUCTION).WEBHOOK_ALLOW_PRIVATE_URLS).toBe(false);
    expect(validateEnvironment({ ...PRODUCTION, WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }).WEBHOOK_ALLOW_PRIVATE_URLS).toBe(true);
  });

  it('accepts the demo admin outside production', () => {
    expect(() => validateEnvironment({ ADMIN_EMAIL: DEMO_ADMIN.email, ADMIN_PASSWORD: DEMO_ADMIN.password })).not.toThrow();
  });

  it('accepts a comma-separated list of origins', () => {
    expect(validateEnvironment({ CORS_ORIGINS: 'https://admin.example.com, http://localhost:5173' }).CORS_ORIGINS).toBeDefined();
  });

  it('has no secret or demo admin by default in production', () => {
    const production = validateEnvironment(PRODUCTION);
    expect(production.JWT_SECRET).toBe(PRODUCTION.JWT_SECRET);
    expect(production.ADMIN_EMAIL).toBeUndefined();
    expect(production.ADMIN_PASSWORD).toBeUndefined();
  });

  it('turns demo seeding off by default in production', () => {
    expect(validateEnvironment(PRODUCTION).SEED_DEMO_DATA).toBe(false);
    expect(validateEnvironment({ ...PRODUCTION, SEED_DEMO_DATA: 'true' }).SEED_DEMO_DATA).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ OUTBOX_MAX_ATTEMPTS: '0' }, 'OUTBOX_MAX_ATTEMPTS'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ ...PRODUCTION, JWT_SECRET: DEVELOPMENT_JWT_SECRET }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'too-short' }, 'JWT_SECRET'],
    [{ ...PRODUCTION, ADMIN_EMAIL: 'root@example.com', ADMIN_PASSWORD: DEMO_ADMIN.password }, 'ADMIN_PASSWORD'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://admin.example.com/path' }, 'CORS_ORIGINS'],
    [{ BODY_LIMIT: 'huge' }, 'BODY_LIMIT'],
    [{ LOGIN_RATE_LIMIT_MAX: '0' }, 'LOGIN_RATE_LIMIT_MAX'],
    [{ ...PRODUCTION, ADMIN_EMAIL: 'root@example.com' }, 'ADMIN_PASSWORD'],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: '0' }, 'DATABASE_STATEMENT_TIMEOUT_MS'],
    [{ DATABASE_LOCK_TIMEOUT_MS: 'soon' }, 'DATABASE_LOCK_TIMEOUT_MS'],
    [{ DATABASE_CONNECT_TIMEOUT_MS: '-1' }, 'DATABASE_CONNECT_TIMEOUT_MS'],
    [{ SHUTDOWN_GRACE_MS: '500' }, 'SHUTDOWN_GRACE_MS'],
    [{ NODE_ENV: 'production', JWT_SECRET: PRODUCTION.JWT_SECRET }, 'WEBHOOK_SECRETS_KEY'],
    [{ ...PRODUCTION, WEBHOOK_SECRETS_KEY: DEVELOPMENT_WEBHOOK_SECRETS_KEY }, 'WEBHOOK_SECRETS_KEY'],
    [{ WEBHOOK_SECRETS_KEY: 'too-short' }, 'WEBHOOK_SECRETS_KEY'],
    [{ WEBHOOK_TIMEOUT_MS: '0' }, 'WEBHOOK_TIMEOUT_MS'],
    [{ WEBHOOK_MAX_ATTEMPTS: '0' }, 'WEBHOOK_MAX_ATTEMPTS'],
  ])('refuses %j naming %s', (environment, variable) => {
    expect(() => validateEnvironment(environment)).toThrow(new RegExp(`Invalid configuration — .*${variable}`));
  });
});
