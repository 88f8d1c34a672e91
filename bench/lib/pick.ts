/** Math.random is enough for choosing request targets; the data itself is seeded. */
export function pick<T>(items: readonly T[]): T {
  if (items.length === 0) throw new Error('Nothing to pick from: the bench database has no such rows');
  return items[Math.floor(Math.random() * items.length)]!;
}
