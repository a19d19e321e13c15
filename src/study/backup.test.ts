import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BackupError, MAX_BACKUP_BYTES, parseBackup, readBackup, toBackup } from './backup.ts';
import type { DraftPiece } from '../writing/draft.ts';
import { quoteOf, type StudyRecord } from './model.ts';

const text = '实施全面振兴新突破三年行动，是省委的重大举措。';
const records: StudyRecord[] = [
  {
    id: 'urn:uuid:1',
    paragraph: 'p12',
    ...quoteOf(text, 9, 13),
    kind: 'highlight',
    style: '马克笔',
    note: '<img src=x onerror=alert(1)>',
    created: '2026-12-04T10:00:00.000Z',
    updated: '2026-12-04T10:05:00.000Z',
  },
  {
    id: 'urn:uuid:2',
    paragraph: 'p6',
    ...quoteOf(text, 0, 2),
    kind: 'excerpt',
    style: '直线',
    note: '',
    created: '2026-12-04T10:00:00.000Z',
    updated: '2026-12-04T10:00:00.000Z',
  },
];
const source = (p: string) => `https://example.org/part-2/#${p}`;
const now = '2026-12-04T12:00:00.000Z';

test('a backup reads back as the same records', () => {
  const backup = toBackup(records, source, now);
  assert.equal(backup.items[0]?.target.selector[0]?.type, 'FragmentSelector');
  assert.equal(backup.items[0]?.target.selector[0]?.refinedBy.type, 'TextQuoteSelector');
  assert.equal(backup.items[0]?.target.selector[1]?.refinedBy.type, 'TextPositionSelector');
  assert.deepEqual(parseBackup(JSON.stringify(backup)), records);
});

test('a malformed, foreign, other-version or too large file is refused with a message saying why', () => {
  const good = JSON.stringify(toBackup(records, source, now));
  const refused = (input: string, message: RegExp) =>
    assert.throws(
      () => parseBackup(input),
      (error) => error instanceof BackupError && message.test(error.message),
    );
  refused(good.slice(0, good.length / 2), /不是完整的 JSON/);
  refused(JSON.stringify({ hello: 1 }), /不是本站的学习笔记备份/);
  refused(good.replace('"version":2', '"version":3'), /版本是 3，本页只能读取版本 1、2/);
  refused(good.replace('"draft":[]', '"draft":[{"id":"h1","kind":"poem"}]'), /心得提纲的第1条的类型“poem”不认识/);
  refused(' '.repeat(MAX_BACKUP_BYTES + 1), /超过备份文件的上限/);
  refused(good.replace('"马克笔"', '"荧光"'), /第1条记录的划线样式“荧光”不认识/);
  refused(good.replace('"TextPositionSelector","start":9', '"TextPositionSelector","start":-1'), /第1条记录的位置有误/);
});

const draft: DraftPiece[] = [
  { id: 'title', kind: 'title', text: '学习体会', record: '', rank: 0, updated: now },
  { id: 'h1', kind: 'heading', text: '抓住工业', record: '', rank: 1, updated: now },
  { id: 'q1', kind: 'quote', text: '', record: 'urn:uuid:1', rank: 2, updated: now },
  { id: 'x1', kind: 'text', text: '', record: '', rank: 3, updated: now, deleted: true },
];

test('a version 2 backup carries the 心得提纲 with its tombstones, and reads back the same', () => {
  const backup = toBackup(records, source, now, draft);
  assert.equal(backup.version, 2);
  assert.deepEqual(readBackup(JSON.stringify(backup)), { records, draft });
});

test('a version 1 backup, written before the 心得提纲 existed, still imports: its passages, and no draft', () => {
  const old = { ...toBackup(records, source, now), version: 1 } as Record<string, unknown>;
  delete old.draft;
  assert.deepEqual(readBackup(JSON.stringify(old)), { records, draft: [] });
});
