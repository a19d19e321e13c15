// A typed 填空 answer is the same answer when it differs only in character width (full-width digits and letters),
// spaces, or Traditional for Simplified characters by the speech's own fold table (phrase-data/fold.json, proved by
// the build, loaded once for search, the study tools and 自测 by src/search/browser/fold.ts); any other character
// refuses it.

/** The form two answers are compared in. */
export const comparable = (text: string, table: Map<string, string>) =>
  [...text.normalize('NFKC').replace(/\s+/g, '')].map((c) => table.get(c) ?? c).join('');

/** Whether a typed answer is the expected one. */
export const accepts = (typed: string, expected: string, table: Map<string, string>) =>
  comparable(typed, table) !== '' && comparable(typed, table) === comparable(expected, table);
