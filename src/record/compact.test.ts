import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compact, dayBefore } from './compact.ts';
import { recordLines, type RecordStrings } from './export.ts';
import { recordText } from '../i18n/record.ts';
import { addReading, clearedRecord, emptyRecord, mergeRecords, partSpan, readingTime, readRecord } from './record.ts';
import type { ReadingRecord } from './record.ts';

const PARTS = [
  { ...partSpan('part-2', '2-28')!, label: '二' },
  { ...partSpan('part-3', '29-45')!, label: '三' },
];
const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();
const facts = { excerpts: 0, notes: 0, excerpted: 0, written: 0 };
const lines = (record: ReadingRecord) =>
  recordLines(record, PARTS, facts, { title: '讲话', day: '2026-11-30' }, recordText as RecordStrings);

/** `days` days of reading in browser `b`: `visits` page loads a day, each its own counter, a minute per part. */
function history(days: number, visits = 5, b = 'b', from = 1): ReadingRecord {
  let record = emptyRecord();
  for (let day = from; day < from + days; day++)
    for (let v = 0; v < visits; v++)
      record = addReading(record, `${b}/${day}-${v}`, { read: [`p${2 + v}`], time: { 'part-2': 60_000 } }, at(day));
  return record;
}

test('counters of the days before yesterday fold into one per part; every total and the export stay as they were', () => {
  const before = addReading(history(10), 'legacy', { read: [], time: { 'part-3': 5_000 } }, at(1));
  const after = compact(before, 'b', at(10));
  assert.deepEqual(readingTime(after), readingTime(before));
  assert.deepEqual(lines(after), lines(before));
  assert.deepEqual(after.read, before.read);
  // Today's and yesterday's counters stay (a tab left open may add to them), and one that names no browser.
  assert.deepEqual(Object.keys(after.time).sort(), [...Object.keys(history(2, 5, 'b', 9).time), 'legacy'].sort());
  assert.deepEqual(after.kept, { b: { since: at(1), through: '2026-11-09', parts: { 'part-2': 8 * 5 * 60_000 } } });
});

test('the stored record stays small however long one reads: 90 days of 20 visits', () => {
  let record = emptyRecord();
  for (let day = 1; day <= 90; day++) {
    for (let v = 0; v < 20; v++)
      record = addReading(record, `b/${day}-${v}`, { read: [], time: { 'part-2': 30_000 } }, at(day));
    record = compact(record, 'b', at(day));
  }
  assert.equal(readingTime(record).total, 90 * 20 * 30_000);
  assert.equal(Object.keys(record.time).length, 2 * 20);
  assert.ok(JSON.stringify(record).length < 4_000, `${JSON.stringify(record).length} characters`);
});

test('an older copy of the record (another tab, a backup imported twice) merged with the folded one counts nothing twice', () => {
  const stale = history(10);
  const folded = compact(stale, 'b', at(10));
  for (const merged of [mergeRecords(folded, stale), mergeRecords(stale, folded), mergeRecords(folded, folded)]) {
    assert.deepEqual(readingTime(merged), readingTime(stale));
    assert.deepEqual(merged.kept, folded.kept);
  }
  // Folding again a day later holds what the first fold held, and a merge takes it over the first.
  const later = compact(addReading(folded, 'b/x', { read: [], time: { 'part-3': 1_000 } }, at(11)), 'b', at(12));
  assert.equal(readingTime(mergeRecords(folded, later)).total, readingTime(stale).total + 1_000);
  assert.equal(readingTime(mergeRecords(later, stale)).total, readingTime(stale).total + 1_000);
});

test('another browser’s record, folded or not, adds its time; a clearing drops the folded time with the rest', () => {
  const ours = compact(history(10), 'b', at(10));
  const theirs = compact(history(10, 2, 'c'), 'c', at(10));
  const both = mergeRecords(ours, theirs);
  assert.equal(readingTime(both).total, (10 * 5 + 10 * 2) * 60_000);
  assert.deepEqual(Object.keys(both.kept!).sort(), ['b', 'c']);
  const cleared = mergeRecords(both, clearedRecord(at(10, 12)));
  assert.equal(readingTime(cleared).total, 0);
  assert.equal(cleared.kept, undefined);
});

test('the folded time goes through a backup: read back as it was; a wrong one is refused with the reader’s message', () => {
  const folded = compact(history(10), 'b', at(10));
  assert.deepEqual(readRecord(JSON.parse(JSON.stringify(folded))), folded);
  assert.throws(
    () => readRecord({ ...folded, kept: { b: { since: at(1), parts: { 'part-2': 1 } } } }),
    /学习记录中的阅读时间有误，文件未导入。/,
  );
  assert.equal(dayBefore(at(1), 1), '2026-10-31');
});
