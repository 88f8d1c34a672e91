import { Announcements } from './announcements';
import type { RedisConnections } from './redis-connections';

/** Announcements of a single instance without Redis, as tests of their listeners need them. */
export function localAnnouncements(): Announcements {
  return new Announcements({ commands: null, subscriber: () => null, channel: (name: string) => name } as unknown as RedisConnections);
}
