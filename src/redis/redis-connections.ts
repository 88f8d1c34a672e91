import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Redis, RedisOptions } from 'ioredis';
import { RedisConfig } from '../config/redis.config';

/**
 * The Redis connections of this instance when REDIS_URL is set: one for commands (rate-limit
 * counters, publishing) and one that only listens to the announcements channel. A command
 * fails within a second when Redis is down or frozen instead of queueing: its callers then
 * fall back to this instance's own state.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisConnections.name);
  readonly keyPrefix: string;
  /** Null without REDIS_URL. Keys sent through it are prefixed with `keyPrefix`. */
  readonly commands: Redis | null;
  private subscriberConnection: Redis | null = null;
  private readonly url: string | null;

  constructor(config: ConfigService) {
    const { url, keyPrefix } = config.getOrThrow<RedisConfig>('redis');
    this.url = url;
    this.keyPrefix = keyPrefix;
    this.commands = url ? this.connect(url, { keyPrefix, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1000 }) : null;
  }

  /** The channel's name carries the prefix itself: ioredis prefixes keys, not channels. */
  channel(name: string): string {
    return `${this.keyPrefix}${name}`;
  }

  /** A connection for SUBSCRIBE only (a subscribed connection can send no other command). */
  subscriber(): Redis | null {
    if (!this.url) return null;
    this.subscriberConnection ??= this.connect(this.url, {});
    return this.subscriberConnection;
  }

  async onApplicationShutdown(): Promise<void> {
    for (const connection of [this.commands, this.subscriberConnection]) connection?.disconnect(false);
  }

  private connect(url: string, options: RedisOptions): Redis {
    const connection = new Redis(url, { connectionName: 'vision-telematics', ...options });
    let reported = false;
    connection.on('error', (error: Error) => {
      // ioredis reconnects by itself; one line per outage is enough.
      if (!reported) this.logger.warn({ err: error }, 'Redis is unreachable: using this instance’s own counters and caches until it is back');
      reported = true;
    });
    connection.on('ready', () => {
      if (reported) this.logger.log('Redis is reachable again');
      reported = false;
    });
    return connection;
  }
}
