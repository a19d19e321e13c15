import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertToTraditional } from '../traditional/convert.ts';
import { PHRASE_DATA } from '../search/phrase-files.ts';
import { FOLD_FILE } from '../search/fold.ts';
import { practiceText, practiceTextHant } from './strings.ts';

const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('自测 has every string in Traditional characters, with the same {values}', () => {
  for (const [key, form] of Object.entries(practiceTextHant)) {
    assert.deepEqual(names(form), names(practiceText[key as keyof typeof practiceText]), key);
    assert.equal(convertToTraditional(form), form, key);
  }
});

test('the session reads the fold table where the build writes it', async () => {
  const start = await import('node:fs').then((fs) =>
    fs.readFileSync(new URL('browser/start.ts', import.meta.url), 'utf8'),
  );
  assert.ok(start.includes(`'${PHRASE_DATA}${FOLD_FILE}'`));
});
