import { ConfigType, registerAs } from '@nestjs/config';

export const outboxConfig = registerAs('outbox', () => ({
  pollIntervalMs: Number(process.env.OUTBOX_POLL_INTERVAL_MS ?? 5000),
  maxAttempts: Number(process.env.OUTBOX_MAX_ATTEMPTS ?? 10),
  /** First retry delay; doubles with each failed attempt, capped at an hour. */
  retryBaseMs: Number(process.env.OUTBOX_RETRY_BASE_MS ?? 1000),
  /** How long a claimed row stays hidden from other instances while it is delivered. */
  leaseMs: Number(process.env.OUTBOX_LEASE_MS ?? 60000),
}));

export type OutboxConfig = ConfigType<typeof outboxConfig>;
