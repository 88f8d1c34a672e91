import { ConfigType, registerAs } from '@nestjs/config';

export const outboxConfig = registerAs('outbox', () => ({
  pollIntervalMs: Number(process.env.OUTBOX_POLL_INTERVAL_MS ?? 5000),
  /** Attempts per delivery, counted when claimed; after the last one it is parked as failed. */
  maxAttempts: Number(process.env.OUTBOX_MAX_ATTEMPTS ?? 10),
  /** First retry delay; doubles with each failed attempt, capped at an hour. */
  retryBaseMs: Number(process.env.OUTBOX_RETRY_BASE_MS ?? 1000),
  /** How long a claimed delivery stays hidden from other instances while it is delivered. */
  leaseMs: Number(process.env.OUTBOX_LEASE_MS ?? 60000),
  /** Deliveries claimed at once. */
  batchSize: Number(process.env.OUTBOX_BATCH_SIZE ?? 100),
  /** Deliveries of different aggregates run side by side, up to this many. */
  concurrency: Number(process.env.OUTBOX_CONCURRENCY ?? 8),
  /** A listener that takes longer has failed this attempt. */
  listenerTimeoutMs: Number(process.env.OUTBOX_LISTENER_TIMEOUT_MS ?? 10000),
  /** On shutdown, how long deliveries under way may finish before the rest are released. */
  shutdownGraceMs: Number(process.env.OUTBOX_SHUTDOWN_GRACE_MS ?? 5000),
}));

export type OutboxConfig = ConfigType<typeof outboxConfig>;
