import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RedisConnections } from './redis-connections';

/** A change every instance must apply to what it holds in memory, at once. */
export type Announcement =
  /** The user was deactivated, reactivated, changed role or had their password reset: read them again. */
  | { kind: 'user-changed'; userId: string }
  /** The session (refresh-token family) ended: refuse its access tokens. */
  | { kind: 'session-ended'; sessionId: string }
  /** Committed data of this kind changed: drop what was derived from it (the settings, the dispatcher's board). */
  | { kind: 'data-changed'; data: ChangedData };

/** The kinds of data whose changes are announced: what instances hold derived from them. */
export const CHANGED_DATA = ['settings', 'engineers', 'customers', 'bookings'] as const;
export type ChangedData = (typeof CHANGED_DATA)[number];

function isChangedData(value: unknown): value is ChangedData {
  return (CHANGED_DATA as readonly unknown[]).includes(value);
}

type Listener = (announcement: Announcement) => void;

const CHANNEL = 'announcements';
/** How long start-up waits for the subscription. */
const SUBSCRIBE_WAIT_MS = 3000;

/** The announcement a message carries, with only its own fields; null for anything else. */
function announcementIn(message: Record<string, unknown>): Announcement | null {
  if (message.kind === 'user-changed' && typeof message.userId === 'string') return { kind: 'user-changed', userId: message.userId };
  if (message.kind === 'session-ended' && typeof message.sessionId === 'string') return { kind: 'session-ended', sessionId: message.sessionId };
  if (message.kind === 'data-changed' && isChangedData(message.data)) return { kind: 'data-changed', data: message.data };
  return null;
}

/**
 * Tells this instance's listeners at once, before `announce` returns, and the other instances
 * through Redis pub/sub when REDIS_URL is set. Pub/sub delivers to the instances subscribed at
 * that moment and keeps nothing: an instance that was cut off from Redis misses the message,
 * so what listeners hold in memory must still expire by itself (USER_CACHE_TTL_SECONDS), and
 * the database stays the source of truth.
 */
@Injectable()
export class Announcements implements OnModuleInit {
  private readonly logger = new Logger(Announcements.name);
  private readonly listeners: Listener[] = [];
  /** Tells this instance's own messages apart when Redis echoes them back. */
  private readonly instanceId = randomUUID();

  constructor(private readonly redis: RedisConnections) {}

  /**
   * Subscribed before the server takes requests, so no announcement made after start-up is
   * missed; but a Redis that is down does not hold the start-up for more than a few seconds:
   * ioredis subscribes (and re-subscribes after every reconnection) as soon as it can.
   */
  async onModuleInit(): Promise<void> {
    const subscriber = this.redis.subscriber();
    if (!subscriber) return;
    subscriber.on('message', (_channel: string, text: string) => this.receive(text));
    const subscribed = subscriber.subscribe(this.redis.channel(CHANNEL)).then(
      () => true,
      () => false,
    );
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), SUBSCRIBE_WAIT_MS)));
    const ok = await Promise.race([subscribed, gaveUp]);
    clearTimeout(timer);
    if (!ok) this.logger.warn('Not yet subscribed to announcements (Redis unreachable): other instances’ changes reach this one by cache expiry until it is');
  }

  listen(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Waits for a unit of work and announces its change once it has committed; one that rolled back announces nothing. */
  async afterCommit<T>(committing: Promise<T>, announcement: Announcement): Promise<T> {
    const value = await committing;
    await this.announce(announcement);
    return value;
  }

  /** Never throws: the change is committed already; an instance that misses it catches up by expiry. */
  async announce(announcement: Announcement): Promise<void> {
    this.deliver(announcement);
    const commands = this.redis.commands;
    if (!commands) return;
    try {
      await commands.publish(this.redis.channel(CHANNEL), JSON.stringify({ ...announcement, from: this.instanceId }));
    } catch (error) {
      this.logger.warn({ err: error, announcement }, 'Could not announce a change to the other instances: they apply it when their cache expires');
    }
  }

  private receive(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const fields = message as Record<string, unknown>;
    const announcement = announcementIn(fields);
    if (announcement && fields.from !== this.instanceId) this.deliver(announcement);
  }

  private deliver(announcement: Announcement): void {
    for (const listener of this.listeners) listener(announcement);
  }
}
