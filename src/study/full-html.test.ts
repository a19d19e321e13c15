import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fullHtml, type FullHtmlStrings } from './full-html.ts';
import { markedRuns, type FullBlock } from './full-marks.ts';

const strings: FullHtmlStrings = {
  lang: 'zh-CN',
  notes: '我的想法',
  back: '回到正文',
  styles: { 直线: '直线', 马克笔: '马克笔', 波浪线: '波浪线' },
};
const text = '工业是辽宁的命脉，辽宁振兴首先要工业振兴。';
const blocks: FullBlock[] = [
  { kind: 'title', text: '标题' },
  { kind: 'part', text: '一、第一部分' },
  {
    kind: 'paragraph',
    runs: markedRuns(text, [
      { start: 0, end: 8, style: '马克笔', note: '' },
      { start: 9, end: 20, style: '波浪线', note: '关键<在>工业。' },
    ]),
  },
  { kind: 'part', text: '二、第二部分' },
  { kind: 'paragraph', runs: markedRuns('稳是主基调。', [{ start: 0, end: 5, style: '直线', note: '稳。' }]) },
];

test('the whole text as HTML: each mark in its style, each note a footnote after its part, numbered on and linked both ways', () => {
  const html = fullHtml(blocks, strings);
  assert.ok(html.includes('<mark class="marker" title="马克笔">工业是辽宁的命脉</mark>，'));
  assert.ok(
    html.includes(
      '<mark class="wave" title="波浪线">辽宁振兴首先要工业振兴</mark><sup class="ref"><a id="ref-1" href="#note-1">1</a></sup>。',
    ),
  );
  // The note is escaped, and its part's footnotes come before the next part's heading.
  const first = html.indexOf('<li id="note-1" value="1">关键&lt;在&gt;工业。 <a href="#ref-1">回到正文</a></li>');
  assert.ok(first > 0 && first < html.indexOf('<h2>二、第二部分</h2>'));
  assert.ok(html.includes('<li id="note-2" value="2">稳。'), 'numbering goes on across parts');
  assert.ok(html.indexOf('note-2') > html.indexOf('<h2>二、第二部分</h2>'));
});

test('the HTML file runs nothing and fetches nothing, and keeps every character of the text in order', () => {
  const html = fullHtml(blocks, strings);
  assert.doesNotMatch(html, /<script|<link|<img|\ssrc=|url\(|@import|https?:/i);
  assert.match(html, /default-src 'none'; style-src 'unsafe-inline'/);
  const body = html
    .slice(html.indexOf('<body>'))
    .replace(/<aside[\s\S]*?<\/aside>|<sup[\s\S]*?<\/sup>/g, '')
    .replace(/<[^>]+>/g, '');
  assert.ok(body.includes(text), 'the marked paragraph whole');
  assert.ok(body.includes('稳是主基调。'));
});
