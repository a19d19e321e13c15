import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortTitle } from './short-title.ts';

test('the phone header names the speech by the last words of its own title', () => {
  assert.equal(
    shortTitle('以实施全面振兴新突破三年行动为引领 奋力谱写推进中国式现代化辽宁新篇章'),
    '中国式现代化辽宁新篇章',
  );
});

test('a short name that is not the end of the title stops the build', () => {
  assert.throws(() => shortTitle('另一篇讲话的标题'), /is not the end of the title/);
});
