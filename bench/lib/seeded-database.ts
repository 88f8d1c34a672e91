import { migrations } from '../../migrations';
import { seed } from '../seed';
import { benchDatabaseFor, databaseNameOf, readSeedStamp } from './bench-database';

/** Full scale uses BENCH_DATABASE_URL as given; other scales a sibling database, so a quick run never replaces the big one. */
export function databaseFor(scaleOfData: number): string {
  return benchDatabaseFor(scaleOfData);
}

/** Seeds the database unless it already holds this scale's data for the current migrations; the seed's row counts. */
export async function ensureSeeded(url: string, scaleOfData: number, reseed: boolean): Promise<Record<string, number>> {
  const expected = migrations.map((migration) => migration.name);
  const stamp = await readSeedStamp(url);
  if (!reseed && stamp && stamp.scale === scaleOfData && stamp.migrations.join() === expected.join()) return stamp.counts;
  console.log(stamp ? `${databaseNameOf(url)} was seeded for another scale or schema: seeding again` : `${databaseNameOf(url)} is not seeded yet`);
  return seed(url, scaleOfData);
}
