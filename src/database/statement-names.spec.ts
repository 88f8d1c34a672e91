import { StatementNames } from './statement-names';

describe('StatementNames', () => {
  it('names a statement on its second run and keeps that name', () => {
    const names = new StatementNames(10, () => undefined);
    expect(names.nameFor('SELECT $1')).toBeUndefined();
    const name = names.nameFor('SELECT $1');
    expect(name).toMatch(/^vt_\d+$/);
    expect(names.nameFor('SELECT $1')).toBe(name);
  });

  it('gives different texts different names', () => {
    const names = new StatementNames(10, () => undefined);
    for (const text of ['SELECT $1', 'SELECT $2', 'SELECT $1', 'SELECT $2']) names.nameFor(text);
    expect(names.nameFor('SELECT $1')).not.toBe(names.nameFor('SELECT $2'));
  });

  it('releases the least recently run name past its capacity and never hands a released name out again', () => {
    const released: string[] = [];
    const names = new StatementNames(2, (name) => released.push(name));
    const prepare = (text: string) => (names.nameFor(text), names.nameFor(text)!);
    const first = prepare('SELECT 1 WHERE $1');
    const second = prepare('SELECT 2 WHERE $1');
    expect(names.nameFor('SELECT 1 WHERE $1')).toBe(first);
    const third = prepare('SELECT 3 WHERE $1');
    expect(released).toEqual([second]);
    expect(new Set([first, second, third]).size).toBe(3);
    // Named again after its release: under a fresh name, as the server forgot the old one.
    const again = prepare('SELECT 2 WHERE $1');
    expect([first, second, third]).not.toContain(again);
  });

  it('names nothing with a capacity of 0', () => {
    const names = new StatementNames(0, () => undefined);
    for (let run = 0; run < 3; run += 1) expect(names.nameFor('SELECT $1')).toBeUndefined();
  });
});
