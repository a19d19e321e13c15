import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentences } from './sentences.ts';

const read = (text: string, max?: number) => sentences(text, max).map((s) => text.slice(s.start, s.end));

test('a paragraph is read one sentence at a time, each with its own closing mark', () => {
  assert.deepEqual(read('工业是辽宁的命脉。要优化存量；提质量！能做到吗？'), [
    '工业是辽宁的命脉。',
    '要优化存量；',
    '提质量！',
    '能做到吗？',
  ]);
});

test('a closing quotation mark stays with the sentence it closes', () => {
  assert.deepEqual(read('他说：“坚决不要。”我们要做到。'), ['他说：“坚决不要。”', '我们要做到。']);
});

test('a last sentence without a closing mark is still read', () => {
  assert.deepEqual(read('第一，建设现代化产业体系'), ['第一，建设现代化产业体系']);
});

test('a sentence longer than the limit is cut at its commas into pieces within it', () => {
  const text = '要发挥好出口对经济的支撑作用，实施外贸“双量”增长计划，稳住对发达国家出口，扩大对新兴经济体出口。';
  const pieces = read(text, 30);
  assert.deepEqual(pieces, [
    '要发挥好出口对经济的支撑作用，实施外贸“双量”增长计划，',
    '稳住对发达国家出口，扩大对新兴经济体出口。',
  ]);
  assert.ok(pieces.every((p) => p.length <= 30));
});

test('a clause longer than the limit is kept whole rather than cut inside a word', () => {
  assert.deepEqual(read('一二三四五六七八九十，甲乙。', 5), ['一二三四五六七八九十，', '甲乙。']);
});

test('the pieces cover every character of the text, in order, with nothing added', () => {
  const text =
    '我们要把发展经济的着力点放在实体经济上，扎实推进新型工业化，持续做好结构调整“三篇文章”，加快建设数字辽宁、智造强省，促进一二三产业协同发展，加快形成多点支撑、多业并举、多元发展的产业发展新格局。要用好政策工具……让更多辽宁商品走向国内外。';
  const spans = sentences(text);
  assert.equal(spans.map((s) => text.slice(s.start, s.end)).join(''), text);
  for (const [i, span] of spans.entries()) if (i > 0) assert.equal(span.start, spans[i - 1]!.end);
  assert.ok(
    spans.every((s) => s.end - s.start <= 50),
    'every piece within 50 characters',
  );
});

test('an empty or blank text has nothing to read', () => {
  assert.deepEqual(read(''), []);
  assert.deepEqual(read('  '), []);
});
