import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchor, anchorAcross, inEdition, quoteOf, type StudyRecord } from './model.ts';
import { fold, foldTable } from '../search/fold.ts';

// The fold table the build writes for this speech pairs each Traditional character with its Simplified one; these
// pairs are the ones the two sentences below need, written by hand.
const table = foldTable('營营環环們们實实級级數数');
const folded = (text: string) => fold(text, table);
const SIMPLIFIED = '我们要持续优化营商环境，实实在在提高营商环境的数字化水平。';
const TRADITIONAL = '我們要持续优化營商環境，實實在在提高營商環境的數字化水平。';

test('a passage saved on a Simplified page is found at the same place on its Traditional twin, and not as moved', () => {
  const record = quoteOf(SIMPLIFIED, 18, 22); // the second 营商环境
  assert.equal(anchor(record, TRADITIONAL), null, 'without the fold the other script holds no such words');
  assert.deepEqual(anchorAcross(record, TRADITIONAL, folded), { start: 18, end: 22, moved: false });
});

test('a passage saved on a Traditional page is found at the same place on the Simplified page, and not as moved', () => {
  const record = quoteOf(TRADITIONAL, 7, 11); // the first 營商環境
  assert.deepEqual(anchorAcross(record, SIMPLIFIED, folded), { start: 7, end: 11, moved: false });
  assert.deepEqual(anchorAcross(record, TRADITIONAL, folded), { start: 7, end: 11, moved: false }, 'and at home');
});

test('words that are in neither edition stay 未能定位, fold or not', () => {
  const record = { ...quoteOf(SIMPLIFIED, 18, 22), exact: '招商引资', prefix: '', suffix: '' };
  assert.equal(anchorAcross(record, TRADITIONAL, folded), null);
  assert.equal(anchorAcross(record, SIMPLIFIED), null);
});

test('摘抄本 of the other edition gives a passage in its own script, and the saved record is left as it was', () => {
  const saved = { ...quoteOf(SIMPLIFIED, 18, 22), id: 'a', paragraph: 'p22' } as StudyRecord;
  const copy = structuredClone(saved);
  const shown = inEdition(saved, TRADITIONAL, folded);
  assert.equal(shown.exact, '營商環境');
  assert.equal(shown.start, 18);
  assert.deepEqual(saved, copy);
  assert.equal(inEdition(saved, SIMPLIFIED, folded), saved, 'at home, the record itself');
});
