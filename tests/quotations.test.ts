import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readOutline } from '../src/speech/load.ts';
import { speechPaths } from '../src/speech/paths.ts';
import { readQuotations } from '../src/speech/quotations.ts';

const outline = readOutline(speechPaths);

test('a quotation on the plan page that is not in the speech stops the build, naming the file and line', () => {
  const file = 'tests/fixtures/plan/invented-breakthrough.yaml';
  assert.throws(() => readQuotations(file, readFileSync(file, 'utf8'), outline), {
    message: `${file}:4: this quotation is not in the speech: “第一个方面新突破是在扩大有效需求上实现新突破”`,
  });
});
