import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { useSite } from '../helpers/setup.ts';
import { excerptWords, highlightAndNote } from '../helpers/study.ts';
import { decodePng, type Pixels } from '../helpers/png.ts';
import { loadSpeech } from '../../src/speech/load.ts';
import { speechPaths } from '../../src/speech/paths.ts';

// The whole text with the reader's marks, seen as the reader sees it: the print of /full/ (a PDF rasterised by
// Ghostscript, .ci/run installs it), the HTML file 摘抄本 downloads, and the 想法 in the margin of a desk-wide screen.
const session = useSite();
const MARKER = '辽宁振兴首先要工业振兴';
const WAVE = '稳是主基调';
const NOTE = '稳中求进。';
const EXCERPT = '切实扩大有效投资';

/** On /full/: a 马克笔 passage in p12, a 波浪线 one in p6 with a 想法, and a 摘抄 in p9, made through the selection bar. */
async function markAll(page: Page) {
  await excerptWords(page, 'p9', EXCERPT);
  await highlightAndNote(page, ['p12', MARKER, '马克笔'], ['p6', WAVE, NOTE]);
  await page.keyboard.press('Escape');
}

/**
 * Pixels of the marks' three inks: the lines' red (#9b1c12, lighter where smoothed), the 马克笔's yellow wash, and
 * the 摘抄's dots in the page's grey (#54595f, bluer than any grey of smoothed black text).
 */
function inks({ data }: Pixels): { red: number; yellow: number; grey: number } {
  let red = 0;
  let yellow = 0;
  let grey = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (r - g > 40 && Math.abs(g - b) < 25) red++;
    if (r - b > 40 && g - b > 30) yellow++;
    if (Math.abs(r - 84) <= 2 && Math.abs(g - 89) <= 2 && Math.abs(b - 95) <= 2 && b - r >= 9) grey++;
  }
  return { red, yellow, grey };
}

const gs = (...args: string[]) => {
  try {
    return execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', ...args], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`Ghostscript (gs) reads the PDF: apt-get install ghostscript (${String(error)})`);
  }
};
/** Text as compared here: compatibility forms folded (a PDF's fonts may map 自 to the radical ⾃), no spaces. */
const plain = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** The page printed to A4, rasterised: each sheet's inks, and the PDF's text. */
async function printed(page: Page) {
  const dir = mkdtempSync(join(tmpdir(), 'full-print-'));
  const pdf = join(dir, 'full.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  gs('-sDEVICE=png16m', '-r72', `-sOutputFile=${join(dir, 'page-%02d.png')}`, pdf);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => inks(decodePng(readFileSync(join(dir, f)))));
  return { pages, text: plain(gs('-sDEVICE=txtwrite', '-sOutputFile=-', pdf)) };
}

/** The marks are the only coloured ink of the print: each shows on one page, and nowhere else is coloured. */
function marksAndNote({ pages, text }: Awaited<ReturnType<typeof printed>>) {
  assert.ok(pages.length > 3, `${pages.length} pages`);
  const red = pages.filter((p) => p.red > 40);
  const yellow = pages.filter((p) => p.yellow > 400);
  const grey = pages.filter((p) => p.grey > 20);
  assert.equal(red.length, 1, `the 波浪线 in red on one page: ${JSON.stringify(pages)}`);
  assert.equal(yellow.length, 1, `the 马克笔's wash on one page: ${JSON.stringify(pages)}`);
  assert.equal(grey.length, 1, `the 摘抄's grey dots on one page: ${JSON.stringify(pages)}`);
  const inked = pages.filter((p) => p.red + p.yellow + p.grey > 0);
  assert.equal(inked.length, new Set([...red, ...yellow, ...grey]).size, 'no other ink');
  assert.ok(text.includes(plain(`想法 1 ${NOTE}`)), 'the note, numbered, in the PDF');
}

test('/full/ printed: the three marks in ink on paper, the 想法 as an endnote after its part', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${session.site.origin}/full/`);
  await markAll(page);
  marksAndNote(await printed(page));
  await page.close();
});

test('/full/ opened again and printed at once, before any move of the reader: the marks and the 想法 are there', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const marking = await context.newPage();
  await marking.goto(`${session.site.origin}/full/`);
  await markAll(marking);
  await marking.close();
  // A new tab of the same browser (the passages on the device), no pointer, no key, no scroll: Ctrl+P at once.
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/full/`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('[id^="study-ref-"]'));
  marksAndNote(await printed(page));
  await context.close();
});

