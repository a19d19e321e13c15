// A typed 填空 answer is the same answer when it differs only in character width (full-width digits and letters),
// spaces, or Traditional for Simplified characters by the speech's own fold table (phrase-data/fold.json, proved by
// the build); any other character refuses it. The table is read here rather than with src/search/fold.ts: sharing
// that module would split it into a chunk of its own, whose name every page's first script would then carry.

/** The fold table (a string of Traditional, Simplified pairs) as a map. */
export function foldPairs(pairs: string): Map<string, string> {
  const chars = [...pairs];
  return new Map(chars.flatMap((c, i) => (i % 2 ? [] : [[c, chars[i + 1] ?? c] as [string, string]])));
}

/** The form two answers are compared in. */
export const comparable = (text: string, table: Map<string, string>) =>
  [...text.normalize('NFKC').replace(/\s+/g, '')].map((c) => table.get(c) ?? c).join('');

/** Whether a typed answer is the expected one. */
export const accepts = (typed: string, expected: string, table: Map<string, string>) =>
  comparable(typed, table) !== '' && comparable(typed, table) === comparable(expected, table);
