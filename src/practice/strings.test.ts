import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertToTraditional } from '../traditional/convert.ts';
import { practiceText, practiceTextHant } from './strings.ts';

const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('自测 has every string in Traditional characters, with the same {values}', () => {
  for (const [key, form] of Object.entries(practiceTextHant)) {
    assert.deepEqual(names(form), names(practiceText[key as keyof typeof practiceText]), key);
    assert.equal(convertToTraditional(form), form, key);
  }
});
