import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadOutline } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { phraseFiles, phraseStore } from './phrase-files.ts';
import { buildPhraseIndex } from './phrase-index.ts';
import { searchPhrase } from './phrase-lookup.ts';
import { searchTargets } from './targets.ts';

const index = buildPhraseIndex(searchTargets(loadOutline(speechPaths), (slug) => `/${slug}/`));
const files = new Map(phraseFiles(index));
const store = phraseStore(index.manifest, async (name) => {
  const text = files.get(name);
  if (text === undefined) throw new Error(`no file ${name}`);
  return text;
});

test('the browser reads back every file of the phrase data as the build wrote it', async () => {
  assert.equal(files.size, 1 + index.bigrams.length + index.chars.length + index.targets.length);
  assert.deepEqual(await store.ids(), index.ids);
  for (const [i, bucket] of index.bigrams.entries()) assert.deepEqual(await store.bigrams(i), bucket);
  for (const [i, bucket] of index.chars.entries()) assert.deepEqual(await store.chars(i), bucket);
  for (const [i, target] of index.targets.entries()) assert.deepEqual(await store.target(i), target);
});

test('a phrase searched in the written files is found where the speech has it', async () => {
  const { total, results } = await searchPhrase(store, '营商环境');
  assert.ok(total > 0);
  assert.ok(results.every((r) => r.target.text.includes('营商环境')));
});
