import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FULL_HTML_CSS, fullHtml, type FullHtmlStrings } from './full-html.ts';
import { markedRuns, type FullBlock } from './full-marks.ts';

const strings: FullHtmlStrings = {
  lang: 'zh-CN',
  notes: '我的想法',
  back: '回到正文',
  styles: { 直线: '直线', 马克笔: '马克笔', 波浪线: '波浪线', excerpt: '摘抄' },
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
  { kind: 'paragraph', runs: markedRuns('坚持稳中求进。', [{ start: 2, end: 6, style: 'excerpt', note: '摘<抄>' }]) },
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

test('an excerpt in the HTML file is a <mark> of its own named 摘抄, drawn as the page draws it, its note a footnote', () => {
  const html = fullHtml(blocks, strings);
  assert.ok(
    html.includes(
      '坚持<mark class="excerpt" title="摘抄">稳中求进</mark><sup class="ref"><a id="ref-3" href="#note-3">3</a></sup>。',
    ),
  );
  assert.ok(html.includes('<li id="note-3" value="3">摘&lt;抄&gt; <a href="#ref-3">回到正文</a></li>'));
  // Drawn as study.css draws the page's excerpt, its grey the light scheme's --muted (global.css).
  const page = readFileSync(new URL('study.css', import.meta.url), 'utf8');
  const declarations = (css: string, selector: RegExp) =>
    [...(css.match(selector)?.[1] ?? '').matchAll(/([\w-]+):\s*([^;]+);/g)]
      .map(([, name, value]) => `${name}: ${value!.trim().replace('var(--muted)', '#54595f')}`)
      .sort();
  const onPage = declarations(page, /mark\.study-excerpt \{([^}]*)\}/);
  assert.equal(onPage.length, 4);
  assert.deepEqual(declarations(FULL_HTML_CSS, /mark\.excerpt \{([^}]*)\}/), onPage);
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
