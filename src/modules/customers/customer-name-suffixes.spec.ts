import fc from 'fast-check';
import { NAME_SUFFIX_LENGTH, SHORTEST_SUFFIX_SEARCH, nameSuffixes, suffixRange } from './customer-name-suffixes';

/** Compares as both databases do (UTF-8 bytes, so code points), where JavaScript compares UTF-16 units. */
function compareCodePoints(left: string, right: string): number {
  const [a, b] = [Array.from(left), Array.from(right)];
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const difference = a[index]!.codePointAt(0)! - b[index]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** What the search answers for one name: some suffix in the range, and the whole text in the name where the range is not enough. */
function foundBySuffixes(name: string, text: string): boolean {
  const range = suffixRange(text)!;
  const inRange = nameSuffixes(name).some((suffix) => compareCodePoints(suffix, range.from) >= 0 && compareCodePoints(suffix, range.to) < 0);
  return inRange && (!range.checkName || name.toLowerCase().includes(text.toLowerCase()));
}

describe('customer name suffixes', () => {
  it('keeps every distinct suffix of the lower-cased name, cut to the kept length', () => {
    expect(nameSuffixes('Ana Ana')).toEqual(['ana ana', 'na ana', 'a ana', ' ana', 'ana', 'na', 'a']);
    const long = nameSuffixes('x'.repeat(40) + 'Y');
    expect(long[0]).toBe('x'.repeat(NAME_SUFFIX_LENGTH));
    expect(long.every((suffix) => Array.from(suffix).length <= NAME_SUFFIX_LENGTH)).toBe(true);
    expect(long.at(-1)).toBe('y');
  });

  it('counts characters, not UTF-16 units, so no suffix starts inside an emoji', () => {
    expect(nameSuffixes('Zoë 🚐')).toEqual(['zoë 🚐', 'oë 🚐', 'ë 🚐', ' 🚐', '🚐']);
  });

  it('looks text shorter than the shortest up some other way', () => {
    expect(suffixRange('ab')).toBeUndefined();
    expect(suffixRange('abc')).toEqual({ from: 'abc', to: 'abd', checkName: false });
    expect(suffixRange('a\u{10ffff}')).toBeUndefined();
    expect(suffixRange('ab\u{10ffff}')).toEqual({ from: 'ab\u{10ffff}', to: 'ac', checkName: false });
    expect(suffixRange('ab\ud7ff')).toEqual({ from: 'ab\ud7ff', to: 'ab\ue000', checkName: false });
  });

  it('finds a name exactly when it contains the text, in any case', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', ' ', '-', 'é', 'É', '\uffee', '🚐', '\u{10ffff}');
    const word = (maxLength: number) => fc.array(alphabet, { minLength: 0, maxLength }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(word(45), word(40), fc.nat(), (name, other, cut) => {
        // Text taken from the name (contained) or made up (mostly not), long enough to be looked up.
        const characters = Array.from(name);
        const from = characters.length === 0 ? 0 : cut % characters.length;
        const candidates = [characters.slice(from, from + SHORTEST_SUFFIX_SEARCH + (cut % 40)).join(''), other];
        for (const text of candidates.filter((candidate) => Array.from(candidate).length >= SHORTEST_SUFFIX_SEARCH)) {
          expect(foundBySuffixes(name, text.toUpperCase())).toBe(name.toLowerCase().includes(text.toLowerCase()));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
