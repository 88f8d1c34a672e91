import { ConfigService } from '@nestjs/config';
import { MonotonicClock, ReadThroughCache } from '@app/common';
import { AuthConfig } from '../../config/auth.config';
import type { User } from './user.model';

/** Enough for every user of a large team; beyond it the least recently seen are read again. */
const MAX_USERS = 10_000;

/**
 * Every authenticated request needs the caller's user row, and on the hot reads that lookup
 * was a query of its own (docs/performance.md). A few seconds of reuse removes it; a change
 * made through any instance evicts the user at once on every instance (UsersService listens
 * to the announcements); an instance that missed one catches up within the TTL.
 */
export class ActiveUsersCache {
  private readonly users: ReadThroughCache<{ user: User | null }>;

  static fromConfig(config: ConfigService): ActiveUsersCache {
    return new ActiveUsersCache(config.getOrThrow<AuthConfig>('auth').userCacheTtlSeconds);
  }

  constructor(ttlSeconds: number, clock: MonotonicClock = performance) {
    this.users = new ReadThroughCache({ max: MAX_USERS, ttlMs: ttlSeconds * 1000, clock });
  }

  async get(id: string, load: (id: string) => Promise<User | null>): Promise<User | null> {
    return (await this.users.get(id, async () => ({ user: await load(id) }))).user;
  }

  evict(id: string): void {
    this.users.evict(id);
  }
}
