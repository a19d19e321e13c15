import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Outline, Paragraph } from './outline.ts';
import { quotedTerms } from './terms.ts';

const paragraph = (number: number, text: string): Paragraph => ({
  id: `p${number}`,
  number,
  text,
  place: '二、',
  label: text,
});
const outline = {
  title: '',
  parts: [
    {
      paragraphs: [
        paragraph(1, '要拿出“辽老大”的志气，“牛鼻子”和“辽老大”。'),
        paragraph(2, '优化营商环境是“牛鼻子”。'),
        paragraph(3, '“阿”在前'),
      ],
    },
  ],
} as unknown as Outline;

test('each quoted term is counted every time and listed once per paragraph', () => {
  const terms = quotedTerms(outline);
  const laolao = terms.find((t) => t.term === '辽老大')!;
  assert.equal(laolao.count, 2);
  assert.deepEqual(
    laolao.paragraphs.map((p) => p.id),
    ['p1'],
  );
  const niubizi = terms.find((t) => t.term === '牛鼻子')!;
  assert.deepEqual(
    niubizi.paragraphs.map((p) => p.id),
    ['p1', 'p2'],
  );
});

test('terms are sorted by pinyin: a (阿) before liao (辽) before niu (牛)', () => {
  assert.deepEqual(
    quotedTerms(outline).map((t) => t.term),
    ['阿', '辽老大', '牛鼻子'],
  );
});
