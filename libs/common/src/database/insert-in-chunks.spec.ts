import { Repository } from 'typeorm';
import { insertInChunks } from './insert-in-chunks';

interface Row {
  id: number;
}

describe('insertInChunks', () => {
  const recording = () => {
    const inserts: Row[][] = [];
    const repository = { insert: async (rows: Row[]) => void inserts.push(rows) } as unknown as Repository<Row>;
    return { inserts, repository };
  };

  it('inserts every row once, in order, no chunk longer than asked', async () => {
    const { inserts, repository } = recording();
    const rows = Array.from({ length: 7 }, (_, id) => ({ id }));
    await insertInChunks(repository, rows, 3);
    expect(inserts.map((chunk) => chunk.map((row) => row.id))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });

  it('inserts nothing for no rows', async () => {
    const { inserts, repository } = recording();
    await insertInChunks(repository, [], 3);
    expect(inserts).toEqual([]);
  });
});
