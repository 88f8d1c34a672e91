// Entity column types are chosen from DATABASE_URL when entity files are imported, so the
// driver must be known before any test file loads; each test's own database is set later.
if (process.env.E2E_DATABASE_URL) process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
else delete process.env.DATABASE_URL;
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
// Every test request comes from one address: the global rate limit would stop a busy test
// file. Tests of rate limiting lower it for their own app.
process.env.RATE_LIMIT_MAX = process.env.RATE_LIMIT_MAX ?? '1000000';
// Likewise for sign-ins from that one address, whatever the e-mail.
process.env.LOGIN_ADDRESS_RATE_LIMIT_MAX = process.env.LOGIN_ADDRESS_RATE_LIMIT_MAX ?? '1000000';
// And for customers' appointment links (test/appointments.e2e-spec.ts lowers it for its app).
process.env.CUSTOMER_LINK_RATE_LIMIT_MAX = process.env.CUSTOMER_LINK_RATE_LIMIT_MAX ?? '1000000';
// Apps share state through Redis only when a test asks for it (REDIS_URL set from TEST_REDIS_URL,
// under a key prefix of its own). Redis is part of this machine: .ci/run starts it.
delete process.env.REDIS_URL;
process.env.TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
// Retention jobs run only when a test calls them (their services' delete… methods); a test
// that wants the schedule sets RETENTION_INTERVAL_MINUTES before it creates its app.
process.env.RETENTION_INTERVAL_MINUTES = '0';
// Customer e-mail never leaves the machine in tests: no SMTP server unless a test starts its
// own (set, even empty, so a developer's .env cannot name one), and the .eml files of the
// fallback go to a directory of this run's own.
process.env.SMTP_URL = '';
process.env.MAIL_DIR = require('node:path').join(require('node:os').tmpdir(), `vision-e2e-mail-${process.pid}`);
// Mail is sent when a booking change queues it; reminders and retries only when a test asks
// (CustomerMailSender.sendDue) or sets MAIL_POLL_INTERVAL_MS itself.
process.env.MAIL_POLL_INTERVAL_MS = '0';
