import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, readPageSpeech } from './output-gate.ts';

const page = (body: string) => `<!doctype html><html><body><nav>目录</nav>${body}</body></html>`;

const article = page(
  `<article data-speech><h2 id="part-2">二、标题</h2>` +
    `<div class="note" data-editorial><p><strong>编者注</strong><span data-source>（上接第一版）</span>编者的话。</p></div>\n` +
    `<p id="p2"><a href="#p2"></a>第一段。</p>\n<h2 id="2-1">第一，首句。</h2><div id="2-1-1"><p id="p3"><strong>一是甲。</strong>乙。</p></div></article>`,
);

test('a page shows as the speech only what is inside data-speech and outside every editorial note', () => {
  const speech = readPageSpeech(article);
  assert.equal(speech.runs.map((r) => r.text).join(''), '二、标题第一段。第一，首句。一是甲。乙。');
  assert.deepEqual(
    speech.paragraphs.map((p) => [p.id, p.text]),
    [
      ['p2', '第一段。'],
      ['p3', '一是甲。乙。'],
    ],
  );
  assert.deepEqual(
    speech.marks.map((m) => m.text),
    ['（上接第一版）'],
  );
});

const expected = {
  text: '二、标题第一段。第一，首句。一是甲。乙。',
  paragraphs: ['第一段。', '一是甲。乙。'],
  first: 2,
};

test('the page that matches the source passes', () => {
  assert.deepEqual(checkPage('part-2.html', readPageSpeech(article), expected, ['（上接第一版）']), []);
});

test('a word changed in a page is found, with the words either side', () => {
  const errors = checkPage('part-2.html', readPageSpeech(article.replace('乙。', '丙。')), expected, [
    '（上接第一版）',
  ]);
  assert.match(
    errors[0]!.message,
    /^part-2\.html:3: the page's speech differs from the source after “.*甲。”: the page has “丙。”/,
  );
});

test('a sentence moved into a note leaves the speech and shifts nothing else', () => {
  const moved = article.replace(
    '<p id="p2"><a href="#p2"></a>第一段。</p>',
    '<div data-editorial><span data-source>第一段。</span></div>',
  );
  const messages = checkPage('part-2.html', readPageSpeech(moved), expected, ['（上接第一版）']).map((e) => e.message);
  assert.equal(messages.length, 3);
  assert.match(
    messages[1]!,
    /the source makes 2 paragraphs here, p2…p3; paragraph 1 of the page has the id p3, not p2/,
  );
  assert.match(messages[2]!, /a note shows “第一段。”, which is not a mark of the source/);
});

test('a paragraph split in two makes its ids run past the source', () => {
  const split = article.replace(
    '<p id="p3"><strong>一是甲。</strong>乙。</p>',
    '<p id="p3"><strong>一是甲。</strong></p><p id="p4">乙。</p>',
  );
  const messages = checkPage('part-2.html', readPageSpeech(split), expected, []).map((e) => e.message);
  assert.match(messages[0]!, /p3 differs after “一是甲。”: it has “” where the source has “乙。”/);
});
