import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addReading,
  clearedRecord,
  emptyRecord,
  mergeRecords,
  parseStored,
  partSpan,
  readCounts,
  readingTime,
  readRecord,
  RecordError,
} from './record.ts';

// The speech's parts as the outline numbers them: 1 + 27 + 17 + 1 = 46 paragraphs.
const PARTS = [
  partSpan('part-1', '1-1')!,
  partSpan('part-2', '2-28')!,
  partSpan('part-3', '29-45')!,
  partSpan('part-4', '46-46')!,
];
const DAY = '2026-12-07T10:00:00.000Z';
const LATER = '2026-12-08T10:00:00.000Z';

test('paragraphs read are counted per part out of its paragraphs, and out of 46 in all', () => {
  const record = addReading(emptyRecord(), 'd1', { read: ['p2', 'p3', 'p4', 'p5', 'p6', 'p30'], time: {} }, DAY);
  const counts = readCounts(record, PARTS);
  assert.deepEqual(
    counts.parts.map((p) => `${p.id} ${p.read}/${p.of}`),
    ['part-1 0/1', 'part-2 5/27', 'part-3 1/17', 'part-4 0/1'],
  );
  assert.equal(counts.read, 6);
  assert.equal(counts.of, 46);
});

test('reading time adds up on this device, per part and in all; a paragraph keeps the day it was first read', () => {
  let record = addReading(emptyRecord(), 'd1', { read: ['p2'], time: { 'part-2': 60_000 } }, DAY);
  record = addReading(record, 'd1', { read: ['p2'], time: { 'part-2': 30_000, 'part-3': 5_000 } }, LATER);
  assert.equal(record.read.p2, DAY);
  assert.deepEqual(readingTime(record), { parts: { 'part-2': 90_000, 'part-3': 5_000 }, total: 95_000 });
});

test('merging keeps everything from both and counts nothing twice: the same record merged again changes nothing', () => {
  const a = addReading(emptyRecord(), 'd1', { read: ['p2', 'p3'], time: { 'part-2': 60_000 } }, LATER);
  const b = addReading(emptyRecord(), 'd2', { read: ['p3', 'p29'], time: { 'part-3': 20_000 } }, DAY);
  const merged = mergeRecords(a, b);
  assert.deepEqual(Object.keys(merged.read).sort(), ['p2', 'p29', 'p3']);
  assert.equal(merged.read.p3, DAY);
  assert.equal(readingTime(merged).total, 80_000);
  assert.deepEqual(mergeRecords(merged, b), merged);
  assert.deepEqual(mergeRecords(merged, merged), merged);
  // Two tabs of one device: the counter that went further wins, nothing is added twice.
  const further = addReading(a, 'd1', { read: [], time: { 'part-2': 1_000 } }, LATER);
  assert.equal(readingTime(mergeRecords(a, further)).total, 61_000);
});

test('a clearing travels: what was read before it does not come back from another tab or an old backup', () => {
  const old = addReading(emptyRecord(), 'd1', { read: ['p2'], time: { 'part-2': 60_000 } }, DAY);
  const cleared = mergeRecords(old, clearedRecord(LATER));
  assert.deepEqual(cleared, { read: {}, time: {}, cleared: LATER });
  assert.deepEqual(mergeRecords(old, cleared), cleared);
  const after = addReading(cleared, 'd1', { read: ['p3'], time: { 'part-2': 1_000 } }, '2026-12-09T00:00:00.000Z');
  assert.deepEqual(Object.keys(mergeRecords(old, after).read), ['p3']);
  assert.equal(readingTime(mergeRecords(old, after)).total, 1_000);
});

test('a record read back from storage or a backup: damaged storage reads as empty, a damaged backup is refused whole', () => {
  const record = addReading(emptyRecord(), 'd1', { read: ['p2'], time: { 'part-2': 5 } }, DAY);
  assert.deepEqual(readRecord(JSON.parse(JSON.stringify(record))), record);
  assert.deepEqual(parseStored('{not json'), emptyRecord());
  assert.deepEqual(parseStored(undefined), emptyRecord());
  assert.throws(() => readRecord({ read: { p2: 'yesterday' }, time: {} }), RecordError);
  assert.throws(() => readRecord({ read: { x: DAY }, time: {} }), /段落“x”/);
  assert.throws(() => readRecord({ read: {}, time: { d1: { since: DAY, parts: { 'part-2': -1 } } } }), RecordError);
  assert.throws(() => readRecord([]), RecordError);
});
