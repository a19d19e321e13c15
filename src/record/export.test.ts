import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordText, recordTextHant } from '../i18n/record.ts';
import { recordFile } from './export.ts';
import { addReading, emptyRecord, partSpan } from './record.ts';

const PARTS = [
  { ...partSpan('part-1', '1-1')!, label: '一、（标题不在本文中）' },
  { ...partSpan('part-2', '2-28')!, label: '二、牢牢把握三年行动重点任务' },
];
const record = addReading(
  emptyRecord(),
  'd1',
  { read: ['p6', 'p2', 'p3', 'p4', 'p5'], time: { 'part-2': 12 * 60_000 } },
  '2026-12-07T10:00:00.000Z',
);
const facts = { excerpts: 2, notes: 1, excerpted: 40, written: 12 };

test('the export is dated, labelled 本机记录，非学时凭证, and lists the paragraphs read under their part', () => {
  const text = recordFile(record, PARTS, facts, { title: '标题', day: '2026-12-07' }, recordText);
  assert.deepEqual(text.split('\n').slice(0, 10), [
    '学习记录（本机记录，非学时凭证）',
    '《标题》',
    '导出日期：2026-12-07',
    '',
    '全文已读 5 / 28 段',
    '一、（标题不在本文中）：已读 0 / 1 段',
    '二、牢牢把握三年行动重点任务：已读 5 / 27 段',
    '  读过：第2段、第3段、第4段、第5段、第6段',
    '阅读时间：约 12 分钟',
    '摘抄 2 条，想法 1 条；摘录 40 字，写下 12 字',
  ]);
  assert.match(text, /每分钟 500 字/);
  assert.doesNotMatch(text, /自测/);
  assert.doesNotMatch(text, /积分|排名第|连续/);
});

test('自测 adds its line when it has a tally; the Traditional edition exports in its own strings', () => {
  const withTest = { ...facts, selfTest: { answered: 10, right: 8 } };
  assert.match(
    recordFile(record, PARTS, withTest, { title: 't', day: 'd' }, recordText),
    /^自测：答了 10 题，答对 8 题$/m,
  );
  const hant = recordFile(emptyRecord(), PARTS, facts, { title: 't', day: 'd' }, recordTextHant);
  assert.match(hant, /^學習記錄（本機記錄，非學時憑證）$/m);
  assert.match(hant, /^閱讀時間：不到 1 分鐘$/m);
});
