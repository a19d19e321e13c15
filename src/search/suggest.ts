import { normalise, normaliseQuery } from './normalise.ts';
import type { Posting } from './phrase-index.ts';
import { postingsOf, type PhraseStore } from './phrase-lookup.ts';

/**
 * 您是不是要找: for a query the speech does not contain, the closest phrases it does contain. Candidates come from
 * the buckets of the query's own two-character sequences (a phrase one or two characters off shares most of them,
 * at about the same offsets), and the edit distance is measured on the text of a few candidate targets only.
 */

/** How many characters a suggestion may differ by: none for one or two, one up to five, two from six on. */
export const allowedEdits = (length: number) => (length < 3 ? 0 : length < 6 ? 1 : 2);

// A longer query that matches nothing is better shortened than corrected: the status already says so.
const LONGEST = 16;
// The candidate targets whose text is fetched: about 0.4 KB gzip each.
const TARGETS = 6;

/** A stretch of a target's normalised text close to the query. */
export interface NearMatch {
  start: number;
  end: number;
  distance: number;
}

/**
 * Targets worth reading, in reading order: those where most of the query's sequences stand about where the query puts
 * them (each may have moved by up to `edits`). Fewer shared sequences than the q-gram bound, and no stretch of the
 * target can be within `edits` of the query, so such targets are never read.
 */
export function nearTargets(lists: Posting[][], length: number, edits: number, limit: number): number[] {
  const positions = lists.map((list) => new Set(list.map((p) => p.at)));
  const least = Math.max(1, length - 1 - 2 * edits);
  const best = new Map<number, number>();
  lists.forEach((list, offset) => {
    for (const { target, at } of list) {
      const start = at - offset;
      const shared = positions.filter((set, i) => {
        for (let d = -edits; d <= edits; d++) if (set.has(start + i + d)) return true;
        return false;
      }).length;
      if (shared >= least && shared > (best.get(target) ?? 0)) best.set(target, shared);
    }
  });
  // Only those sharing the most: a target with fewer holds at best a farther stretch, not worth its bytes.
  const most = Math.max(0, ...best.values());
  return [...best]
    .filter(([, shared]) => shared === most)
    .slice(0, limit)
    .map(([target]) => target);
}

/** Levenshtein distances from `phrase` to every prefix of `text` (index = prefix length), one row at a time. */
function distancesToPrefixes(phrase: string, text: string): number[] {
  // column[j] = distance between phrase[0..i) and text[0..j); starts as i = 0.
  let column = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= phrase.length; i++) {
    const next = [i];
    for (let j = 1; j <= text.length; j++)
      next[j] = Math.min(column[j]! + 1, next[j - 1]! + 1, column[j - 1]! + (phrase[i - 1] === text[j - 1] ? 0 : 1));
    column = next;
  }
  return column;
}

/**
 * The stretches of `text` (normalised) within `edits` of `phrase` (normalised) and at least two characters long,
 * closest first, none overlapping a closer one: 营商坏境 in …优化营商环境… gives 营商环境 at distance 1.
 */
export function nearMatches(text: string, phrase: string, edits: number): NearMatch[] {
  const found: NearMatch[] = [];
  const shortest = Math.max(2, phrase.length - edits);
  for (let start = 0; start + shortest <= text.length; start++) {
    const distances = distancesToPrefixes(phrase, text.slice(start, start + phrase.length + edits));
    for (let length = shortest; length < distances.length; length++) {
      const distance = distances[length]!;
      if (distance > 0 && distance <= edits) found.push({ start, end: start + length, distance });
    }
  }
  // Closest first; of equals, the length nearest the query's, then reading order.
  const near = (m: NearMatch) => Math.abs(m.end - m.start - phrase.length);
  found.sort((a, b) => a.distance - b.distance || near(a) - near(b) || a.start - b.start);
  const kept: NearMatch[] = [];
  for (const match of found) if (kept.every((k) => match.end <= k.start || match.start >= k.end)) kept.push(match);
  return kept;
}

/** A candidate target's text as search matches it, and as its page shows it (the Traditional edition's, as long). */
export interface Candidate {
  text: string;
  shown?: string;
}

/**
 * The suggestions from the candidate targets' texts: closest first, then the most frequent. Each is matched in the
 * text and printed as the page shows it, so the Traditional pages suggest in Traditional characters.
 */
export function rankSuggestions(candidates: Candidate[], phrase: string, edits: number, limit: number): string[] {
  const seen = new Map<string, { printed: string; distance: number; count: number; order: number }>();
  for (const { text, shown = text } of candidates) {
    const normalised = normalise(text);
    for (const { start, end, distance } of nearMatches(normalised.text, phrase, edits)) {
      const key = normalised.text.slice(start, end);
      const known = seen.get(key);
      if (known) known.count++;
      else {
        const printed = shown.slice(normalised.from[start], normalised.to[end - 1]);
        seen.set(key, { printed, distance, count: 1, order: seen.size });
      }
    }
  }
  return [...seen.values()]
    .sort((a, b) => a.distance - b.distance || b.count - a.count || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.printed);
}

/** Up to `limit` phrases of the speech one or two characters off the query, each one a literal search's answer. */
export async function suggestPhrases(store: PhraseStore, query: string, limit = 3): Promise<string[]> {
  const phrase = normaliseQuery(query);
  const edits = allowedEdits(phrase.length);
  if (edits === 0 || phrase.length > LONGEST) return [];
  const pairs = Array.from({ length: phrase.length - 1 }, (_, k) => phrase.slice(k, k + 2));
  const lists = await Promise.all(pairs.map((pair) => postingsOf(store, pair)));
  const targets = nearTargets(lists, phrase.length, edits, TARGETS);
  const stored = await Promise.all(targets.map((i) => store.target(i)));
  return rankSuggestions(
    stored.map((s) => s.target),
    phrase,
    edits,
    limit,
  );
}
