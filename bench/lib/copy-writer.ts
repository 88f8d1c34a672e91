import { once } from 'node:events';
import { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';

export type CopyValue = string | number | boolean | Date | null | undefined | object;

const FLUSH_AT = 256 * 1024;

/** COPY's text format: tab-separated, `\N` for null, backslash escapes for the separators. */
function encode(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : text;
}

/**
 * Streams rows into one table with COPY FROM STDIN on a client of its own, buffering text
 * and waiting only when PostgreSQL falls behind. Several writers run at once, one per table,
 * so the server parses one table while the generator produces the next rows.
 */
export class CopyWriter {
  private buffer = '';
  private rows = 0;
  private readonly stream: Writable;
  private readonly done: Promise<void>;

  private constructor(
    private readonly client: PoolClient,
    readonly table: string,
    columns: readonly string[],
  ) {
    const columnList = columns.map((column) => `"${column}"`).join(', ');
    this.stream = client.query(copyFrom(`COPY "${table}" (${columnList}) FROM STDIN`));
    this.done = new Promise((resolve, reject) => {
      this.stream.on('finish', () => resolve());
      this.stream.on('error', reject);
    });
    // Keeps an early COPY failure from being an unhandled rejection; finish() reports it.
    this.done.catch(() => undefined);
  }

  static open(client: PoolClient, table: string, columns: readonly string[]): CopyWriter {
    return new CopyWriter(client, table, columns);
  }

  get count(): number {
    return this.rows;
  }

  /** Resolves at once unless the buffer was handed over and the stream is full. */
  write(values: readonly CopyValue[]): Promise<void> | undefined {
    let line = '';
    for (let index = 0; index < values.length; index += 1) {
      line += (index === 0 ? '' : '\t') + encode(values[index]);
    }
    this.buffer += `${line}\n`;
    this.rows += 1;
    if (this.buffer.length < FLUSH_AT) return undefined;
    return this.flush();
  }

  private flush(): Promise<void> | undefined {
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk.length === 0 || this.stream.write(chunk)) return undefined;
    return Promise.race([once(this.stream, 'drain').then(() => undefined), this.done]);
  }

  async finish(): Promise<number> {
    await this.flush();
    this.stream.end();
    await this.done;
    this.client.release();
    return this.rows;
  }
}
