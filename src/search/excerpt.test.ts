import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt, excerptAround, queryWords } from './excerpt.ts';

const text = '一二三四五六七八九十'.repeat(5);

test('a match in the middle gets context on both sides and ellipses', () => {
  const e = excerpt(text, [20, 22], 4);
  assert.deepEqual(e, { before: '…七八九十', match: '一二', after: '三四五六…' });
});

test('a match at the start gives its unused context to the text after it', () => {
  const e = excerpt(text, [0, 2], 4);
  assert.equal(e.before, '');
  assert.equal(e.after, '三四五六七八九十…');
});

test('a match at the end has no trailing ellipsis', () => {
  const e = excerpt(text, [48, 50], 4);
  assert.deepEqual(e, { before: '…五六七八', match: '九十', after: '' });
});

test('a related paragraph is shown around the longest word of the query it holds, marked', () => {
  const paragraph = '我们要坚持把发展经济的着力点放在实体经济上，持续优化营商环境，激发市场主体活力。';
  const e = excerptAround(paragraph, queryWords('优化营商环境的举措'), 6);
  // The segmenter's dictionary decides the words (环境, or 营商环境): the excerpt is around them, not the opening.
  assert.ok(queryWords('优化营商环境的举措').includes(e.match), e.match);
  assert.ok(`${e.before}${e.match}${e.after}`.includes('营商环境'));
  assert.ok(e.before.startsWith('…'));
});

test('a query is split into words, punctuation left out, longest first', () => {
  const words = queryWords('营商环境，科技');
  assert.ok(!words.includes('，'));
  assert.ok(words.every((w, i) => i === 0 || (words[i - 1] ?? '').length >= w.length));
});
