import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordCount } from './count.ts';

test('字数 follows Word: Han and full-width marks 1 each, a run of Latin letters or digits 1, half-width marks 0', () => {
  // Worked by hand: 到1 2027→1 年1 ，1 RCEP→1 框架下3 （1 含东盟3 ）1 出口2 6000→1 亿元2 ,0 增长2 3.5%→1 ;0 振兴2 !0 = 23.
  assert.equal(wordCount('到2027年，RCEP框架下（含东盟）出口6000亿元, 增长3.5%; 振兴!'), 23);
  // “振兴”——全面 : “1 振1 兴1 ”1 —1 —1 全1 面1 = 8.
  assert.equal(wordCount('“振兴”——全面'), 8);
  // Half-width marks and spaces alone count nothing; the ideographic space is a space.
  assert.equal(wordCount(' , ; ! ( ) - '), 0);
  assert.equal(wordCount('振兴\u3000新篇章'), 5);
  assert.equal(wordCount('RCEP 6000'), 2);
  assert.equal(wordCount(''), 0);
});
