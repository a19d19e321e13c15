import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entriesOf, permalinkOf, type ParagraphInfo } from './export.ts';
import { notesLayout, toMarkdown, toText } from './notes-layout.ts';
import { studyStrings } from '../i18n/zh-CN.ts';
import { quoteOf, type StudyRecord } from './model.ts';

const text = '三年行动是总抓手。抓好三年行动，就是抓住了全面振兴的牛鼻子。';
const paragraphs: Record<string, ParagraphInfo> = {
  p12: {
    page: 'https://example.org/part-2/',
    number: 12,
    place: '二、第一 · 第12段',
    part: '二、坚持高质量发展',
    section: '二、第一 抓好三年行动',
    text,
  },
};
const record = (start: number, end: number, fields: Partial<StudyRecord>): StudyRecord => ({
  id: 'r',
  paragraph: 'p12',
  ...quoteOf(text, start, end),
  kind: 'highlight',
  style: '波浪线',
  note: '',
  created: '2026-12-04T10:00:00.000Z',
  updated: '2026-12-04T10:00:00.000Z',
  ...fields,
});
const title = '以实施全面振兴新突破三年行动为引领';

test('the link back marks exactly the saved occurrence, with context on each side', () => {
  const second = record(11, 15, {});
  assert.equal(second.exact, '三年行动');
  const link = permalinkOf(second, paragraphs.p12!);
  assert.match(link, /^https:\/\/example\.org\/part-2\/#p12:~:text=[^,]+-,/);
  const prefix = decodeURIComponent(/text=([^,]+)-,/.exec(link)![1]!);
  assert.ok(text.slice(0, 11).endsWith(prefix), `${prefix} is what stands before the words`);
});

test('the text and Markdown exports give each entry its place, words, note, date, GB/T 7714 citation and link', () => {
  const entries = entriesOf(
    [record(0, 4, { id: 'a', note: '关键在*落实*' }), record(11, 15, { id: 'b', kind: 'excerpt' })],
    paragraphs,
    { title },
    '2026-12-04',
  );
  const plain = toText(notesLayout(entries, { title, name: '张三', date: '2026-12-05' }, studyStrings));
  const markdown = toMarkdown(notesLayout(entries, { title }, studyStrings));
  for (const output of [plain, markdown]) {
    assert.match(output, /二、第一 · 第12段/);
    assert.match(output, /2026-12-04/);
    assert.ok(output.includes(`${title}[EB/OL]. [2026-12-04]. https://example.org/part-2/#p12.`), 'the citation');
    assert.ok(output.includes(entries[0]!.permalink) && output.includes(entries[1]!.permalink), 'each link');
    assert.match(output, /三年行动/);
  }
  assert.match(plain, /想法：关键在\*落实\*/);
  assert.match(plain, /姓名：张三　日期：2026-12-05/);
  assert.match(markdown, /想法：关键在\\\*落实\\\*/, 'a note is text in Markdown, not markup');
  assert.match(plain, /划线（波浪线）/);
  assert.match(plain, /摘抄/);
});
