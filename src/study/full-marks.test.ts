import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markedRuns, numberNotes } from './full-marks.ts';

test('a paragraph with two highlights, one with a note, is cut into runs that keep every character in order', () => {
  const text = '工业是辽宁的命脉，辽宁振兴首先要工业振兴。';
  const runs = markedRuns(text, [
    { start: 0, end: 8, style: '直线', note: '' },
    { start: 9, end: 20, style: '波浪线', note: '关键在工业。' },
  ]);
  assert.deepEqual(runs, [
    { text: '工业是辽宁的命脉', style: '直线', notes: [] },
    { text: '，', notes: [] },
    { text: '辽宁振兴首先要工业振兴', style: '波浪线', notes: ['关键在工业。'] },
    { text: '。', notes: [] },
  ]);
  assert.equal(runs.map((r) => r.text).join(''), text);
});

test('overlapping highlights: the later gives the style; a paragraph without any is one plain run', () => {
  const runs = markedRuns('一二三四五', [
    { start: 0, end: 3, style: '直线', note: '' },
    { start: 2, end: 5, style: '马克笔', note: '甲' },
  ]);
  assert.deepEqual(runs, [
    { text: '一二', style: '直线', notes: [] },
    { text: '三', style: '马克笔', notes: [] },
    { text: '四五', style: '马克笔', notes: ['甲'] },
  ]);
  assert.deepEqual(markedRuns('一二三', []), [{ text: '一二三', notes: [] }]);
});

test('an excerpt is a mark of its own, drawn over a highlight made before it, its note after it as a highlight note is', () => {
  const text = '工业是辽宁的命脉，辽宁振兴首先要工业振兴。';
  const runs = markedRuns(text, [
    { start: 0, end: 5, style: '马克笔', note: '' },
    { start: 3, end: 8, style: 'excerpt', note: '命脉。' },
    { start: 16, end: 20, style: 'excerpt', note: '' },
  ]);
  assert.deepEqual(runs, [
    { text: '工业是', style: '马克笔', notes: [] },
    { text: '辽宁', style: 'excerpt', notes: [] },
    { text: '的命脉', style: 'excerpt', notes: ['命脉。'] },
    { text: '，辽宁振兴首先要', notes: [] },
    { text: '工业振兴', style: 'excerpt', notes: [] },
    { text: '。', notes: [] },
  ]);
  assert.equal(runs.map((r) => r.text).join(''), text);
});

test('notes are numbered in reading order: by paragraph, then where their passage ends', () => {
  const numbered = numberNotes([
    { paragraph: 5, start: 0, end: 4, id: 'c' },
    { paragraph: 2, start: 3, end: 9, id: 'b' },
    { paragraph: 2, start: 0, end: 2, id: 'a' },
  ]);
  assert.deepEqual(
    numbered.map((x) => `${x.n}${x.id}`),
    ['1a', '2b', '3c'],
  );
});
