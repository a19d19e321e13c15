import { test } from 'node:test';
import assert from 'node:assert/strict';
import { t } from './zh-CN.ts';

test('a string is filled in with the values it names', () => {
  assert.equal(t('search.found', { count: 3, query: '营商环境' }), '找到3段原文包含“营商环境”。');
});

test('a value that is not given is left visible, so a missing value shows in review', () => {
  assert.equal(t('permalink.label'), '链接：{place}');
});
