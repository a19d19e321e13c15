import { PART_BREAK, prepare } from './phrase.ts';
import type { SearchTarget } from './targets.ts';

/**
 * The phrase data split so that a query fetches a bounded share of it: buckets of two-character sequences with
 * their positions in the joined speech, buckets of single characters with the targets that hold them, and one
 * small file per target. Positions make the phrase layer exact before any text arrives (recall and precision as
 * the whole text would give); the text is fetched only for results that are shown.
 */
export interface PhraseIndexManifest {
  /** How many buckets the two-character sequences are spread over. */
  bigramBuckets: number;
  /** How many buckets the single characters are spread over. */
  charBuckets: number;
  /** How many targets the speech has (files t/0.json …). */
  targets: number;
}

/** One target's file: the target, and where its normalised text begins in the joined speech. */
export interface StoredTarget {
  start: number;
  target: SearchTarget;
}

/** Bucket number → key → a delta-coded list (see `encodePostings`, `encodeNumbers`). */
export type Bucket = Record<string, number[]>;

export interface PhraseIndex {
  manifest: PhraseIndexManifest;
  bigrams: Bucket[];
  chars: Bucket[];
  targets: StoredTarget[];
  /** Every target's id in reading order: what the related layer needs to tell a block of the speech from chrome. */
  ids: string[];
}

/** A key's bucket: FNV-1a over its UTF-16 units, so the browser finds it with the same few lines. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

/** Where a two-character sequence begins: the target that holds its first character, and its position in the joined speech. */
export interface Posting {
  target: number;
  at: number;
}

/** Ascending numbers as differences from the one before: short, and gzip finds the repeats. */
export const encodeNumbers = (values: number[]) => values.map((v, i) => v - (values[i - 1] ?? 0));
export const decodeNumbers = (deltas: number[]) => {
  let sum = 0;
  return deltas.map((d) => (sum += d));
};

/** Postings as [Δtarget, Δat, Δtarget, Δat, …] (written by `buildPhraseIndex`). */
export function decodePostings(encoded: number[]): Posting[] {
  const postings: Posting[] = [];
  let target = 0;
  let at = 0;
  for (let i = 0; i + 1 < encoded.length; i += 2)
    postings.push({ target: (target += encoded[i]!), at: (at += encoded[i + 1]!) });
  return postings;
}

/** Enough buckets that each holds about `perBucket` entries on average: the share a query fetches stays the same as the text grows. */
const bucketCount = (entries: number, perBucket: number) => Math.max(1, Math.ceil(entries / perBucket));

function bucketed(lists: Map<string, number[]>, count: number): Bucket[] {
  const buckets: Bucket[] = Array.from({ length: count }, () => ({}));
  for (const [key, list] of lists) buckets[bucketOf(key, count)]![key] = list;
  return buckets;
}

/** A list of postings kept already delta-coded, so that a long speech makes no object per character. */
interface CodedList {
  coded: number[];
  target: number;
  at: number;
}

/** Builds the split phrase data from the speech's targets in reading order. */
export function buildPhraseIndex(targets: SearchTarget[], perBucket = 400): PhraseIndex {
  const { text, starts } = prepare(targets);
  const bigrams = new Map<string, CodedList>();
  const chars = new Map<string, CodedList>();
  let target = 0;
  for (let at = 0; at < text.length; at++) {
    // The target that holds this character: the last one starting at or before it (empty targets hold none).
    while (target + 1 < starts.length && starts[target + 1]! <= at) target++;
    const char = text[at]!;
    if (!isInText(char)) continue;
    const holders = chars.get(char) ?? chars.set(char, { coded: [], target: 0, at: 0 }).get(char)!;
    if (holders.coded.length === 0 || holders.target !== target) {
      holders.coded.push(target - holders.target);
      holders.target = target;
    }
    const next = text[at + 1];
    // No sequence runs from one part into the next (the break is not text), so no phrase can either.
    if (next === undefined || !isInText(next)) continue;
    const pair = char + next;
    const list = bigrams.get(pair) ?? bigrams.set(pair, { coded: [], target: 0, at: 0 }).get(pair)!;
    list.coded.push(target - list.target, at - list.at);
    list.target = target;
    list.at = at;
  }
  const bigramBuckets = bucketCount(text.length, perBucket);
  const charBuckets = bucketCount(
    [...chars.values()].reduce((n, l) => n + l.coded.length, 0),
    perBucket * 2,
  );
  const coded = (lists: Map<string, CodedList>) => new Map([...lists].map(([key, list]) => [key, list.coded]));
  return {
    manifest: { bigramBuckets, charBuckets, targets: targets.length },
    bigrams: bucketed(coded(bigrams), bigramBuckets),
    chars: bucketed(coded(chars), charBuckets),
    targets: targets.map((target, i) => ({ start: starts[i]!, target })),
    ids: targets.map((t) => t.id),
  };
}

// The joined speech separates parts by a character normalisation never keeps.
const isInText = (char: string) => char !== PART_BREAK;
