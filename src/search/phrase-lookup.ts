import { normaliseQuery } from './normalise.ts';
import { findPhrase, prepare, type PhraseResult } from './phrase.ts';
import {
  bucketOf,
  decodeNumbers,
  decodePostings,
  type Bucket,
  type PhraseIndexManifest,
  type Posting,
  type StoredTarget,
} from './phrase-index.ts';

/**
 * The two-character sequences a phrase is checked by, as offsets into it: every second one from the start, and
 * the last, so that together they cover every character (营商环境 → 营商 at 0, 环境 at 2).
 */
export function coveringOffsets(length: number): number[] {
  const offsets: number[] = [];
  for (let k = 0; k + 1 < length; k += 2) offsets.push(k);
  if (length >= 2 && offsets.at(-1) !== length - 2) offsets.push(length - 2);
  return offsets;
}

/** A target in which the phrase begins, known from positions alone. */
export interface Beginning {
  target: number;
  /** The last target any of its occurrences reaches, as far as the positions tell. */
  reaches: number;
  /** Just after the end of its last occurrence, in the joined speech; 0 when positions are unknown (one character). */
  end: number;
}

/**
 * Every target in which a phrase of `length` characters begins, in reading order: the positions where each covering
 * sequence stands at its offset from one start. Exact, because covering sequences that line up spell the phrase.
 */
export function phraseBeginnings(length: number, offsets: number[], lists: Posting[][]): Beginning[] {
  const [first, ...rest] = lists;
  const others = rest.map((list) => new Map(list.map((p) => [p.at, p.target])));
  const found = new Map<number, Beginning>();
  for (const { target, at } of first ?? []) {
    let reaches = target;
    const lined = others.every((positions, i) => {
      const holder = positions.get(at + offsets[i + 1]!);
      if (holder !== undefined) reaches = Math.max(reaches, holder);
      return holder !== undefined;
    });
    if (!lined) continue;
    const known = found.get(target);
    found.set(target, { target, reaches: Math.max(reaches, known?.reaches ?? 0), end: at + length });
  }
  return [...found.values()].sort((a, b) => a.target - b.target);
}

/** True when the window's text reaches position `end` of the joined speech. */
export function covers(window: StoredTarget[], end: number): boolean {
  const last = window.at(-1);
  return !!last && last.start + normaliseQuery(last.target.text).length >= end;
}

/**
 * The result for the window's first target, read literally from the window's text (the target and those after it
 * that a run-on phrase reaches): the same result, matches and excerpt that the whole speech would give.
 */
export function resultInWindow(window: StoredTarget[], query: string): PhraseResult | undefined {
  const first = window[0];
  if (!first) return undefined;
  return findPhrase(prepare(window.map((w) => w.target)), query).find((result) => result.target.id === first.target.id);
}

/** Where the split phrase data comes from: files over the network in the browser, memory in the tests. */
export interface PhraseStore {
  manifest(): Promise<PhraseIndexManifest>;
  bigrams(bucket: number): Promise<Bucket>;
  chars(bucket: number): Promise<Bucket>;
  target(index: number): Promise<StoredTarget>;
}

/** The first `limit` results of a phrase in reading order, and how many targets hold it in all. */
export interface PhrasePage {
  total: number;
  results: PhraseResult[];
}

/** The targets in which the phrase begins, from the buckets its covering sequences (or its one character) fall in. */
async function beginnings(store: PhraseStore, phrase: string): Promise<Beginning[]> {
  const manifest = await store.manifest();
  if (phrase.length === 1) {
    const bucket = await store.chars(bucketOf(phrase, manifest.charBuckets));
    return decodeNumbers(bucket[phrase] ?? []).map((target) => ({ target, reaches: target, end: 0 }));
  }
  const offsets = coveringOffsets(phrase.length);
  const lists = await Promise.all(offsets.map((k) => postingsOf(store, phrase.slice(k, k + 2))));
  return phraseBeginnings(phrase.length, offsets, lists);
}

/** Where a two-character sequence stands in the joined speech, from the one bucket that holds it. */
export async function postingsOf(store: PhraseStore, pair: string): Promise<Posting[]> {
  const manifest = await store.manifest();
  const bucket = await store.bigrams(bucketOf(pair, manifest.bigramBuckets));
  return decodePostings(bucket[pair] ?? []);
}

/** The target where the phrase begins and the ones after it that its occurrences run on into. */
async function windowOf(
  store: PhraseStore,
  { target, reaches, end }: Beginning,
  count: number,
): Promise<StoredTarget[]> {
  const indexes = Array.from({ length: reaches - target + 1 }, (_, i) => target + i);
  const window = await Promise.all(indexes.map((i) => store.target(i)));
  // The last sequence may begin on the last character of a paragraph: its second character is in the next one.
  for (let next = reaches + 1; next < count && !covers(window, end); next++) window.push(await store.target(next));
  return window;
}

/** Literal results from the split data: positions say where the phrase is, and only the shown targets' text is fetched. */
export async function searchPhrase(store: PhraseStore, query: string, limit = Infinity): Promise<PhrasePage> {
  const phrase = normaliseQuery(query);
  if (!phrase) return { total: 0, results: [] };
  const found = await beginnings(store, phrase);
  const { targets } = await store.manifest();
  const results = await Promise.all(
    found.slice(0, limit).map(async (beginning) => {
      const result = resultInWindow(await windowOf(store, beginning, targets), query);
      if (!result) throw new Error(`the phrase data and the text of target ${beginning.target} disagree`);
      return result;
    }),
  );
  return { total: found.length, results };
}
