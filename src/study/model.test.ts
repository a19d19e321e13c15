import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  anchor,
  characterCounts,
  hashText,
  inSpeechOrder,
  markStyleOf,
  merge,
  quoteOf,
  toCodePoints,
  toUtf16,
  tombstone,
  type StudyRecord,
} from './model.ts';

const paragraph = '实施全面振兴新突破三年行动，是省委贯彻落实习近平总书记重要讲话精神的重大举措。三年行动要抓紧抓实。';

const record = (text: string, start: number, end: number, fields: Partial<StudyRecord> = {}): StudyRecord => ({
  id: 'a',
  paragraph: 'p6',
  ...quoteOf(text, start, end),
  kind: 'highlight',
  style: '直线',
  note: '',
  created: '2026-12-04T10:00:00.000Z',
  updated: '2026-12-04T10:00:00.000Z',
  ...fields,
});

test('a passage whose paragraph is unchanged keeps its offsets', () => {
  const saved = record(paragraph, 9, 13);
  assert.equal(saved.exact, '三年行动');
  assert.deepEqual(anchor(saved, paragraph), { start: 9, end: 13, moved: false });
});

test('after a corrected character before the words, the words are found again by their context', () => {
  const saved = record(paragraph, 39, 43);
  assert.equal(saved.exact, '三年行动');
  const corrected = paragraph.replace('省委', '省委省政府');
  assert.deepEqual(anchor(saved, corrected), { start: 42, end: 46, moved: true });
});

test('words that recur in the paragraph land on the occurrence whose context agrees', () => {
  const saved = record(paragraph, 9, 13);
  const corrected = `新${paragraph}`;
  assert.deepEqual(anchor(saved, corrected), { start: 10, end: 14, moved: true });
});

test('removed words, or words whose context agrees nowhere, are not placed (未能定位)', () => {
  const saved = record(paragraph, 9, 13);
  assert.equal(anchor(saved, paragraph.replaceAll('三年行动', '三年计划')), null);
  const short = record('三年行动很重要。', 0, 4);
  assert.equal(
    anchor(short, '我们的工作和三年行动。'),
    null,
    'four characters with no agreeing context are not certain',
  );
  const twins = record('甲三年行动乙', 1, 5, { hash: 'changed' });
  assert.equal(anchor(twins, '丙三年行动丁，戊三年行动己'), null, 'two equally good places are not a certain one');
});

test('offsets count code points; UTF-16 offsets convert both ways', () => {
  const text = '𠀀振兴𠀁新突破';
  assert.equal(toCodePoints(text, 4), 3);
  assert.equal(toUtf16(text, 3), 4);
  const saved = record(text, 1, 3);
  assert.equal(saved.exact, '振兴');
  assert.deepEqual(anchor(saved, text), { start: 1, end: 3, moved: false });
});

test('the hash is stable and changes with one character', () => {
  assert.equal(hashText(paragraph), hashText(paragraph));
  assert.notEqual(hashText(paragraph), hashText(paragraph.replace('省委', '省圣')));
  assert.match(hashText(''), /^[0-9a-f]{14}$/);
});

test('merging keeps every entry once, the later version of each, and a deletion wins over the older entry', () => {
  const a = record(paragraph, 0, 4, { id: 'a' });
  const b = record(paragraph, 5, 9, { id: 'b' });
  const edited = { ...a, note: '想法', updated: '2026-12-04T11:00:00.000Z' };
  const merged = merge([a], [b, edited]);
  assert.equal(merged.length, 2);
  assert.equal(merged.find((r) => r.id === 'a')?.note, '想法');
  assert.deepEqual(merge(merged, merged), merged, 'merging the same list again adds nothing');
  const gone = tombstone(a, '2026-12-04T12:00:00.000Z');
  assert.equal(merge([edited, b], [gone]).find((r) => r.id === 'a')?.deleted, true);
  assert.equal(merge([gone], [edited]).find((r) => r.id === 'a')?.deleted, true, 'in either order');
  assert.equal(inSpeechOrder(merge([gone], [b])).length, 1, 'a tombstone is not listed');
});

test('entries come in the speech order; 字数 counts the words excerpted and written', () => {
  const late = record(paragraph, 0, 4, { id: 'x', paragraph: 'p12' });
  const early = record(paragraph, 5, 9, { id: 'y', paragraph: 'p6', note: '我的 想法' });
  const first = record(paragraph, 0, 4, { id: 'z', paragraph: 'p6' });
  assert.deepEqual(
    inSpeechOrder([late, early, first]).map((r) => r.id),
    ['z', 'y', 'x'],
  );
  assert.deepEqual(characterCounts([late, early]), { excerpted: 8, written: 4 });
});

test('a record is drawn as an excerpt when it is one, whatever style was chosen when it was made, else in its style', () => {
  assert.equal(markStyleOf({ kind: 'excerpt', style: '波浪线' }), 'excerpt');
  assert.equal(markStyleOf({ kind: 'highlight', style: '波浪线' }), '波浪线');
  assert.equal(markStyleOf({ kind: 'highlight', style: '马克笔' }), '马克笔');
});
