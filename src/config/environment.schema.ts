import Joi from 'joi';
import { BYTE_SIZE } from './http.config';

/** Outside production only: lets `npm start` and the tests run without secrets. Never valid in production. */
export const DEVELOPMENT_JWT_SECRET = 'development-only-jwt-secret-do-not-use-in-production';
/** Outside production only: encrypts webhook secrets at rest when WEBHOOK_SECRETS_KEY is unset. Never valid in production. */
export const DEVELOPMENT_WEBHOOK_SECRETS_KEY = 'development-only-webhook-secrets-key-do-not-use';
/** The demo's first admin, documented in .env.example and the README; refused in production. */
export const DEMO_ADMIN = { email: 'admin@vision-telematics.example', password: 'demo-admin-password' } as const;

const inProduction = (schema: Joi.Schema, otherwise: Joi.Schema) => Joi.when('NODE_ENV', { is: 'production', then: schema, otherwise });
const ORIGIN_LIST = /^\s*(https?:\/\/[^/\s,]+)(\s*,\s*https?:\/\/[^/\s,]+)*\s*$/;

/**
 * Every environment variable the server reads. Validated once at boot so a bad value
 * stops the process with a message naming the variable instead of failing later.
 */
export const environmentSchema = Joi.object({
  NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
  PORT: Joi.number().port().default(3000),
  PUBLIC_BASE_URL: Joi.string().allow('').uri({ scheme: ['http', 'https'] }),
  LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent').default('info'),
  DATABASE_URL: Joi.string()
    .uri({ scheme: ['postgres', 'postgresql'] })
    .optional(),
  DATABASE_PATH: Joi.string().default('./data/vision.sqlite'),
  DATABASE_LOGGING: Joi.boolean().default(false),
  // Bounded waits, so a database that is down, frozen or locked answers 503 instead of hanging.
  DATABASE_CONNECT_TIMEOUT_MS: Joi.number().integer().min(100).max(60000).default(3000),
  DATABASE_STATEMENT_TIMEOUT_MS: Joi.number().integer().min(100).max(600000).default(10000),
  DATABASE_LOCK_TIMEOUT_MS: Joi.number().integer().min(100).max(600000).default(5000),
  DATABASE_PREPARED_STATEMENTS: Joi.number().integer().min(0).max(10000).default(200),
  DATABASE_BUSY_TIMEOUT_MS: Joi.number().integer().min(0).max(60000).default(5000),
  // A second of it is kept for the requests still waiting on the database to answer 503.
  SHUTDOWN_GRACE_MS: Joi.number().integer().min(2000).max(120000).default(8000),
  SEED_DEMO_DATA: Joi.boolean().default(Joi.ref('$seedByDefault')),
  OUTBOX_POLL_INTERVAL_MS: Joi.number().integer().min(100).default(5000),
  OUTBOX_MAX_ATTEMPTS: Joi.number().integer().min(1).default(10),
  OUTBOX_RETRY_BASE_MS: Joi.number().integer().min(0).default(1000),
  OUTBOX_LEASE_MS: Joi.number().integer().min(1000).default(60000),
  OUTBOX_BATCH_SIZE: Joi.number().integer().min(1).max(1000).default(100),
  OUTBOX_CONCURRENCY: Joi.number().integer().min(1).max(64).default(8),
  OUTBOX_LISTENER_TIMEOUT_MS: Joi.number().integer().min(100).default(10000),
  OUTBOX_SHUTDOWN_GRACE_MS: Joi.number().integer().min(0).default(5000),

  // Webhooks (src/modules/webhooks). Private and plain-http URLs are for development and tests only.
  WEBHOOK_ALLOW_PRIVATE_URLS: inProduction(Joi.boolean().default(false), Joi.boolean().default(true)),
  WEBHOOK_SECRETS_KEY: inProduction(
    Joi.string().min(32).invalid(DEVELOPMENT_WEBHOOK_SECRETS_KEY).required(),
    Joi.string().min(32).default(DEVELOPMENT_WEBHOOK_SECRETS_KEY),
  ),
  WEBHOOK_POLL_INTERVAL_MS: Joi.number().integer().min(10).default(1000),
  WEBHOOK_TIMEOUT_MS: Joi.number().integer().min(50).max(60000).default(10000),
  WEBHOOK_RETRY_BASE_MS: Joi.number().integer().min(1).default(5000),
  WEBHOOK_MAX_ATTEMPTS: Joi.number().integer().min(1).max(50).default(8),
  WEBHOOK_CONCURRENCY: Joi.number().integer().min(1).max(64).default(8),
  WEBHOOK_RETENTION_DAYS: Joi.number().integer().min(1).default(30),

  // Retention (src/retention). The interval stays within a week: Node's timers top out at 24.8 days.
  RETENTION_INTERVAL_MINUTES: Joi.number().integer().min(0).max(7 * 24 * 60).default(60),
  IDEMPOTENCY_KEY_TTL_HOURS: Joi.number().integer().min(1).max(365 * 24).default(24),
  OUTBOX_RETENTION_DAYS: Joi.number().integer().min(1).default(7),

  // Customer e-mail (src/modules/notifications). Without SMTP_URL, messages are written to MAIL_DIR as .eml files.
  SMTP_URL: Joi.string()
    .uri({ scheme: ['smtp', 'smtps'] })
    .allow('')
    .optional(),
  // Production mail to a real server needs a real sender; elsewhere a development default.
  MAIL_FROM: Joi.string().when('$senderRequired', { is: true, then: Joi.required() }),
  MAIL_DIR: Joi.string().default('./data/mail'),
  REMINDER_HOURS_BEFORE: Joi.number().integer().min(1).max(14 * 24).default(24),
  MAIL_POLL_INTERVAL_MS: Joi.number().integer().min(0).max(24 * 60 * 60 * 1000).default(30000),
  MAIL_MAX_ATTEMPTS: Joi.number().integer().min(1).max(50).default(8),
  MAIL_RETRY_BASE_MS: Joi.number().integer().min(0).default(60000),
  MAIL_LEASE_MS: Joi.number().integer().min(1000).default(120000),

  // 32 characters at least: an HS256 key shorter than the hash is easier to brute-force offline.
  JWT_SECRET: inProduction(
    Joi.string().min(32).invalid(DEVELOPMENT_JWT_SECRET).required(),
    Joi.string().min(32).default(DEVELOPMENT_JWT_SECRET),
  ),
  ACCESS_TOKEN_TTL_SECONDS: Joi.number().integer().min(60).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: Joi.number().integer().min(1).max(90).default(14),
  // Bounded so that, across several instances, a deactivation never takes long to reach them all.
  USER_CACHE_TTL_SECONDS: Joi.number().integer().min(0).max(60).default(5),
  // Bounded for the same reason: an instance cut off from the announcements shows an old board at most this long.
  BOARD_CACHE_TTL_SECONDS: Joi.number().integer().min(0).max(60).default(10),
  ADMIN_EMAIL: inProduction(Joi.string().email({ tlds: false }).optional(), Joi.string().email({ tlds: false }).default(DEMO_ADMIN.email)),
  ADMIN_PASSWORD: inProduction(
    Joi.string().min(12).max(128).invalid(DEMO_ADMIN.password).optional(),
    Joi.string().min(12).max(128).default(DEMO_ADMIN.password),
  ),

  CORS_ORIGINS: Joi.string().allow('').pattern(ORIGIN_LIST).default(''),
  BODY_LIMIT: Joi.string().pattern(BYTE_SIZE).default('100kb'),
  HTTP_COMPRESSION_THRESHOLD_BYTES: Joi.number().integer().min(0).default(1024),
  TRUST_PROXY_HOPS: Joi.number().integer().min(0).default(0),
  RATE_LIMIT_MAX: Joi.number().integer().min(1).default(300),
  RATE_LIMIT_WINDOW_SECONDS: Joi.number().integer().min(1).default(60),
  LOGIN_RATE_LIMIT_MAX: Joi.number().integer().min(1).default(10),
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: Joi.number().integer().min(1).default(900),
  LOGIN_ADDRESS_RATE_LIMIT_MAX: Joi.number().integer().min(1).default(30),
  LOGIN_ADDRESS_RATE_LIMIT_WINDOW_SECONDS: Joi.number().integer().min(1).default(900),
  CUSTOMER_LINK_RATE_LIMIT_MAX: Joi.number().integer().min(1).default(30),
  CUSTOMER_LINK_RATE_LIMIT_WINDOW_SECONDS: Joi.number().integer().min(1).default(60),

  // Shared by several instances: rate-limit counters and announcements of user and session changes.
  REDIS_URL: Joi.string()
    .uri({ scheme: ['redis', 'rediss'] })
    .optional(),
  REDIS_KEY_PREFIX: Joi.string().max(100).default('vision:'),
}).and('ADMIN_EMAIL', 'ADMIN_PASSWORD');

export function validateEnvironment(raw: Record<string, unknown>): Record<string, unknown> {
  const seedByDefault = (raw.NODE_ENV ?? 'development') !== 'production';
  const senderRequired = !seedByDefault && Boolean(raw.SMTP_URL);
  const { error, value } = environmentSchema.validate(raw, {
    allowUnknown: true,
    abortEarly: false,
    context: { seedByDefault, senderRequired },
  });
  if (error) {
    const problems = error.details.map((detail) => `${detail.path.join('.')}: ${detail.message}`);
    throw new Error(`Invalid configuration — ${problems.join('; ')}`);
  }
  return value as Record<string, unknown>;
}
