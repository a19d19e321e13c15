import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll, normalise, normaliseQuery, wordQuery } from './normalise.ts';

test('full-width, half-width and missing punctuation read alike', () => {
  const expected = '质与量的关系';
  for (const typed of [
    '“质”与“量”的关系',
    '"质"与"量"的关系',
    '质与量的关系',
    ' 质 与 量 的关系。',
    '「质」与「量」的关系',
  ]) {
    assert.equal(normaliseQuery(typed), expected, typed);
  }
  assert.equal(normaliseQuery('谋突破、抓落实。'), normaliseQuery('谋突破,抓落实.'));
});

test('Latin letters and digits match in any width and case', () => {
  assert.equal(normaliseQuery('ＲＣＥＰ'), 'rcep');
  assert.equal(normaliseQuery('RCEP'), 'rcep');
  assert.equal(normaliseQuery('６０００亿元'), '6000亿元');
  assert.equal(normaliseQuery('300 个'), '300个');
});

test('every kept character points back at the character it came from', () => {
  const text = '要把“谋在关键”和“干在实处”结合起来';
  const n = normalise(text);
  assert.equal(n.text, '要把谋在关键和干在实处结合起来');
  n.text.split('').forEach((char, i) => assert.equal(text.slice(n.from[i], n.to[i]), char));
});

test('a match across punctuation covers the punctuation inside it, not around it', () => {
  const text = '要把握好“质”与“量”的关系。';
  assert.deepEqual(
    findAll(normalise(text), normaliseQuery('质与量')).map(([s, e]) => text.slice(s, e)),
    ['质”与“量'],
  );
});

test('every occurrence is found, and an empty phrase finds nothing', () => {
  const text = '坚决不要带水分的经济增长，坚决不要带污染的经济增长';
  assert.equal(findAll(normalise(text), '坚决不要').length, 2);
  assert.deepEqual(findAll(normalise(text), ''), []);
  assert.deepEqual(findAll(normalise(text), normaliseQuery('。，')), []);
});

test('Pagefind gets words split at punctuation, in half-width forms', () => {
  assert.equal(wordQuery('深化与ＲＣＥＰ，成员国'), '深化与rcep 成员国');
  assert.equal(wordQuery('  “零容忍”  '), '零容忍');
});

test('Han ideographs are kept as they are, each mapped back to itself', () => {
  for (const char of ['一', '辽', '鿿', '丁']) {
    assert.equal(normalise(char).text, char.normalize('NFKC').toLowerCase());
    assert.deepEqual(normalise(`，${char}`).from, [1]);
  }
});
