import { ConfigType, registerAs } from '@nestjs/config';

export const retentionConfig = registerAs('retention', () => ({
  /** Minutes between two runs of the retention jobs on each instance; 0 never runs them. */
  intervalMinutes: Number(process.env.RETENTION_INTERVAL_MINUTES ?? 60),
  /** A key is replayed for this long after its order was placed, and deleted afterwards. */
  idempotencyKeyTtlHours: Number(process.env.IDEMPOTENCY_KEY_TTL_HOURS ?? 24),
  /** Delivered outbox events are deleted after this many days (the outbox's own retention job). */
  outboxRetentionDays: Number(process.env.OUTBOX_RETENTION_DAYS ?? 7),
}));

export type RetentionConfig = ConfigType<typeof retentionConfig>;
