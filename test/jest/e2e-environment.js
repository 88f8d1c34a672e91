// Entity column types are chosen from DATABASE_URL when entity files are imported, so the
// driver must be known before any test file loads; each test's own database is set later.
if (process.env.E2E_DATABASE_URL) process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
else delete process.env.DATABASE_URL;
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
// Every test request comes from one address: the global rate limit would stop a busy test
// file. Tests of rate limiting lower it for their own app.
process.env.RATE_LIMIT_MAX = process.env.RATE_LIMIT_MAX ?? '1000000';
// Retention jobs run only when a test calls them (their services' delete… methods); a test
// that wants the schedule sets RETENTION_INTERVAL_MINUTES before it creates its app.
process.env.RETENTION_INTERVAL_MINUTES = '0';
