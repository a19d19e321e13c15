// The study records (划线, 想法, 摘抄) kept on the reader's device, and how they find their words again. Pure: used by
// the browser code, the 摘抄本 page and the tests. Offsets count Unicode code points, as the W3C model does.

/** How a passage is marked; the names are what the exports print. */
export const STYLES = ['直线', '马克笔', '波浪线'] as const;
export type Style = (typeof STYLES)[number];

/** What a reader made of a passage: a highlight (with or without a note) or an excerpt kept for the 摘抄本. */
export type Kind = 'highlight' | 'excerpt';

/** One saved passage, inside one paragraph. A deleted one stays as a tombstone so that tabs and imports converge. */
export interface StudyRecord {
  id: string;
  /** The paragraph's id in the page: p12. */
  paragraph: string;
  /** [start, end) in code points of the paragraph's text. */
  start: number;
  end: number;
  /** The words, exactly. */
  exact: string;
  /** Up to CONTEXT code points before and after, inside the paragraph. */
  prefix: string;
  suffix: string;
  /** hashText() of the paragraph's text when the passage was saved. */
  hash: string;
  kind: Kind;
  style: Style;
  note: string;
  /** ISO dates. */
  created: string;
  updated: string;
  deleted?: boolean;
}

/** How a passage is drawn, on the page, in its print and in the exports: a highlight in its style, or an excerpt. */
export type MarkStyle = Style | 'excerpt';

/** Every way a passage is drawn, in the order the exports list them. */
export const MARK_STYLES: readonly MarkStyle[] = [...STYLES, 'excerpt'];

/** How the record's passage is drawn. */
export const markStyleOf = (record: Pick<StudyRecord, 'kind' | 'style'>): MarkStyle =>
  record.kind === 'excerpt' ? 'excerpt' : record.style;

/** Characters of context kept on each side. */
export const CONTEXT = 32;

const points = (text: string) => [...text];
const ASTRAL = /[\uD800-\uDFFF]/;

/** cyrb53: a 53-bit hash of a string, as 14 hex digits; the same in the build, the browser and the tests. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A UTF-16 offset of a string as a code-point offset, and back. */
export const toCodePoints = (text: string, utf16: number) =>
  ASTRAL.test(text) ? points(text.slice(0, utf16)).length : utf16;
export const toUtf16 = (text: string, codePoints: number) =>
  ASTRAL.test(text) ? points(text).slice(0, codePoints).join('').length : codePoints;

/** The fields of a new record taken from the paragraph's text and a code-point range of it. */
export function quoteOf(text: string, start: number, end: number) {
  const chars = points(text);
  return {
    start,
    end,
    exact: chars.slice(start, end).join(''),
    prefix: chars.slice(Math.max(0, start - CONTEXT), start).join(''),
    suffix: chars.slice(end, end + CONTEXT).join(''),
    hash: hashText(text),
  };
}

/** Where a record's words are now: the range (code points), whether the text around them changed, or null (未能定位). */
export interface Anchor {
  start: number;
  end: number;
  /** The paragraph was corrected since the passage was saved; the words were found again by their context. */
  moved: boolean;
}

const commonTail = (a: string[], b: string[]) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
};
const commonHead = (a: string[], b: string[]) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/**
 * Finds a record's words in the paragraph's current text, never in another paragraph. While the hash matches the
 * offsets stand. Otherwise each occurrence of the words is scored by how much of the saved context agrees with
 * the text around it; the best is taken only when it is the single best and some context agrees (or the words are
 * long enough to be certain alone). Anything less is null: shown as 未能定位, never a confident wrong place.
 */
