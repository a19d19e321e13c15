import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadOutline } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { normaliseQuery } from './normalise.ts';
import { buildPhraseIndex } from './phrase-index.ts';
import { searchPhrase, type PhraseStore } from './phrase-lookup.ts';
import { allowedEdits, nearMatches, rankSuggestions, suggestPhrases } from './suggest.ts';
import { searchTargets } from './targets.ts';

const targets = searchTargets(loadOutline(speechPaths), (slug) => `/${slug}/`);
const index = buildPhraseIndex(targets);

/** The split data served from memory, counting the files a suggestion asks for. */
function memoryStore() {
  const asked = { buckets: new Set<number>(), targets: new Set<number>() };
  const store: PhraseStore = {
    manifest: async () => index.manifest,
    bigrams: async (bucket) => (asked.buckets.add(bucket), index.bigrams[bucket]!),
    chars: async (bucket) => index.chars[bucket]!,
    target: async (i) => (asked.targets.add(i), index.targets[i]!),
  };
  return { store, asked };
}
const { store } = memoryStore();

/** The edit distance, written plainly apart from suggest.ts, to check what it suggests. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

test('营商坏境, one character off, suggests 营商环境, which the search then finds', async () => {
  const [first] = await suggestPhrases(store, '营商坏境');
  assert.equal(first, '营商环境');
  assert.ok((await searchPhrase(store, first)).total > 0);
});

test('a suggestion is a stretch of the text within the allowed edits, as printed', () => {
  assert.deepEqual(nearMatches('优化营商环境建设', '营商坏境', 1), [{ start: 2, end: 6, distance: 1 }]);
  // A character too many or too few is one edit as well.
  assert.deepEqual(
    nearMatches('优化营商环境建设', '营商环环境', 1).map((m) => m.end - m.start),
    [4],
  );
  assert.deepEqual(nearMatches('优化营商环境建设', '鳄鱼', 1), []);
  assert.deepEqual([2, 3, 5, 6].map(allowedEdits), [0, 1, 1, 2]);
});

test('typos made by rule through the whole text: each suggestion is found literally and the phrase meant is nearly always offered', async () => {
  let offered = 0;
  let asked = 0;
  for (const [i, target] of targets.entries()) {
    const text = normaliseQuery(target.text);
    for (let at = i % 7; at + 8 <= text.length; at += 23) {
      const meant = text.slice(at, at + 4 + (at % 5));
      // One character replaced by one the speech never uses: the query now matches nothing.
      const middle = Math.floor(meant.length / 2);
      const typo = meant.slice(0, middle) + '鳄' + meant.slice(middle + 1);
      asked++;
      const suggestions = await suggestPhrases(store, typo);
      if (suggestions.map(normaliseQuery).includes(meant)) offered++;
      for (const suggestion of suggestions) {
        assert.ok(distance(normaliseQuery(suggestion), normaliseQuery(typo)) <= allowedEdits(typo.length), suggestion);
        assert.ok((await searchPhrase(store, suggestion)).total > 0, `${typo} → ${suggestion}`);
      }
    }
  }
  assert.ok(asked > 300, `${asked} typos`);
  assert.ok(offered / asked >= 0.95, `the phrase meant was offered for ${offered} of ${asked} typos`);
});

test('a suggestion reads a bounded share of the data: its own sequences’ buckets and at most six targets', async () => {
  const { store: counted, asked } = memoryStore();
  await suggestPhrases(counted, '高质量发展坏');
  assert.ok(asked.buckets.size <= 5, `${asked.buckets.size} buckets`);
  assert.ok(asked.targets.size <= 6, `${asked.targets.size} targets`);
});

test('nothing is suggested for a query nothing like the text, nor for one or two characters', async () => {
  assert.deepEqual(await suggestPhrases(store, 'xyzw鳄鱼'), []);
  assert.deepEqual(await suggestPhrases(store, '鳄兴'), []);
});

test('on the Traditional pages a suggestion is found in the text search matches and written as the page shows it', () => {
  const target = { text: '持续优化营商环境。', shown: '持續優化營商環境。' };
  assert.deepEqual(rankSuggestions([target], '营商坏境', 1, 3), ['營商環境']);
  assert.deepEqual(rankSuggestions([{ text: target.text }], '营商坏境', 1, 3), ['营商环境']);
});
