import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  againstTarget,
  appended,
  arranged,
  mergeDraft,
  moved,
  parseTarget,
  readPiece,
  removed,
  settingPiece,
  split,
  type DraftPiece,
} from './draft.ts';

const T0 = '2026-12-07T10:00:00.000Z';
const T1 = '2026-12-07T10:05:00.000Z';
const WORDS = { r1: { exact: '辽宁振兴首先要工业振兴', note: '关键在工业。' }, r2: { exact: '稳是主基调', note: '' } };
const words = (id: string) => WORDS[id as keyof typeof WORDS];

function draft(): DraftPiece[] {
  let pieces: DraftPiece[] = [settingPiece('title', '学习体会', T0)];
  const add = (id: string, kind: DraftPiece['kind'], text = '', record = '') =>
    (pieces = [...pieces, appended(pieces, { id, kind, text, record }, T0)]);
  add('h1', 'heading');
  add('q1', 'quote', '', 'r1');
  add('t1', 'thought', '', 'r1');
  add('h2', 'heading', '稳中求进');
  add('x1', 'text', '我们要抓落实。');
  add('q2', 'quote', '', 'r2');
  return pieces;
}

test('pieces keep the order they were added in, and a move renumbers only what changed place', () => {
  const pieces = draft();
  assert.deepEqual(
    arranged(pieces).map((p) => p.id),
    ['h1', 'q1', 't1', 'h2', 'x1', 'q2'],
  );
  const changed = moved(pieces, 'q2', 1, T1);
  const after = mergeDraft(pieces, changed);
  assert.deepEqual(
    arranged(after).map((p) => p.id),
    ['h1', 'q2', 'q1', 't1', 'h2', 'x1'],
  );
  assert.deepEqual(changed.map((p) => p.id).sort(), ['h2', 'q1', 'q2', 't1', 'x1']);
  assert.ok(changed.every((p) => p.updated === T1));
  assert.deepEqual(moved(pieces, 'h1', -1, T1), [], 'nothing above the first');
  assert.deepEqual(moved(pieces, 'q2', 6, T1), [], 'nothing below the last');
});

test('two tabs that each add a piece and move another keep every piece', () => {
  const base = draft();
  const tabA = [appended(base, { id: 'a', kind: 'text', text: '甲', record: '' }, T1)];
  const tabB = [...moved(base, 'x1', 0, T1), appended(base, { id: 'b', kind: 'text', text: '乙', record: '' }, T1)];
  const merged = mergeDraft(mergeDraft(base, tabA), tabB);
  assert.deepEqual(
    arranged(merged)
      .map((p) => p.id)
      .sort(),
    ['a', 'b', 'h1', 'h2', 'q1', 'q2', 't1', 'x1'],
  );
  assert.deepEqual(mergeDraft(merged, merged), merged, 'merging twice adds nothing');
});

test('the split counts the quotations (with their marks) apart from what the reader wrote, by Word’s rule', () => {
  const pieces = draft();
  // Quoted: “辽宁振兴首先要工业振兴” 11 + 2 marks = 13, “稳是主基调” 5 + 2 = 7: 20.
  // Own: 学习体会 4, 关键在工业。6, 稳中求进 4, 我们要抓落实。7: 21.
  assert.deepEqual(split(pieces, words), { quoted: 20, own: 21, total: 41 });
  const withoutQ1 = mergeDraft(pieces, [
    removed(
      pieces.find((p) => p.id === 'q1')!,
      T1,
    ),
  ]);
  assert.deepEqual(split(withoutQ1, words), { quoted: 7, own: 21, total: 28 });
});

test('a target of 不少于, 左右 or 以内 N 字 says how far the count is from it', () => {
  assert.deepEqual(parseTarget('atLeast:2000'), { mode: 'atLeast', count: 2000 });
  assert.equal(parseTarget('atLeast:0'), undefined);
  assert.equal(parseTarget('soon:5'), undefined);
  assert.deepEqual(againstTarget(1500, { mode: 'atLeast', count: 2000 }), { state: 'short', by: 500 });
  assert.deepEqual(againstTarget(2100, { mode: 'atLeast', count: 2000 }), { state: 'reached', by: 100 });
  assert.deepEqual(againstTarget(2100, { mode: 'about', count: 2000 }), { state: 'over', by: 100 });
  assert.deepEqual(againstTarget(1400, { mode: 'atMost', count: 1500 }), { state: 'within', by: 100 });
  assert.deepEqual(againstTarget(1600, { mode: 'atMost', count: 1500 }), { state: 'over', by: 100 });
});

test('a piece from a backup is read back whole, or refused with the reason', () => {
  const piece = draft()[2]!;
  assert.deepEqual(readPiece(JSON.parse(JSON.stringify(piece))), piece);
  assert.equal(readPiece({ ...piece, kind: 'poem' }), '的类型“poem”不认识');
  assert.equal(readPiece({ ...piece, updated: 'yesterday' }), '日期有误');
  assert.equal(readPiece({ ...piece, id: '' }), '没有编号');
});
