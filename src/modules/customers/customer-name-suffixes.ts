/**
 * A customer's name is found by text it contains through its suffixes: "olivia smith" is kept as
 * "olivia smith", "livia smith", …, "h", so text contained in the name is the start of one of
 * them, a range of one B-tree index (table `customer_name_suffixes`). A trigram index answers the
 * same question by intersecting the lists of every trigram of the text, and a name shared by a
 * few hundred customers is made of trigrams thousands share: milliseconds of PostgreSQL's time
 * for each search, where the range reads only the matching entries (docs/performance.md).
 */

/** Suffixes are kept to this many characters; longer text is looked up by its start and checked against the name. */
export const NAME_SUFFIX_LENGTH = 32;

/** Shorter text starts so many suffixes that reading the customers themselves is cheaper. */
export const SHORTEST_SUFFIX_SEARCH = 3;

/** The name's distinct suffixes, lower-cased as search text is, each at most NAME_SUFFIX_LENGTH characters. */
export function nameSuffixes(name: string): string[] {
  const characters = Array.from(name.toLowerCase());
  const suffixes = new Set<string>();
  for (let start = 0; start < characters.length; start += 1) {
    suffixes.add(characters.slice(start, start + NAME_SUFFIX_LENGTH).join(''));
  }
  return [...suffixes];
}

/**
 * The index range holding the suffixes that start with the text (lower-cased, cut to
 * NAME_SUFFIX_LENGTH): `from` ≤ suffix < `to`, in code-point order, which is the order UTF-8
 * bytes compare in (both databases compare `suffix` bytewise). `checkName` when the text is
 * longer than a suffix: the names found must still be checked for the rest. Undefined for text
 * too short to look up this way.
 */
export function suffixRange(text: string): { from: string; to: string; checkName: boolean } | undefined {
  const characters = Array.from(text.toLowerCase());
  if (characters.length < SHORTEST_SUFFIX_SEARCH) return undefined;
  const start = characters.slice(0, NAME_SUFFIX_LENGTH);
  return { from: start.join(''), to: nextStart(start), checkName: characters.length > NAME_SUFFIX_LENGTH };
}

const LAST_CODE_POINT = 0x10ffff;
const SURROGATES = { first: 0xd800, last: 0xdfff };

/** The least string greater than every string that starts with these characters. */
function nextStart(characters: readonly string[]): string {
  for (let end = characters.length - 1; end >= 0; end -= 1) {
    let next = characters[end]!.codePointAt(0)! + 1;
    if (next === SURROGATES.first) next = SURROGATES.last + 1;
    if (next <= LAST_CODE_POINT) return characters.slice(0, end).join('') + String.fromCodePoint(next);
  }
  // Every character is the last code point: nothing is greater, so the range ends nowhere.
  return String.fromCodePoint(LAST_CODE_POINT).repeat(NAME_SUFFIX_LENGTH + 1);
}
