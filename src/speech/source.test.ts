import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { editPart, parseSource } from './source.ts';

const sourceText = readFileSync(new URL('../../content/source/000_9559937d0be914b2.txt', import.meta.url), 'utf8');

test('the source holds the title and four parts, the first without its heading', () => {
  const source = parseSource(sourceText);
  assert.equal(source.title, '以实施全面振兴新突破三年行动为引领 奋力谱写推进中国式现代化辽宁新篇章');
  assert.deepEqual(
    source.parts.map((p) => p.number),
    [1, 2, 3, 4],
  );
  assert.equal(source.parts[0]!.heading, undefined);
  assert.match(source.parts[3]!.heading!, /^四、加强党对全面振兴的领导/);
});

test('the four page breaks are rejoined and the cut-off end is flagged', () => {
  const parts = parseSource(sourceText).parts.map(editPart);
  const joins = parts.flatMap((p) => p.rejoined.map((j) => `${j.before.slice(-2)}|${j.after.slice(0, 2)}`));
  assert.deepEqual(joins, ['把握|好二', '和规|律，', '革的|整体', '促振|兴。']);
  assert.deepEqual(
    parts.map((p) => p.cutOff),
    [false, false, false, true],
  );
});

test('a synthetic part with a page break and a half-width comma', () => {
  const part = editPart({ number: 2, heading: '二、甲,乙', lines: ['一句,没完', '的话。', '另一段。'] });
  assert.equal(part.heading, '二、甲，乙');
  assert.deepEqual(part.paragraphs, ['一句，没完的话。', '另一段。']);
});

test("the page mark （上接第一版） is taken out of the speech and kept as the source's only mark", () => {
  const parts = parseSource(sourceText).parts.map(editPart);
  assert.deepEqual(
    parts.map((p) => p.marks),
    [['（上接第一版）'], [], [], []],
  );
  assert.match(parts[0]!.paragraphs[0]!, /^今天，我们不仅敲响了/);
});

test('a line that is only a page mark leaves no empty paragraph', () => {
  const part = editPart({ number: 2, lines: ['(下转第二版)', '一句话。'] });
  assert.deepEqual(part.paragraphs, ['一句话。']);
  assert.deepEqual(part.marks, ['（下转第二版）']);
});
