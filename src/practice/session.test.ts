import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hintsOf, isRight, pickSession, type SessionQuestion } from './session.ts';

const question = (id: string, part: number, sentence = id): SessionQuestion => ({
  id,
  kind: 'fill',
  part,
  ask: '',
  stem: [sentence, '。'],
  answers: ['营商环境'],
  options: [],
  correct: [],
  link: '',
  place: '',
});
const bank = [question('a', 2), question('b', 2), question('c', 3), question('d', 3, 'a'), question('e', 2)];

test('a session asks the due questions first, keeps to its part, and never asks one sentence twice', () => {
  const picked = pickSession(bank, { count: 10, part: 0, first: ['c'], seed: 1 }).map((q) => q.id);
  assert.equal(picked[0], 'c');
  assert.ok(!(picked.includes('a') && picked.includes('d')), 'a and d share a sentence');
  assert.equal(picked.length, 4);
  assert.deepEqual(
    pickSession(bank, { count: 10, part: 2, first: ['c'], seed: 1 }).map((q) => q.part),
    [2, 2, 2],
  );
  assert.equal(pickSession(bank, { count: 2, part: 0, first: [], seed: 3 }).length, 2);
  assert.deepEqual(
    pickSession(bank, { count: 9, part: 0, first: ['e'], only: ['e', 'b'], seed: 3 }).map((q) => q.id),
    ['e', 'b'],
  );
});

test('hints grow (首字, then half, then the paragraph) and never give a whole answer', () => {
  assert.deepEqual(hintsOf(question('a', 2)), [
    { level: 'first', text: '营' },
    { level: 'more', text: '营商' },
    { level: 'paragraph' },
  ]);
  assert.deepEqual(hintsOf({ ...question('a', 2), answers: ['质'] }), [{ level: 'paragraph' }]);
  assert.deepEqual(hintsOf({ ...question('a', 2), kind: 'multi' }), [{ level: 'paragraph' }]);
});

test('a 多选 is right only with exactly its right options', () => {
  const q = { ...question('m', 2), kind: 'multi' as const, options: ['甲', '乙', '丙'], correct: ['甲', '丙'] };
  assert.ok(isRight(q, ['丙', '甲'], new Map()));
  assert.ok(!isRight(q, ['甲'], new Map()));
  assert.ok(!isRight(q, ['甲', '乙', '丙'], new Map()));
});
