import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citation, textDirective, toWordBoundaries } from './citation.ts';

const title = '以实施全面振兴新突破三年行动为引领 奋力谱写推进中国式现代化辽宁新篇章';

test('a citation names the speech, the place in words, the paragraph and the address', () => {
  assert.equal(
    citation({ title, place: '二、第一，三是', paragraph: 11, url: 'https://example.org/part-2/#2-1-3' }),
    `《${title}》，二、第一，三是（第11段）。https://example.org/part-2/#2-1-3`,
  );
  assert.equal(
    citation({ title, place: '三、', url: 'https://example.org/part-3/#part-3' }),
    `《${title}》，第三部分。https://example.org/part-3/#part-3`,
  );
});

test('a short quotation goes into the link whole, with the directive characters escaped', () => {
  assert.equal(textDirective('营商环境'), `:~:text=${encodeURIComponent('营商环境')}`);
  assert.equal(textDirective('a-b,c&d'), ':~:text=a%2Db%2Cc%26d');
});

test('a long quotation is given by its first and last ten characters', () => {
  const quote = '实现新突破，要牢牢把握高质量发展这个首要任务。没有质的有效提升，发展就没有持续动力';
  const [start, end] = textDirective(quote).slice(':~:text='.length).split(',').map(decodeURIComponent);
  assert.equal(start, quote.slice(0, 10));
  assert.equal(end, quote.slice(-10));
});

test('a selection that cuts a word is widened to the whole word', () => {
  const text = '要切实扩大有效投资。';
  const [from, to] = toWordBoundaries(text, 4, 7);
  assert.ok(from <= 4 && to >= 7);
  assert.ok(from >= 2 && to <= 9, `stays near the selection: ${text.slice(from, to)}`);
});
