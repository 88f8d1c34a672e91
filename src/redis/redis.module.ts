import { Global, Module } from '@nestjs/common';
import { Announcements } from './announcements';
import { RedisConnections } from './redis-connections';

/**
 * What several instances share when REDIS_URL is set (docs/deployment.md, "Several
 * instances"): the connections, for the rate-limit counters, and the announcements of user
 * and session changes. Without REDIS_URL both stay in this process.
 */
@Global()
@Module({
  providers: [RedisConnections, Announcements],
  exports: [RedisConnections, Announcements],
})
export class RedisModule {}
