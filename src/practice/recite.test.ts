import { test } from 'node:test';
import assert from 'node:assert/strict';
import { masked, nextClause, nextHidden } from './recite.ts';

const text = '工业是辽宁的命脉，辽宁振兴首先要工业振兴。';
const shown = (level: Parameters<typeof masked>[1], revealed = new Set<number>()) =>
  masked(text, level, revealed)
    .map((r) => (r.hidden ? '□'.repeat([...r.text].length) : r.text))
    .join('');

test('all hidden, 首字, 隔字 and all shown keep the punctuation and the length', () => {
  assert.equal(shown('hidden'), '□□□□□□□□，□□□□□□□□□□□。');
  assert.equal(shown('first'), '工□□□□□□□，辽□□□□□□□□□□。');
  assert.equal(shown('alternate'), '工□是□宁□命□，辽□振□首□要□业□兴。');
  assert.equal(shown('shown'), text);
  for (const level of ['hidden', 'first', 'alternate', 'shown'] as const)
    assert.equal(
      masked(text, level, new Set())
        .map((r) => r.text)
        .join(''),
      text,
    );
});

test('a revealed character shows; 显示一字 and 显示一句 reveal in reading order', () => {
  assert.equal(nextHidden(text, 'first', new Set()), 1);
  assert.equal(shown('first', new Set([1])), '工业□□□□□□，辽□□□□□□□□□□。');
  const clause = nextClause(text, 'first', new Set([1]));
  assert.deepEqual(clause, [2, 3, 4, 5, 6, 7]);
  assert.equal(shown('first', new Set([1, ...clause])), '工业是辽宁的命脉，辽□□□□□□□□□□。');
  assert.equal(nextHidden(text, 'shown', new Set()), -1);
});
