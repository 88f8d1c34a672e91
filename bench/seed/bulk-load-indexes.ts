import { Client } from 'pg';

interface Definition {
  table: string;
  name: string;
  /** Run in this order when restoring: keys first, so foreign keys find them. */
  rank: number;
  drop: string;
  create: string;
}

const RANK = { p: 0, u: 1, x: 2, index: 3, f: 4 } as const;

/**
 * Building an index once over loaded rows is many times faster than updating it row by row,
 * so the seed drops the migrations' keys, constraints and indexes on the tables it fills and
 * recreates them from the definitions PostgreSQL reports. The schema ends exactly as the
 * migrations left it; checks stay in place throughout, so every row is still validated.
 */
export async function dropIndexesFor(client: Client, tables: readonly string[]): Promise<Definition[]> {
  const constraints = await client.query<{ table: string; name: string; type: keyof typeof RANK; definition: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.contype AS type, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public'
        AND ((t.relname = ANY($1) AND c.contype IN ('p', 'u', 'x', 'f'))
          -- A foreign key from a table the seed leaves empty still depends on the key it references.
          OR (c.contype = 'f' AND c.confrelid::regclass::text = ANY($1)))`,
    [tables],
  );
  const indexes = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT i.tablename AS table, i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  const definitions: Definition[] = [
    ...constraints.rows.map((row) => ({
      table: row.table,
      name: row.name,
      rank: RANK[row.type],
      drop: `ALTER TABLE ${row.table} DROP CONSTRAINT "${row.name}"`,
      create: `ALTER TABLE ${row.table} ADD CONSTRAINT "${row.name}" ${row.definition}`,
    })),
    ...indexes.rows.map((row) => ({ table: row.table, name: row.name, rank: RANK.index, drop: `DROP INDEX "${row.name}"`, create: row.definition })),
  ];
  // Foreign keys go first: they depend on the keys they reference.
  for (const definition of [...definitions].sort((a, b) => b.rank - a.rank)) await client.query(definition.drop);
  return definitions.sort((a, b) => a.rank - b.rank);
}

export async function restoreIndexes(client: Client, definitions: readonly Definition[], onEach: (name: string) => void): Promise<void> {
  for (const definition of definitions) {
    await client.query(definition.create);
    onEach(definition.name);
  }
}
