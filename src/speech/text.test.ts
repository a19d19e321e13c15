import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadSentence, numberOf, numeral, toFullWidth } from './text.ts';

test('half-width marks inside Chinese text become full-width', () => {
  assert.equal(toFullWidth('(上接第一版)今天,我们'), '（上接第一版）今天，我们');
  assert.equal(toFullWidth('哪个突破不需要迎难而上?哪项'), '哪个突破不需要迎难而上？哪项');
  assert.equal(toFullWidth('吹响!让我们;'), '吹响！让我们；');
});

test('marks between Latin letters or digits are left alone', () => {
  assert.equal(toFullWidth('a,b (x) 1:2'), 'a,b (x) 1:2');
  assert.equal(toFullWidth('深化与RCEP,成员国'), '深化与RCEP，成员国');
});

test('numerals from 一 to 十 round-trip', () => {
  for (let n = 1; n <= 10; n++) assert.equal(numberOf(numeral(n)), n);
  assert.equal(numberOf('是'), 0);
  assert.throws(() => numeral(11));
});

test('a lead sentence ends at the first full stop, question or exclamation mark', () => {
  assert.equal(leadSentence('一是要切实扩大有效投资。投资相比消费'), '一是要切实扩大有效投资。');
  assert.equal(leadSentence('四是要以上率下，率先垂范。领导干部'), '四是要以上率下，率先垂范。');
  assert.equal(leadSentence('没有句号'), '没有句号');
});
