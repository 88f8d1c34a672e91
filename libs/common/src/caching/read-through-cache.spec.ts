import { ReadThroughCache } from './read-through-cache';

class ManualClock {
  private at = 1_000;

  now(): number {
    return this.at;
  }

  advance(ms: number): void {
    this.at += ms;
  }
}

/** A load that resolves when the test says so. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('ReadThroughCache', () => {
  let clock: ManualClock;

  beforeEach(() => {
    clock = new ManualClock();
  });

  it('keeps what it loaded until the TTL has passed', async () => {
    const cache = new ReadThroughCache<{ n: number }>({ max: 10, ttlMs: 1000, clock });
    let loads = 0;
    const load = () => Promise.resolve({ n: ++loads });
    expect(await cache.get('a', load)).toEqual({ n: 1 });
    clock.advance(999);
    expect(await cache.get('a', load)).toEqual({ n: 1 });
    clock.advance(2);
    expect(await cache.get('a', load)).toEqual({ n: 2 });
  });

  it('loads again a value it is told went stale, before its TTL', async () => {
    let staleFrom = Infinity;
    const cache = new ReadThroughCache<{ n: number }>({ max: 10, ttlMs: 1000, isStale: (value) => value.n >= staleFrom, clock });
    let loads = 0;
    const load = () => Promise.resolve({ n: ++loads });
    expect((await cache.get('a', load)).n).toBe(1);
    expect((await cache.get('a', load)).n).toBe(1);
    staleFrom = 1;
    expect((await cache.get('a', load)).n).toBe(2);
    staleFrom = Infinity;
    expect((await cache.get('a', load)).n).toBe(2);
    clock.advance(1001);
    expect((await cache.get('a', load)).n).toBe(3);
  });

  it('drops everything at evictAll, and does not keep a load that started before it', async () => {
    const cache = new ReadThroughCache<{ n: number }>({ max: 10, ttlMs: 60_000, clock });
    await cache.get('a', () => Promise.resolve({ n: 1 }));
    const racing = deferred<{ n: number }>();
    const raced = cache.get('b', () => racing.promise);
    cache.evictAll();
    racing.resolve({ n: 2 });
    expect(await raced).toEqual({ n: 2 });
    expect(await cache.get('a', () => Promise.resolve({ n: 3 }))).toEqual({ n: 3 });
    expect(await cache.get('b', () => Promise.resolve({ n: 4 }))).toEqual({ n: 4 });
  });

  it('shares one load between concurrent lookups of a key, but not across an eviction', async () => {
    const cache = new ReadThroughCache<{ n: number }>({ max: 10, ttlMs: 60_000, clock });
    const first = deferred<{ n: number }>();
    let loads = 0;
    const load = () => (++loads === 1 ? first.promise : Promise.resolve({ n: loads }));
    const [one, two] = [cache.get('a', load), cache.get('a', load)];
    cache.evict('a');
    const three = cache.get('a', load);
    first.resolve({ n: 1 });
    expect(await Promise.all([one, two, three])).toEqual([{ n: 1 }, { n: 1 }, { n: 2 }]);
    expect(loads).toBe(2);
  });

  it('keeps no more than maxSize by weight, the least recently used going first', async () => {
    const cache = new ReadThroughCache<Buffer>({ max: 10, maxSize: 100, sizeOf: (body) => body.length, ttlMs: 60_000, clock });
    let loads = 0;
    const load = (bytes: number) => () => (loads++, Promise.resolve(Buffer.alloc(bytes)));
    await cache.get('a', load(60));
    await cache.get('b', load(30));
    await cache.get('a', load(60));
    await cache.get('c', load(30));
    expect(loads).toBe(3);
    await cache.get('a', load(60));
    await cache.get('c', load(30));
    expect(loads).toBe(3);
    await cache.get('b', load(30));
    expect(loads).toBe(4);
  });

  it('loads every time with a TTL of 0', async () => {
    const cache = new ReadThroughCache<{ n: number }>({ max: 10, ttlMs: 0, clock });
    let loads = 0;
    await cache.get('a', () => Promise.resolve({ n: ++loads }));
    await cache.get('a', () => Promise.resolve({ n: ++loads }));
    expect(loads).toBe(2);
  });
});
