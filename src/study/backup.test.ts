import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BackupError, MAX_BACKUP_BYTES, parseBackup, readBackup, toBackup } from './backup.ts';
import { emptyReview, recordAnswer } from '../practice/review.ts';
import { addReading, emptyRecord } from '../record/record.ts';
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
  refused(good.replace('"version":4', '"version":5'), /版本是 5，本页只能读取版本 1、2、3、4/);
  refused(good.replace('"draft":[]', '"draft":[{"id":"h1","kind":"poem"}]'), /心得提纲的第1条的类型“poem”不认识/);
  refused(' '.repeat(MAX_BACKUP_BYTES + 1), /超过备份文件的上限/);
  refused(good.replace('"马克笔"', '"荧光"'), /第1条记录的划线样式“荧光”不认识/);
  refused(good.replace('"TextPositionSelector","start":9', '"TextPositionSelector","start":-1'), /第1条记录的位置有误/);
});

test('the backup carries 自测’s review schedule (since version 2) and reads it back; a version-1 file, without one, still imports', () => {
  const practice = recordAnswer(emptyReview(), 'fill-p22-1234abcd', 'wrong', new Date(now));
  const backup = toBackup(records, source, now, { practice });
  assert.equal(backup.version, 4);
  assert.deepEqual(readBackup(JSON.stringify(backup)), { records, practice, draft: [] });
  const v1 = JSON.stringify({ ...toBackup(records, source, now), version: 1 });
  assert.deepEqual(readBackup(v1), { records, draft: [] });
  const damaged = JSON.stringify({ ...backup, practice: { reset: '', entries: { x: { missed: 'yes' } } } });
  assert.throws(
    () => readBackup(damaged),
    (e) => e instanceof BackupError && /“x”/.test(e.message),
  );
});

test('version 3 carries 学习记录; a version-1 file (before it) still imports, with no record', () => {
  const record = addReading(emptyRecord(), 'tab', { read: ['p2', 'p3'], time: { 'part-2': 60_000 } }, now);
  const backup = JSON.stringify(toBackup(records, source, now, { record }));
  assert.equal(JSON.parse(backup).version, 4);
  assert.deepEqual(readBackup(backup), { records, record, draft: [] });
  const version1 = JSON.stringify({ ...toBackup(records, source, now), version: 1 });
  assert.deepEqual(readBackup(version1), { records, draft: [] });
  // A damaged record refuses the whole file: nothing is imported in part.
  const damaged = backup.replace('"p2":', '"x2":');
  assert.throws(
    () => readBackup(damaged),
    (error) => error instanceof BackupError && /学习记录/.test(error.message),
  );
});

const draft: DraftPiece[] = [
  { id: 'title', kind: 'title', text: '学习体会', record: '', rank: 0, updated: now },
  { id: 'h1', kind: 'heading', text: '抓住工业', record: '', rank: 1, updated: now },
  { id: 'q1', kind: 'quote', text: '', record: 'urn:uuid:1', rank: 2, updated: now },
  { id: 'x1', kind: 'text', text: '', record: '', rank: 3, updated: now, deleted: true },
];

test('a version 4 backup carries the 心得提纲 with its tombstones, and reads back the same', () => {
  const backup = toBackup(records, source, now, { draft });
  assert.equal(backup.version, 4);
  assert.deepEqual(readBackup(JSON.stringify(backup)), { records, draft });
});

test('a version 1 backup, written before the 心得提纲 existed, still imports: its passages, and no draft', () => {
  const old = { ...toBackup(records, source, now), version: 1 } as Record<string, unknown>;
  delete old.draft;
  assert.deepEqual(readBackup(JSON.stringify(old)), { records, draft: [] });
});