export function anchor(
  record: Pick<StudyRecord, 'start' | 'end' | 'exact' | 'prefix' | 'suffix' | 'hash'>,
  text: string,
  // The paragraph's hash, when the caller has it for many records of one paragraph.
  hash = hashText(text),
): Anchor | null {
  if (!record.exact) return null;
  // Without characters beyond the BMP (the speech has none today), code points are UTF-16 units: no arrays needed.
  const bmp = !ASTRAL.test(text) && !ASTRAL.test(record.exact);
  const chars = bmp ? text : points(text);
  const length = bmp ? record.exact.length : points(record.exact).length;
  const slice = (from: number, to: number) =>
    bmp ? text.slice(from, to) : (chars as string[]).slice(from, to).join('');
  if (hash === record.hash && slice(record.start, record.end) === record.exact)
    return { start: record.start, end: record.end, moved: false };
  const prefix = points(record.prefix);
  const suffix = points(record.suffix);
  const scored: { start: number; score: number }[] = [];
  for (let at = 0; at + length <= chars.length; at++) {
    if (slice(at, at + length) !== record.exact) continue;
    const score =
      commonTail(prefix, points(slice(Math.max(0, at - prefix.length), at))) +
      commonHead(suffix, points(slice(at + length, at + length + suffix.length)));
    scored.push({ start: at, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return null;
  const certain = best.score > 0 || (scored.length === 1 && length >= 8);
  if (!certain || (second && second.score === best.score)) return null;
  return { start: best.start, end: best.start + length, moved: true };
}

/** Folds either edition's text to Simplified character by character (src/search/fold.ts): every place is kept. */
export type Fold = (text: string) => string;

/**
 * Finds a record in its paragraph in either edition: as saved, else with the words, their context and the text all
 * folded to Simplified. The fold keeps every character's place, so a passage saved on a Simplified page is the same
 * passage, at the same offsets, on its Traditional twin and the other way round: found there, it has not moved.
 */
export function anchorAcross(
  record: Pick<StudyRecord, 'start' | 'end' | 'exact' | 'prefix' | 'suffix' | 'hash'>,
  text: string,
  fold?: Fold,
  hash = hashText(text),
): Anchor | null {
  const found = anchor(record, text, hash);
  if ((found && !found.moved) || !fold) return found;
  const folded = fold(text);
  const { exact, prefix, suffix } = record;
  const across = anchor(
    { ...record, exact: fold(exact), prefix: fold(prefix), suffix: fold(suffix) },
    folded,
    hashText(folded),
  );
  if (!across) return found;
  return { ...across, moved: across.moved && (across.start !== record.start || across.end !== record.end) };
}

/** The record as this edition shows it: found, its words and context are read from this edition's text (the store keeps what was saved). */
export function inEdition(record: StudyRecord, text: string, fold?: Fold): StudyRecord {
  const found = anchorAcross(record, text, fold);
  if (!found) return record;
  const quote = quoteOf(text, found.start, found.end);
  return quote.exact === record.exact && quote.prefix === record.prefix ? record : { ...record, ...quote };
}

/** What the device's stores keep: an id, the time of the last change, and a tombstone flag. */
export interface Versioned {
  id: string;
  /** ISO date. */
  updated: string;
  deleted?: boolean;
}

/** The later of two versions (by `updated`; on a tie the tombstone, then the larger JSON, so every tab picks the same). */
export function laterVersion<T extends Versioned>(a: T, b: T): T {
  if (a.updated !== b.updated) return a.updated > b.updated ? a : b;
  if (Boolean(a.deleted) !== Boolean(b.deleted)) return a.deleted ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function later(a: StudyRecord, b: StudyRecord): StudyRecord {
  // The usual tie is one record seen twice: no need to compare it whole.
  const same = a.note === b.note && a.style === b.style && a.kind === b.kind && a.start === b.start;
  if (same && a.updated === b.updated && Boolean(a.deleted) === Boolean(b.deleted)) return a;
  return laterVersion(a, b);
}

/** Every entry of both lists once, by id, the later version of each: merging the same list twice adds nothing. */
export function mergeVersions<T extends Versioned>(
  ours: T[],
  theirs: T[],
  pick: (a: T, b: T) => T = laterVersion,
): T[] {
  const byId = new Map<string, T>();
  for (const entry of [...ours, ...theirs]) {
    const known = byId.get(entry.id);
    byId.set(entry.id, known ? pick(known, entry) : entry);
  }
  return [...byId.values()];
}

/** Every record of both lists once, by id, the later version of each. */
export const merge = (ours: StudyRecord[], theirs: StudyRecord[]): StudyRecord[] => mergeVersions(ours, theirs, later);

/** A record's tombstone: it keeps the id and the time, and loses the words and the note. */
export const tombstone = (record: StudyRecord, now: string): StudyRecord => ({
  ...record,
  exact: '',
  prefix: '',
  suffix: '',
  note: '',
  updated: now,
  deleted: true,
});

/** The live records in the speech's order: by paragraph number, then start. */
export const inSpeechOrder = (records: StudyRecord[]) =>
  records
    .filter((r) => !r.deleted)
    .sort(
      (a, b) =>
        Number(a.paragraph.slice(1)) - Number(b.paragraph.slice(1)) ||
        a.start - b.start ||
        a.created.localeCompare(b.created),
    );

/** 字数: characters excerpted and characters written in notes, in code points. */
export const characterCounts = (records: StudyRecord[]) => ({
  excerpted: records.reduce((sum, r) => sum + points(r.exact).length, 0),
  written: records.reduce((sum, r) => sum + points(r.note.replace(/\s/g, '')).length, 0),
});
