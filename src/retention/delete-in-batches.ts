import { RetentionBudget } from './retention-job';

/**
 * Calls `deleteBatch` with the budget's batch size until a batch deletes fewer rows than that
 * (nothing due is left, or another instance holds the rest), the time budget is spent or the
 * budget's signal is aborted; answers the rows deleted in all. A batch that fails ends the
 * run with its error; the batches before it stay deleted.
 */
export async function deleteInBatches(
  deleteBatch: (batchSize: number) => Promise<number>,
  budget: RetentionBudget,
  now: () => number = Date.now,
): Promise<number> {
  const deadline = now() + budget.timeBudgetMs;
  let deleted = 0;
  while (!budget.signal?.aborted) {
    const count = await deleteBatch(budget.batchSize);
    deleted += count;
    if (count < budget.batchSize || now() >= deadline) break;
  }
  return deleted;
}
