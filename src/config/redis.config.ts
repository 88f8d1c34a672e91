import { ConfigType, registerAs } from '@nestjs/config';

export const redisConfig = registerAs('redis', () => ({
  /** Shared state of several instances (rate-limit counters, announcements); null keeps it in this process. */
  url: process.env.REDIS_URL || null,
  /** Put before every key and the announcements channel, so several deployments can share one Redis. */
  keyPrefix: process.env.REDIS_KEY_PREFIX ?? 'vision:',
}));

export type RedisConfig = ConfigType<typeof redisConfig>;
