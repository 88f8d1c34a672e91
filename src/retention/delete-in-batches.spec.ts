import { deleteInBatches } from './delete-in-batches';

/** A table of `due` rows that a batch deletes from, recording the batch sizes asked for. */
function dueRows(due: number) {
  const asked: number[] = [];
  const deleteBatch = jest.fn(async (batchSize: number) => {
    asked.push(batchSize);
    const deleted = Math.min(batchSize, due);
    due -= deleted;
    return deleted;
  });
  return { deleteBatch, asked, left: () => due };
}

describe('deleteInBatches', () => {
  const budget = { batchSize: 500, timeBudgetMs: 60_000 };

  it('repeats full batches until one comes back short, and answers the total', async () => {
    const rows = dueRows(1_234);
    expect(await deleteInBatches(rows.deleteBatch, budget)).toBe(1_234);
    expect(rows.asked).toEqual([500, 500, 500]);
    expect(rows.left()).toBe(0);
  });

  it('stops after an empty batch', async () => {
    const rows = dueRows(0);
    expect(await deleteInBatches(rows.deleteBatch, budget)).toBe(0);
    expect(rows.asked).toEqual([500]);
  });

  it('asks one more batch after an exact multiple, which finds nothing', async () => {
    const rows = dueRows(1_000);
    expect(await deleteInBatches(rows.deleteBatch, budget)).toBe(1_000);
    expect(rows.asked).toEqual([500, 500, 500]);
  });

  it('starts no batch once the time budget is spent, leaving the rest for the next run', async () => {
    const rows = dueRows(10_000);
    let now = 0;
    const slowBatch = async (batchSize: number) => {
      now += 400;
      return rows.deleteBatch(batchSize);
    };
    expect(await deleteInBatches(slowBatch, { batchSize: 500, timeBudgetMs: 1_000 }, () => now)).toBe(1_500);
    expect(rows.left()).toBe(8_500);
  });

  it('runs at least one batch with no time budget', async () => {
    const rows = dueRows(10_000);
    expect(await deleteInBatches(rows.deleteBatch, { batchSize: 100, timeBudgetMs: 0 }, () => 0)).toBe(100);
  });

  it('stops after the batch in progress once its signal is aborted, and starts none when aborted already', async () => {
    const stopping = new AbortController();
    const rows = dueRows(10_000);
    const abortingBatch = async (batchSize: number) => {
      stopping.abort();
      return rows.deleteBatch(batchSize);
    };
    expect(await deleteInBatches(abortingBatch, { ...budget, signal: stopping.signal })).toBe(500);
    expect(await deleteInBatches(rows.deleteBatch, { ...budget, signal: stopping.signal })).toBe(0);
    expect(rows.asked).toEqual([500]);
  });

  it('fails with the error of a failing batch', async () => {
    const failure = new Error('database gone');
    const deleteBatch = jest.fn().mockResolvedValueOnce(500).mockRejectedValueOnce(failure);
    await expect(deleteInBatches(deleteBatch, budget)).rejects.toBe(failure);
    expect(deleteBatch).toHaveBeenCalledTimes(2);
  });
});
