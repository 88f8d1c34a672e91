/** Rows grouped by a key, each group in the order the rows come: one pass, where a filter per key would scan them all each time. */
export function groupBy<Row, Value>(rows: Iterable<Row>, keyOf: (row: Row) => string, valueOf: (row: Row) => Value): Map<string, Value[]> {
  const groups = new Map<string, Value[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(valueOf(row));
    else groups.set(key, [valueOf(row)]);
  }
  return groups;
}
