import { ConfigService } from '@nestjs/config';
import { LRUCache } from 'lru-cache';
import { AuthConfig } from '../../config/auth.config';
import type { User } from './user.model';

/** Enough for every user of a large team; beyond it the least recently seen are read again. */
const MAX_USERS = 10_000;

export interface Clock {
  now(): number;
}

/**
 * Every authenticated request needs the caller's user row, and on the hot reads that lookup
 * was a query of its own (docs/performance.md). A few seconds of reuse removes it; a change
 * made through any instance evicts the user at once on every instance (UsersService listens
 * to the announcements); an instance that missed one catches up within the TTL.
 * A lookup that started before an eviction is not stored, so a change can never be undone by
 * a read that raced it.
 */
export class ActiveUsersCache {
  private readonly users: LRUCache<string, { user: User | null }> | null;
  private generation = 0;
  private readonly reading = new Map<string, { generation: number; user: Promise<User | null> }>();

  static fromConfig(config: ConfigService): ActiveUsersCache {
    return new ActiveUsersCache(config.getOrThrow<AuthConfig>('auth').userCacheTtlSeconds);
  }

  constructor(ttlSeconds: number, clock: Clock = performance) {
    // ttlResolution 0 reads the clock on each lookup instead of arming a timer per lookup.
    this.users = ttlSeconds > 0 ? new LRUCache({ max: MAX_USERS, ttl: ttlSeconds * 1000, perf: clock, ttlResolution: 0 }) : null;
  }

  async get(id: string, load: (id: string) => Promise<User | null>): Promise<User | null> {
    if (!this.users) return load(id);
    const cached = this.users.get(id);
    if (cached) return cached.user;
    // Concurrent requests of one user share one read, unless an eviction came in between.
    const reading = this.reading.get(id);
    if (reading && reading.generation === this.generation) return reading.user;
    const generation = this.generation;
    const user = load(id);
    this.reading.set(id, { generation, user });
    try {
      const loaded = await user;
      if (generation === this.generation) this.users.set(id, { user: loaded });
      return loaded;
    } finally {
      if (this.reading.get(id)?.user === user) this.reading.delete(id);
    }
  }

  evict(id: string): void {
    this.generation += 1;
    this.users?.delete(id);
  }
}
