import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadOutline } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { normaliseQuery } from './normalise.ts';
import { findPhrase, prepare } from './phrase.ts';
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.ts';
import { coveringOffsets, searchPhrase, type PhraseStore } from './phrase-lookup.ts';
import { searchTargets } from './targets.ts';

const targets = searchTargets(loadOutline(speechPaths), (slug) => `/${slug}/`);
const whole = prepare(targets);

/** The split data served from memory, counting what a query asks for. */
function memoryStore(index: PhraseIndex) {
  const asked = { buckets: 0, targets: new Set<number>() };
  const store: PhraseStore = {
    manifest: async () => index.manifest,
    bigrams: async (bucket) => (asked.buckets++, index.bigrams[bucket]!),
    chars: async (bucket) => (asked.buckets++, index.chars[bucket]!),
    target: async (i) => (asked.targets.add(i), index.targets[i]!),
  };
  return { store, asked };
}

// Small buckets, so that the tests cross many of them.
const { store } = memoryStore(buildPhraseIndex(targets, 50));

/** Phrases taken from the text by rule: fragments through every target (with the target they were cut from), and every seam between neighbours. */
function phrasesByRule(): { phrase: string; from?: string }[] {
  const phrases: { phrase: string; from?: string }[] = [
    'r',
    'RCEP',
    'ＲＣＥＰ',
    '６０００亿元',
    '的',
    '，。、',
    '营商鳄鱼',
    '实实',
  ].map((phrase) => ({ phrase }));
  targets.forEach((target, i) => {
    for (let at = i % 5; at < target.text.length; at += 9)
      phrases.push({ phrase: target.text.slice(at, at + 1 + ((at + i) % 12)), from: target.id });
    const next = targets[i + 1];
    if (next) for (const n of [1, 2, 3, 5]) phrases.push({ phrase: target.text.slice(-n) + next.text.slice(0, n) });
  });
  return phrases;
}

// The whole-text search is the program too, so agreeing with it proves only that splitting loses nothing; that a
// phrase cut from a paragraph finds that paragraph is the reader's own check, and holds for both.
test('the split data finds exactly what the whole text finds, and a phrase cut from a paragraph finds that paragraph', async () => {
  const phrases = phrasesByRule();
  assert.ok(phrases.length > 1000, `phrases: ${phrases.length}`);
  let cut = 0;
  for (const { phrase, from } of phrases) {
    const { total, results } = await searchPhrase(store, phrase);
    const expected = findPhrase(whole, phrase);
    assert.deepEqual(results, expected, phrase);
    assert.equal(total, expected.length, phrase);
    // Words a reader would type: two characters or more, with a Han character in them.
    if (!from || [...phrase].length < 2 || !/\p{Script=Han}/u.test(phrase)) continue;
    assert.ok(
      expected.some((r) => r.target.id === from),
      `${phrase} is found in ${from}`,
    );
    cut++;
  }
  assert.ok(cut > 500, `${cut} phrases cut from paragraphs`);
});

test('a phrase that runs on across a paragraph break is found where it begins, marked to its end', async () => {
  const { results } = await searchPhrase(store, '谋突破、促振兴。一是要提升政治能力');
  assert.deepEqual(
    results.map((r) => [r.target.id, r.excerpt.match]),
    [['p31', '谋突破、促振兴。一是要提升政治能力']],
  );
});

test('no phrase runs on from one part page into the next', async () => {
  const last = targets.find((t) => t.id === 'p1')!.text.slice(-4);
  const title = targets.find((t) => t.id === 'part-2')!.text.slice(0, 4);
  assert.equal((await searchPhrase(store, last + title)).total, 0);
});

test('a query fetches the buckets of its covering sequences and the text of the shown results only', async () => {
  const { store, asked } = memoryStore(buildPhraseIndex(targets, 50));
  const all = findPhrase(whole, '发展');
  assert.ok(all.length > 6);
  const { total, results } = await searchPhrase(store, '发展', 3);
  assert.equal(total, all.length, 'the count is of every target that holds it');
  assert.deepEqual(results, all.slice(0, 3));
  assert.equal(asked.buckets, 1);
  assert.ok(asked.targets.size <= 4, `targets fetched: ${asked.targets.size}`);
});

test('covering sequences take every second pair and the last, so each character is checked', () => {
  assert.deepEqual(coveringOffsets(2), [0]);
  assert.deepEqual(coveringOffsets(3), [0, 1]);
  assert.deepEqual(coveringOffsets(4), [0, 2]);
  assert.deepEqual(coveringOffsets(5), [0, 2, 3]);
  assert.deepEqual(coveringOffsets(1), []);
});

test('buckets stay near their size as the text grows', () => {
  const twice = targets.map((t) => ({ ...t, text: t.text + t.text }));
  const sizes = (index: PhraseIndex) => index.bigrams.map((b) => JSON.stringify(b).length);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const once = buildPhraseIndex(targets);
  const doubled = buildPhraseIndex(twice);
  assert.ok(doubled.manifest.bigramBuckets >= 2 * once.manifest.bigramBuckets - 1);
  assert.ok(mean(sizes(doubled)) < 1.3 * mean(sizes(once)), `${mean(sizes(doubled))} vs ${mean(sizes(once))}`);
  assert.ok(normaliseQuery(twice[5]!.text).length > 0);
});
