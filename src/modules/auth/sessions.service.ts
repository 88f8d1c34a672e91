import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { AuthConfig } from '../../config/auth.config';
import { Announcements } from '../../redis/announcements';
import { RefreshTokensRepository } from './refresh-tokens.repository';

/** Sessions remembered per instance, each way; beyond it the least recently seen are read again. */
const MAX_SESSIONS = 10_000;

/**
 * Whether the session an access token names (`sid`, its refresh-token family) is still going.
 * The database decides: a session is live while it has a token that is neither revoked nor
 * expired. Each instance remembers the answer: "ended" for the access tokens' lifetime (an
 * ended session never comes back, and its tokens are expired after that), "live" for
 * USER_CACHE_TTL_SECONDS. Ending a session is announced to every instance (Redis pub/sub when
 * REDIS_URL is set), which forgets "live" and remembers "ended" at once; an instance that missed
 * the message reads the database again once its "live" expires.
 */
@Injectable()
export class SessionsService implements OnModuleInit {
  private readonly ended: LRUCache<string, true>;
  private readonly live: LRUCache<string, true> | null;
  private readonly reading = new Map<string, Promise<boolean>>();

  constructor(
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly dataSource: DataSource,
    private readonly announcements: Announcements,
    config: ConfigService,
  ) {
    const { accessTokenTtlSeconds, userCacheTtlSeconds } = config.getOrThrow<AuthConfig>('auth');
    this.ended = new LRUCache({ max: MAX_SESSIONS, ttl: accessTokenTtlSeconds * 1000, ttlResolution: 0 });
    this.live = userCacheTtlSeconds > 0 ? new LRUCache({ max: MAX_SESSIONS, ttl: userCacheTtlSeconds * 1000, ttlResolution: 0 }) : null;
  }

  onModuleInit(): void {
    this.announcements.listen((announcement) => {
      if (announcement.kind === 'session-ended') this.forget(announcement.sessionId);
    });
  }

  async isLive(sessionId: string): Promise<boolean> {
    if (this.ended.has(sessionId)) return false;
    if (this.live?.has(sessionId)) return true;
    // Concurrent requests of one session share one read: a burst must not take the whole pool.
    let reading = this.reading.get(sessionId);
    if (!reading) {
      reading = this.read(sessionId).finally(() => this.reading.delete(sessionId));
      this.reading.set(sessionId, reading);
    }
    return reading;
  }

  private async read(sessionId: string): Promise<boolean> {
    const live = await this.refreshTokens.isFamilyLive(sessionId, new Date(), this.dataSource.manager);
    // "ended" is checked first, so a read that raced an announcement cannot revive the session.
    if (live) this.live?.set(sessionId, true);
    else this.ended.set(sessionId, true);
    return live;
  }

  /** After the transaction that revoked the session's refresh tokens has committed. */
  async announceEnded(sessionId: string): Promise<void> {
    await this.announcements.announce({ kind: 'session-ended', sessionId });
  }

  private forget(sessionId: string): void {
    this.live?.delete(sessionId);
    this.ended.set(sessionId, true);
  }
}
