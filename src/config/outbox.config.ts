import { ConfigType, registerAs } from '@nestjs/config';

export const outboxConfig = registerAs('outbox', () => ({
  pollIntervalMs: Number(process.env.OUTBOX_POLL_INTERVAL_MS ?? 5000),
  maxAttempts: Number(process.env.OUTBOX_MAX_ATTEMPTS ?? 10),
}));

export type OutboxConfig = ConfigType<typeof outboxConfig>;
