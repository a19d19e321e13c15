// Folding a query's Traditional characters to Simplified ones, by the speech's own table (written by the build,
// src/traditional/search-data.ts, which proves it exact on this speech). Used by the browser's search code.

/** The fold table below the phrase data (not in params.ts, whose constants site.ts's bundle carries). */
export const FOLD_FILE = 'fold.json';

/** The fold table as a map (from the pairs string). */
export function foldTable(pairs: string): Map<string, string> {
  const chars = [...pairs];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}

/** A text with each Traditional character of the table replaced by its Simplified one (the length stays). */
export const fold = (text: string, table: Map<string, string>) => [...text].map((c) => table.get(c) ?? c).join('');