/** The whole text's HTML file downloaded from 摘抄本 at `path`, copied to a file named .html. */
async function downloadHtml(page: Page, path: string): Promise<string> {
  await page.goto(`${session.site.origin}${path}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-export="full-html"]').click(),
  ]);
  assert.match(download.suggestedFilename(), /全文\.html$/);
  const file = join(mkdtempSync(join(tmpdir(), 'full-html-')), 'full.html');
  copyFileSync((await download.path())!, file);
  return file;
}

/** Every paragraph of the speech is in `text`, whole and in order. */
function inOrder(text: string) {
  let at = 0;
  for (const paragraph of loadSpeech(speechPaths).outline.parts.flatMap((p) => p.paragraphs)) {
    const found = text.indexOf(paragraph.text, at);
    assert.ok(found >= at, `${paragraph.id} in order`);
    at = found + paragraph.text.length;
  }
}

test('the whole text downloaded as HTML from 摘抄本 opens alone and shows the three marks and the note, linked both ways', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/full/`);
  await markAll(page);
  const file = await downloadHtml(page, '/notes/');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  assert.deepEqual(requests, [pathToFileURL(file).href], 'nothing fetched but the file');
  assert.doesNotMatch(readFileSync(file, 'utf8'), /<script/i);
  const marker = page.locator('mark.marker');
  const wave = page.locator('mark.wave');
  assert.equal(await marker.textContent(), MARKER);
  assert.equal(await wave.textContent(), WAVE);
  const excerpt = page.locator('mark.excerpt');
  assert.equal(await excerpt.textContent(), EXCERPT);
  assert.equal(await excerpt.getAttribute('title'), '摘抄');
  assert.equal(await page.locator('mark').count(), 3, 'nothing else marked');
  // Seen: the wash behind the one, the red wave and the grey dots under the others, none in plain words.
  const shot = async (box: { x: number; y: number; width: number; height: number }) =>
    inks(decodePng(await page.screenshot({ clip: { ...box, y: box.y - 2, height: box.height + 10 } })));
  await marker.scrollIntoViewIfNeeded();
  assert.ok((await shot((await marker.boundingBox())!)).yellow > 200, '马克笔 wash');
  await wave.scrollIntoViewIfNeeded();
  assert.ok((await shot((await wave.boundingBox())!)).red > 20, '波浪线 in red');
  const plainWords = await page.locator('p.text', { has: wave }).evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p.lastChild!);
    const box = range.getClientRects()[0]!;
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  });
  assert.deepEqual(await shot(plainWords), { red: 0, yellow: 0, grey: 0 }, 'unmarked words stay plain');
  await excerpt.scrollIntoViewIfNeeded();
  assert.ok((await shot((await excerpt.boundingBox())!)).grey > 40, '摘抄 in grey dots');
  // The note: its number after the passage, the footnote after the part with a link back.
  const ref = page.locator('mark.wave + sup.ref a');
  assert.equal(await ref.getAttribute('href'), '#note-1');
  const note = page.locator('#note-1');
  assert.equal(await note.count(), 1, 'footnote 1');
  assert.ok((await note.textContent())!.includes(NOTE));
  assert.equal(await note.locator('a').getAttribute('href'), '#ref-1');
  assert.ok(await note.isVisible());
  // Every paragraph of the speech, whole and in order, once the reader's numbers and notes are set aside.
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('sup.ref, aside.notes').forEach((e) => e.remove());
    return body.textContent!;
  });
  inOrder(text);
  // The Traditional edition's 摘抄本 writes the same file with its own labels.
  const html = readFileSync(await downloadHtml(page, '/zh-Hant/notes/'), 'utf8');
  assert.match(html, /<html lang="zh-Hant">/);
  assert.ok(html.includes('我的想法（讀者自己寫的，不是講話原文）'));
  await context.close();
});

test('on /full/ the 想法 stands in the margin beside its passage at 1280 px, and not at all at 375 px', async () => {
  // bypassCSP: axe comes in as a script tag.
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await page.goto(`${session.site.origin}/full/`);
  await markAll(page);
  const note = page.locator('#study-note-1');
  await note.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById('study-note-1')?.style.top);
  const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
  const [noteBox, refBox, paragraphBox] = [await box('#study-note-1'), await box('#study-ref-1'), await box('#p6')];
  assert.ok(noteBox.x >= paragraphBox.x + paragraphBox.width, 'right of the text');
  assert.ok(noteBox.x + noteBox.width <= 1280, 'on the screen');
  assert.ok(Math.abs(noteBox.y - refBox.y) < 20, `level with its passage: ${noteBox.y} / ${refBox.y}`);
  assert.ok((await note.textContent())!.includes(NOTE));
  // Seen: the note's rule and number in the accent red, in the margin.
  const seen = inks(decodePng(await page.screenshot({ clip: noteBox })));
  assert.ok(seen.red > 30, `the note drawn in the margin (${seen.red} red pixels)`);
  assert.deepEqual(await axeViolations(page), [], 'axe, with the marks and the note');
  await page.setViewportSize({ width: 375, height: 800 });
  await page.locator('#p6').scrollIntoViewIfNeeded();
  assert.equal(await note.isVisible(), false, 'no margin note on a phone');
  assert.equal(await page.locator('#study-ref-1').isVisible(), false);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `no sideways scroll: ${width}`);
  await page.close();
});
