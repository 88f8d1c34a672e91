import { CoalescedPasses } from './coalesced-passes';

/** A pass that resolves when the test says, counting how often it ran. */
function controlledPass() {
  const finishers: Array<() => void> = [];
  let runs = 0;
  const pass = () =>
    new Promise<number>((resolve) => {
      runs += 1;
      const run = runs;
      finishers.push(() => resolve(run));
    });
  return { pass, finishNext: () => finishers.shift()!(), runs: () => runs };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('CoalescedPasses', () => {
  it('runs one pass at a time, and one more after it however many ask meanwhile', async () => {
    const control = controlledPass();
    const passes = new CoalescedPasses(control.pass);
    const first = passes.request();
    const during = [passes.request(), passes.request(), passes.request()];
    expect(control.runs()).toBe(1);
    expect(passes.current).toBeDefined();

    control.finishNext();
    await expect(first).resolves.toBe(1);
    await settle();
    expect(control.runs()).toBe(2);
    control.finishNext();
    await expect(Promise.all(during)).resolves.toEqual([2, 2, 2]);
    await settle();
    expect(control.runs()).toBe(2);
    expect(passes.current).toBeUndefined();
  });

  it('starts a new pass for a call after the last one finished', async () => {
    const control = controlledPass();
    const passes = new CoalescedPasses(control.pass);
    const first = passes.request();
    control.finishNext();
    await first;
    const second = passes.request();
    expect(control.runs()).toBe(2);
    control.finishNext();
    await expect(second).resolves.toBe(2);
  });
});
