import { Logger } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import type { Redis } from 'ioredis';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Counters in Redis, shared by every instance. While Redis cannot answer (each command gives
 * up after a second), this instance counts in its own memory instead of refusing or letting
 * everyone through: the limits still hold per instance until Redis is back.
 */
export class SharedRateLimitStorage implements ThrottlerStorage {
  private readonly logger = new Logger(SharedRateLimitStorage.name);
  private readonly shared: ThrottlerStorageRedisService;
  private readonly local = new ThrottlerStorageService();
  private failing = false;

  constructor(redis: Redis) {
    this.shared = new ThrottlerStorageRedisService(redis);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    try {
      const record = await this.shared.increment(key, ttl, limit, blockDuration, throttlerName);
      this.failing = false;
      return record;
    } catch (error) {
      if (!this.failing) this.logger.warn({ err: error }, 'Rate-limit counters are unavailable in Redis: counting in this instance until it answers');
      this.failing = true;
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  onApplicationShutdown(): void {
    this.local.onApplicationShutdown();
  }
}
