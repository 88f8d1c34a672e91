import Joi from 'joi';

/**
 * Every environment variable the server reads. Validated once at boot so a bad value
 * stops the process with a message naming the variable instead of failing later.
 */
export const environmentSchema = Joi.object({
  NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
  PORT: Joi.number().port().default(3000),
  LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent').default('info'),
  DATABASE_URL: Joi.string()
    .uri({ scheme: ['postgres', 'postgresql'] })
    .optional(),
  DATABASE_PATH: Joi.string().default('./data/vision.sqlite'),
  DATABASE_LOGGING: Joi.boolean().default(false),
  SEED_DEMO_DATA: Joi.boolean().default(Joi.ref('$seedByDefault')),
  OUTBOX_POLL_INTERVAL_MS: Joi.number().integer().min(100).default(5000),
  OUTBOX_MAX_ATTEMPTS: Joi.number().integer().min(1).default(10),
  OUTBOX_RETRY_BASE_MS: Joi.number().integer().min(0).default(1000),
  OUTBOX_LEASE_MS: Joi.number().integer().min(1000).default(60000),
});

export function validateEnvironment(raw: Record<string, unknown>): Record<string, unknown> {
  const seedByDefault = (raw.NODE_ENV ?? 'development') !== 'production';
  const { error, value } = environmentSchema.validate(raw, {
    allowUnknown: true,
    abortEarly: false,
    context: { seedByDefault },
  });
  if (error) {
    const problems = error.details.map((detail) => `${detail.path.join('.')}: ${detail.message}`);
    throw new Error(`Invalid configuration — ${problems.join('; ')}`);
  }
  return value as Record<string, unknown>;
}
