import { ActiveUsersCache } from './active-users.cache';
import type { User } from './user.model';

function user(id: string, tokenVersion = 1): User {
  const at = new Date('2026-01-01T00:00:00Z');
  return { id, email: `${id}@example.com`, name: id, role: 'dispatcher', engineerId: null, active: true, tokenVersion, createdAt: at, updatedAt: at };
}

class ManualClock {
  // lru-cache reads a start time of 0 as "never stored", so the clock starts later.
  ms = 1_000;
  now(): number {
    return this.ms;
  }
}

describe('ActiveUsersCache', () => {
  let clock: ManualClock;
  let load: jest.Mock<Promise<User | null>, [string]>;

  beforeEach(() => {
    clock = new ManualClock();
    load = jest.fn((id: string) => Promise.resolve(user(id)));
  });

  it('reads a user once within the TTL and again after it', async () => {
    const cache = new ActiveUsersCache(5, clock);
    await cache.get('u1', load);
    clock.ms += 4_999;
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(1);
    clock.ms += 2;
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('remembers that a user is unknown or deactivated', async () => {
    const cache = new ActiveUsersCache(5, clock);
    load.mockResolvedValue(null);
    expect(await cache.get('gone', load)).toBeNull();
    expect(await cache.get('gone', load)).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads again at once after an eviction', async () => {
    const cache = new ActiveUsersCache(5, clock);
    await cache.get('u1', load);
    cache.evict('u1');
    load.mockResolvedValue(user('u1', 2));
    expect((await cache.get('u1', load))?.tokenVersion).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not store a read that an eviction overtook', async () => {
    const cache = new ActiveUsersCache(5, clock);
    let finishStaleRead!: (value: User) => void;
    load.mockReturnValueOnce(new Promise<User>((resolve) => (finishStaleRead = resolve)));
    const staleRead = cache.get('u1', load);
    cache.evict('u1');
    finishStaleRead(user('u1', 1));
    await staleRead;
    load.mockResolvedValue(user('u1', 2));
    expect((await cache.get('u1', load))?.tokenVersion).toBe(2);
  });

  it('shares one read between concurrent lookups of a user, but not across an eviction', async () => {
    const cache = new ActiveUsersCache(5, clock);
    await Promise.all([cache.get('u1', load), cache.get('u1', load), cache.get('u1', load)]);
    expect(load).toHaveBeenCalledTimes(1);
    cache.evict('u1');
    const before = cache.get('u1', load);
    cache.evict('u1');
    await Promise.all([before, cache.get('u1', load)]);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('reads on every call when the TTL is 0', async () => {
    const cache = new ActiveUsersCache(0, clock);
    await cache.get('u1', load);
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
