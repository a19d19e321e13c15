import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { newPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/setup.ts';
import { pageBreaks, partLines, sentences, SOURCE, sourceLines } from '../helpers/source.ts';
import { speechText } from '../helpers/text.ts';

let page: Page;

const session = useSite(async () => {
  // The proof reads the site as a reader without JavaScript does.
  page = await newPage(session.browser, { javaScriptEnabled: false });
});

/** Compares texts and, when they differ, says where: a 9,000-character diff is no help to anyone. */
function assertSameText(actual: string, expected: string, where: string) {
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  assert.ok(
    at === actual.length && at === expected.length,
    `${where}: the text differs at character ${at}: page has “${actual.slice(at - 10, at + 10)}”, source has “${expected.slice(at - 10, at + 10)}”`,
  );
}

function assertSentencesInOrder(actual: string, expected: string, where: string) {
  let from = 0;
  for (const sentence of sentences(expected)) {
    const at = actual.indexOf(sentence, from);
    assert.ok(at >= 0, `${where}: missing or out of order: “${sentence}”`);
    assert.equal(
      actual.indexOf(sentence, at + 1),
      sentence.length > 6 ? -1 : actual.indexOf(sentence, at + 1),
      `${where}: “${sentence}” appears twice`,
    );
    from = at + sentence.length;
  }
}

test('the project keeps the source byte for byte', () => {
  const hash = createHash('sha256').update(SOURCE).digest('hex');
  assert.equal(hash, 'da611cb4d01f48fea559ce610272ae91c6edcbb54f1d7c2c295007c7c6f72f6c');
  const shared = new URL('../../../shared/source/000_9559937d0be914b2.txt', import.meta.url);
  try {
    assert.equal(readFileSync(shared, 'utf8'), SOURCE);
  } catch (error) {
    // The shared copy exists only in the team's workspace, not on CI; the hash above is the check that travels.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
});

test('/full/ shows every character of the source, in order, and nothing else as the speech', async () => {
  await page.goto(`${session.site.origin}/full/`);
  const text = await speechText(page);
  const expected = sourceLines().join('');
  assertSentencesInOrder(text, expected, '/full/');
  assertSameText(text, expected, '/full/');
});

for (const n of [1, 2, 3, 4]) {
  test(`the page of part ${n} shows every character of that part of the source, in order`, async () => {
    await page.goto(`${session.site.origin}/part-${n}/`);
    const text = await speechText(page);
    const expected = partLines(n).join('');
    assertSentencesInOrder(text, expected, `/part-${n}/`);
    assertSameText(text, expected, `/part-${n}/`);
  });
}

test('the four paragraphs cut by page breaks are each one paragraph again, on /full/ and on their part page', async () => {
  const breaks = pageBreaks();
  assert.equal(breaks.length, 4);
  for (const path of ['/full/', '/part-2/', '/part-3/']) {
    await page.goto(`${session.site.origin}${path}`);
    const paragraphs = await page.locator('[data-speech] p').allTextContents();
    for (const { before, after } of breaks) {
      const join = before.slice(-6) + after.slice(0, Math.min(6, after.search(/[。！？]/) + 1));
      if (path !== '/full/' && !paragraphs.join('').includes(before.slice(-6))) continue;
      assert.ok(
        paragraphs.some((p) => p.includes(join)),
        `${path}: no single paragraph holds “${join}”`,
      );
    }
  }
});

test('no half-width punctuation is left between Chinese characters', async () => {
  await page.goto(`${session.site.origin}/full/`);
  const text = await speechText(page);
  assert.doesNotMatch(text, /[\p{Script=Han}“”][,;:!?()]|[,;:!?()][\p{Script=Han}“”]/u);
});

test('the page-break mark and the cut-off end are shown as editorial notes', async () => {
  await page.goto(`${session.site.origin}/full/`);
  const notes = await page.locator('.note').allTextContents();
  assert.equal(notes.length, 2);
  assert.match(notes[0]!, /^编者注（上接第一版）/);
  assert.match(notes[1]!, /中断/);
  const last = await page.locator('[data-speech] p.paragraph').last().textContent();
  assert.ok(last?.endsWith('根本方'), 'the last paragraph is the cut-off half sentence');
});

test('bold lead sentences beside Chinese punctuation render as <strong> (remark-cjk-friendly is on)', async () => {
  await page.goto(`${session.site.origin}/full/`);
  const html = await page.locator('[data-speech]').last().innerHTML();
  assert.ok(!html.includes('**'), 'no literal ** is left');
  const leads = await page
    .locator('.item > p > strong:first-of-type, .relationship > p > strong:first-of-type')
    .allTextContents();
  assert.equal(leads.length, 30, '26 items and 4 relationships');
  for (const lead of leads) assert.match(lead, /^[一二三四]是.*[。]$/);
  assert.ok(leads.includes('一是要把握好“质”与“量”的关系。'), 'a lead that ends in 。 right before Chinese text');
});
