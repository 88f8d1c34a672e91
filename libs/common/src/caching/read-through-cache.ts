import { LRUCache } from 'lru-cache';

/** Milliseconds that only go forward (`performance` by default). */
export interface MonotonicClock {
  now(): number;
}

export interface ReadThroughCacheOptions<Value> {
  /** Entries kept; beyond it the least recently used are loaded again. */
  max: number;
  /** With `sizeOf`: the most the entries may weigh together (bytes, say); the least recently used go first. */
  maxSize?: number;
  sizeOf?: (value: Value) => number;
  /** How long an entry answers without a new load; 0 loads on every lookup. */
  ttlMs: number;
  /** True of a value that went stale without a change being announced (by the business clock, say): it is loaded again. */
  isStale?: (value: Value) => boolean;
  clock?: MonotonicClock;
}

/**
 * What an instance derived from the database, reused until it is evicted or expires: the
 * owner evicts on the announcements of a change (from any instance), and the TTL bounds how
 * long an instance that missed one goes on with what it read.
 * Concurrent lookups of one key share one load, unless an eviction came in between; a load
 * that started before an eviction is not stored, so a change can never be undone by a read
 * that raced it.
 */
export class ReadThroughCache<Value extends object> {
  private readonly entries: LRUCache<string, Value> | null;
  private generation = 0;
  private readonly loading = new Map<string, { generation: number; value: Promise<Value> }>();
  private readonly isStale: (value: Value) => boolean;

  constructor({ max, maxSize, sizeOf, ttlMs, isStale = () => false, clock = performance }: ReadThroughCacheOptions<Value>) {
    this.isStale = isStale;
    // ttlResolution 0 reads the clock on each lookup instead of arming a timer per lookup.
    const weighed = maxSize !== undefined && sizeOf ? { maxSize, sizeCalculation: (value: Value) => Math.max(1, sizeOf(value)) } : {};
    this.entries = ttlMs > 0 ? new LRUCache<string, Value>({ max, ttl: ttlMs, perf: clock, ttlResolution: 0, ...weighed }) : null;
  }

  async get(key: string, load: () => Promise<Value>): Promise<Value> {
    if (!this.entries) return load();
    const cached = this.entries.get(key);
    if (cached && !this.isStale(cached)) return cached;
    if (cached) this.entries.delete(key);
    const loading = this.loading.get(key);
    if (loading && loading.generation === this.generation) return loading.value;
    const generation = this.generation;
    const value = load();
    this.loading.set(key, { generation, value });
    try {
      const loaded = await value;
      if (generation === this.generation) this.entries.set(key, loaded);
      return loaded;
    } finally {
      if (this.loading.get(key)?.value === value) this.loading.delete(key);
    }
  }

  evict(key: string): void {
    this.generation += 1;
    this.entries?.delete(key);
  }

  evictAll(): void {
    this.generation += 1;
    this.entries?.clear();
  }
}
