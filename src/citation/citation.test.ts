import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  citation,
  directiveContext,
  gbt7714,
  isoDay,
  occurrences,
  textDirective,
  toWordBoundaries,
} from './citation.ts';

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

const url = 'https://example.org/part-2/#p20';

test('GB/T 7714 with no metadata gives the title, [EB/OL], the access date and the address, nothing invented', () => {
  assert.equal(gbt7714({ title, url, accessed: '2026-11-26' }), `${title}[EB/OL]. [2026-11-26]. ${url}.`);
});

test('GB/T 7714 with every fact places each in the standard order with its Western punctuation', () => {
  const reference = {
    title,
    url,
    accessed: '2026-11-26',
    speaker: '某某',
    occasion: '在某会议上的讲话',
    publisherCity: '沈阳',
    publisher: '某某出版者',
    issued: '2024-01-06',
    updated: '2024-02-01',
  };
  assert.equal(
    gbt7714(reference),
    `某某. ${title}: 在某会议上的讲话[EB/OL]. 沈阳: 某某出版者, 2024(2024-02-01)[2026-11-26]. ${url}.`,
  );
});

test('GB/T 7714 leaves out each missing element with its own punctuation', () => {
  assert.equal(
    gbt7714({ title, url, accessed: '2026-11-26', speaker: '某某', updated: '2024-02-01' }),
    `某某. ${title}[EB/OL]. (2024-02-01)[2026-11-26]. ${url}.`,
  );
  assert.equal(
    gbt7714({ title, url, accessed: '2026-11-26', publisher: '某某出版者', issued: '2024-01-06' }),
    `${title}[EB/OL]. 某某出版者, 2024[2026-11-26]. ${url}.`,
  );
});

test("the access date is the reader's own day, written YYYY-MM-DD", () => {
  assert.equal(isoDay(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
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

test('words that recur on the page get a prefix or suffix in their text directive; unique words do not', () => {
  const page = '三年行动 目录 三年行动是总抓手。抓好三年行动，就是抓住了牛鼻子。';
  const text = '抓好三年行动，就是抓住了牛鼻子。';
  assert.deepEqual(directiveContext(page, text, 7, 9), {}, '就是 occurs once');
  const context = directiveContext(page, text, 2, 6);
  assert.ok(context.prefix || context.suffix);
  assert.equal(occurrences(page, `${context.prefix}三年行动${context.suffix}`), 1);
  assert.equal(
    textDirective('三年行动', 10, { prefix: '抓好', suffix: '，就是' }),
    `:~:text=${encodeURIComponent('抓好')}-,${encodeURIComponent('三年行动')},-${encodeURIComponent('，就是')}`,
  );
});
