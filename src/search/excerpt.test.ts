import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt } from './excerpt.ts';

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
