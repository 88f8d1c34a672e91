import { ConfigType, registerAs } from '@nestjs/config';

export const webhooksConfig = registerAs('webhooks', () => ({
  /**
   * Whether endpoint URLs may be plain http and reach private, loopback or link-local
   * addresses: for development and tests, whose receivers run on localhost. Off in production.
   */
  allowPrivateUrls: process.env.WEBHOOK_ALLOW_PRIVATE_URLS === 'true',
  /** The key the endpoints' signing secrets are encrypted with at rest (validated at boot). */
  secretsKey: process.env.WEBHOOK_SECRETS_KEY!,
  /** How often due messages are looked for (ms); a fan-out also asks at once after its commit. */
  pollIntervalMs: Number(process.env.WEBHOOK_POLL_INTERVAL_MS ?? 1000),
  /** A receiver that has not answered by then has failed that attempt. */
  timeoutMs: Number(process.env.WEBHOOK_TIMEOUT_MS ?? 10000),
  /** The unit of the retry schedule: 5 s gives 5 s, 5 min, 30 min, 2 h, 5 h, 8 h, 8 h. */
  retryBaseMs: Number(process.env.WEBHOOK_RETRY_BASE_MS ?? 5000),
  /** Attempts per message, the first included, before it is given up as failed. */
  maxAttempts: Number(process.env.WEBHOOK_MAX_ATTEMPTS ?? 8),
  /** Messages sent side by side (never two of one order to one endpoint). */
  concurrency: Number(process.env.WEBHOOK_CONCURRENCY ?? 8),
  /** Delivered and failed messages are deleted, with their attempts, this many days after their last change. */
  retentionDays: Number(process.env.WEBHOOK_RETENTION_DAYS ?? 30),
}));

export type WebhooksConfig = ConfigType<typeof webhooksConfig>;
