import { LRUCache } from 'lru-cache';

/**
 * The names under which one connection has prepared its statements, as pgjdbc's
 * `prepareThreshold` and Npgsql's auto-prepare do it: a statement text run again on the
 * connection gets a name, so PostgreSQL parses it once there and, once a generic plan costs no
 * more than the custom ones, plans it once too (`plan_cache_mode = auto`). At most `capacity`
 * are kept; the least recently run is released (`onRelease`) to make room, so texts that vary
 * (an `IN` list of each length) cannot pile up on the server.
 */
export class StatementNames {
  private readonly named: LRUCache<string, string> | undefined;
  /**
   * Texts run once and not named yet: a statement is named on its second run, as one run once is
   * not worth a name. A few times the capacity, so one-off texts pass through.
   */
  private readonly runOnce: LRUCache<string, true> | undefined;
  private sequence = 0;

  constructor(capacity: number, onRelease: (name: string) => void) {
    if (capacity <= 0) return;
    this.named = new LRUCache<string, string>({ max: capacity, dispose: (name) => onRelease(name) });
    this.runOnce = new LRUCache<string, true>({ max: capacity * 4 });
  }

  /** The name to run `text` under, or undefined to run it unnamed (parsed and planned this once). */
  nameFor(text: string): string | undefined {
    if (!this.named || !this.runOnce) return undefined;
    const name = this.named.get(text);
    if (name !== undefined) return name;
    if (!this.runOnce.delete(text)) {
      this.runOnce.set(text, true);
      return undefined;
    }
    // Names are never reused on a connection, so a released one cannot be mistaken for a live one.
    const fresh = `vt_${++this.sequence}`;
    this.named.set(text, fresh);
    return fresh;
  }
}
