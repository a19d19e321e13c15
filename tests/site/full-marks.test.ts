import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { useSite } from '../helpers/setup.ts';
import { excerptWords, highlightAndNote } from '../helpers/study.ts';
import { loadSpeech } from '../../src/speech/load.ts';
import { speechPaths } from '../../src/speech/paths.ts';

const session = useSite();
const STRAIGHT = '辽宁振兴首先要工业振兴';
const WAVE = '稳是主基调';
const NOTE = '稳中求进。';
const EXCERPT = '切实扩大有效投资';
// The docx's character styles, named as the page names the 划线 and the 摘抄, read back as marks.
const styleMap = [
  "r[style-name='直线'] => mark.straight",
  "r[style-name='马克笔'] => mark.marker",
  "r[style-name='波浪线'] => mark.wave",
  "r[style-name='摘抄'] => mark.excerpt",
];

test('the whole text exported as Word from 摘抄本 has both highlights and the 摘抄 in their styles, the note as a footnote, and every paragraph in order', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/part-2/`);
  await excerptWords(page, 'p9', EXCERPT);
  await highlightAndNote(page, ['p12', STRAIGHT, '直线'], ['p6', WAVE, NOTE]);
  await page.goto(`${session.site.origin}/notes/`);
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="full-docx"]').click()]);
  const buffer = readFileSync((await file.path())!);
  const html = (await mammoth.convertToHtml({ buffer }, { styleMap })).value;
  assert.ok(html.includes(`<mark class="straight">${STRAIGHT}</mark>`), 'the 直线 passage');
  assert.match(
    html,
    new RegExp(`<mark class="wave">${WAVE}</mark><sup><a href="#footnote-1"`),
    'the 波浪线 passage, then its note',
  );
  assert.match(html, new RegExp(`<li id="footnote-1"><p>${NOTE}`), 'the note as footnote 1');
  assert.ok(html.includes(`一是要<mark class="excerpt">${EXCERPT}</mark>。`), 'the 摘抄, in a style of its own');
  assert.equal((html.match(/<mark/g) ?? []).length, 3, 'nothing else marked');
  // Every paragraph of the speech, whole and in order.
  const text = (await mammoth.extractRawText({ buffer })).value;
  let at = 0;
  for (const paragraph of loadSpeech(speechPaths).outline.parts.flatMap((p) => p.paragraphs)) {
    const found = text.indexOf(paragraph.text, at);
    assert.ok(found >= at, `${paragraph.id} in order`);
    at = found + paragraph.text.length;
  }
  await context.close();
});
