import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanQuery, decodeFragment, MAX_QUERY } from './query.ts';

test('a query longer than the limit is cut to it, by characters, not UTF-16 units', () => {
  assert.equal([...cleanQuery('营'.repeat(10_000))].length, MAX_QUERY);
  assert.equal([...cleanQuery('𠀀'.repeat(200))].length, MAX_QUERY);
});

test('bidirectional controls are taken out of the reader\u2019s words', () => {
  assert.equal(cleanQuery('营商\u202E环境\u2066'), '营商环境');
});

test('a malformed fragment is kept as written instead of throwing', () => {
  assert.equal(decodeFragment('%E0%A4%A'), '%E0%A4%A');
  assert.equal(decodeFragment('p12'), 'p12');
  assert.equal(decodeFragment('%E4%BA%8C'), '二');
});
