import type { SearchTarget } from './targets.ts';
import { excerpt, type Excerpt } from './excerpt.ts';
import { normalise, normaliseQuery, type Normalised } from './normalise.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/** A target where the phrase begins: how often it begins there, and an excerpt around the first occurrence. */
export interface PhraseResult {
  target: SearchTarget;
  /** Each occurrence that begins in this target, as a [start, end) range of the target's text (cut at its end). */
  matches: [number, number][];
  excerpt: Excerpt;
}

/** The speech's targets normalised and joined in reading order, so that a phrase can run on across a paragraph break. */
export interface PreparedSpeech {
  targets: SearchTarget[];
  normalised: Normalised[];
  text: string;
  /** Where each target's normalised text begins in `text`. */
  starts: number[];
}

// Between parts: dropped by normalisation, so no query can run on from one part page into the next.
export const PART_BREAK = '\u0000';

export function prepare(targets: SearchTarget[]): PreparedSpeech {
  const normalised = targets.map((target) => normalise(target.text));
  const starts: number[] = [];
  let text = '';
  targets.forEach((target, i) => {
    if (i > 0 && target.page !== targets[i - 1]!.page) text += PART_BREAK;
    starts.push(text.length);
    text += normalised[i]!.text;
  });
  return { targets, normalised, text, starts };
}

/** The target that holds character `at` of the joined text (the last target starting at or before it that is not empty). */
function blockAt(speech: PreparedSpeech, at: number): number {
  let i = speech.starts.findLastIndex((start) => start <= at);
  while (i > 0 && speech.normalised[i]!.text.length === 0) i--;
  return i;
}

/** The part of the occurrence [from, to) of the joined text that lies in target i, in the target's own text. */
function rangeIn(speech: PreparedSpeech, i: number, from: number, to: number): [number, number] {
  const n = speech.normalised[i]!;
  const start = Math.max(from - speech.starts[i]!, 0);
  const end = Math.min(to - speech.starts[i]!, n.text.length);
  return [n.from[start]!, n.to[end - 1]!];
}

/** Every target in which the query begins literally (punctuation, spaces, width and case aside), in reading order. */
export function findPhrase(speech: PreparedSpeech, query: string): PhraseResult[] {
  const phrase = normaliseQuery(query);
  const results = new Map<number, PhraseResult>();
  if (!phrase) return [];
  // Overlapping occurrences count too: 实实 in 实实实 may begin in two different targets.
  for (let at = speech.text.indexOf(phrase); at >= 0; at = speech.text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    const first = blockAt(speech, at);
    const range = rangeIn(speech, first, at, end);
    const result = results.get(first);
    if (result) {
      result.matches.push(range);
      continue;
    }
    // A phrase that runs on into the next paragraphs shows in the excerpt as it reads, marked to its end.
    // The excerpt is cut from the text as the edition shows it (the Traditional text is as long as the Simplified).
    const display = (i: number) => speech.targets[i]!.shown ?? speech.targets[i]!.text;
    let text = display(first);
    let shown = range;
    for (let next = first + 1; next < speech.targets.length && speech.starts[next]! < end; next++) {
      if (speech.normalised[next]!.text.length === 0) continue;
      const offset = text.length;
      const [, stop] = rangeIn(speech, next, at, end);
      text += display(next);
      shown = [shown[0], offset + stop];
    }
    results.set(first, { target: speech.targets[first]!, matches: [range], excerpt: excerpt(text, shown) });
  }
  return [...results.values()];
}

/** The address a result opens: the target on its part page, with the phrase to mark there. */
export const resultHref = (target: SearchTarget, query: string) =>
  `${target.page}?${HIGHLIGHT_PARAM}=${encodeURIComponent(query.trim())}#${target.id}`;
