/**
 * A text reduced to what a reader means by "the same words": NFKC (full-width Latin and digits become
 * half-width), lower case, and no punctuation, spaces, quotation marks or invisible characters, so that
 * ，、。 and , . or no mark at all read alike. Each kept character remembers where it came from.
 */
export interface Normalised {
  text: string;
  /** For each character of `text`, the index in the original where its source character starts. */
  from: number[];
  /** For each character of `text`, the index in the original just after its source character. */
  to: number[];
}

// Punctuation (including quotes and dashes), separators and spaces, control and format characters.
const DROPPED = /[\p{P}\p{Z}\s\p{Cc}\p{Cf}]/u;

/** Normalises a text one code point at a time, keeping the map back to the original. */
export function normalise(original: string): Normalised {
  const result: Normalised = { text: '', from: [], to: [] };
  let at = 0;
  for (const char of original) {
    const end = at + char.length;
    // Most of the speech is unified Han ideographs, which NFKC and lower case leave as they are.
    if (char >= '\u4e00' && char <= '\u9fff') {
      result.text += char;
      result.from.push(at);
      result.to.push(end);
      at = end;
      continue;
    }
    for (const kept of char.normalize('NFKC').toLowerCase()) {
      if (DROPPED.test(kept)) continue;
      result.text += kept;
      for (let i = 0; i < kept.length; i++) {
        result.from.push(at);
        result.to.push(end);
      }
    }
    at = end;
  }
  return result;
}

/** The same reduction without the map: what a query is compared as. */
export const normaliseQuery = (query: string) => normalise(query).text;

/** Where each occurrence of `phrase` (already normalised) stands in the original text, as [start, end) ranges. */
export function findAll(text: Normalised, phrase: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!phrase) return ranges;
  for (let i = text.text.indexOf(phrase); i >= 0; i = text.text.indexOf(phrase, i + phrase.length)) {
    ranges.push([text.from[i]!, text.to[i + phrase.length - 1]!]);
  }
  return ranges;
}

/** A query as Pagefind reads it: its own segmenter splits Chinese, but it knows neither ＲＣＥＰ nor full-width marks. */
export const wordQuery = (query: string) =>
  query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{Z}\s\p{Cc}\p{Cf}]+/gu, ' ')
    .trim();
