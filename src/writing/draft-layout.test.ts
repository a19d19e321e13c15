import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appended, settingPiece, type DraftPiece } from './draft.ts';
import { draftLayout, toMarkdown, toText } from './draft-layout.ts';

const T0 = '2026-12-07T10:00:00.000Z';
const WORDS: Record<string, { exact: string; note: string }> = {
  r1: { exact: '辽宁振兴首先要工业振兴', note: '关键在工业。' },
  r2: { exact: '稳是主基调', note: '' },
};
const SOURCES: Record<string, string> = { r1: '某某. 讲话[EB/OL]. https://x/part-2/#p12.', r2: 'S2' };

function draft(): DraftPiece[] {
  let pieces: DraftPiece[] = [settingPiece('title', '学习体会', T0)];
  const add = (id: string, kind: DraftPiece['kind'], text = '', record = '') =>
    (pieces = [...pieces, appended(pieces, { id, kind, text, record }, T0)]);
  add('h1', 'heading', '# 抓住工业');
  add('q1', 'quote', '', 'r1');
  add('t1', 'thought', '', 'r1');
  add('x1', 'text', '第一段。\n\n第二段 *要*落实。');
  add('q9', 'quote', '', 'gone');
  add('q2', 'quote', '', 'r2');
  return pieces;
}
const layout = () =>
  draftLayout(
    draft(),
    (id) => WORDS[id],
    (id) => SOURCES[id],
  );

test('the files hold the title, the headings and paragraphs as written, and each quotation with a numbered source', () => {
  const doc = layout();
  assert.deepEqual(doc.blocks, [
    { kind: 'title', text: '学习体会' },
    { kind: 'heading', text: '# 抓住工业' },
    { kind: 'quote', text: '“辽宁振兴首先要工业振兴”', note: 1 },
    { kind: 'text', text: '关键在工业。' },
    { kind: 'text', text: '第一段。' },
    { kind: 'text', text: '第二段 *要*落实。' },
    { kind: 'quote', text: '“稳是主基调”', note: 2 },
  ]);
  assert.deepEqual(doc.notes, [SOURCES.r1, 'S2']);
  assert.equal(
    toText(doc, '注释'),
    '学习体会\n\n# 抓住工业\n\n“辽宁振兴首先要工业振兴”[1]\n\n关键在工业。\n\n第一段。\n\n第二段 *要*落实。\n\n“稳是主基调”[2]\n\n注释：\n[1] 某某. 讲话[EB/OL]. https://x/part-2/#p12.\n[2] S2\n',
  );
});

test('in Markdown what the reader wrote stays text, and each quotation has a footnote', () => {
  const md = toMarkdown(layout());
  assert.match(md, /^# 学习体会\n\n## \\# 抓住工业\n\n“辽宁振兴首先要工业振兴”\[\^1\]\n/);
  assert.ok(md.includes('第二段 \\*要\\*落实。'));
  assert.ok(md.endsWith('[^1]: 某某. 讲话\\[EB/OL\\]. https://x/part-2/#p12.\n\n[^2]: S2\n'));
});
