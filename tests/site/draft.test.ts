import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import mammoth from 'mammoth';
import { useSite } from '../helpers/setup.ts';
import { axeViolations } from '../helpers/axe.ts';
import { barShown, selectWords } from '../helpers/study.ts';
import { loadSpeech } from '../../src/speech/load.ts';
import { speechPaths } from '../../src/speech/paths.ts';
import { toBackup } from '../../src/study/backup.ts';
import { quoteOf } from '../../src/study/model.ts';

const session = useSite();

// Tall enough for the whole outline: a drag does not scroll the page here.
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 1600 } };
// bypassCSP lets the test add axe-core to the page; the site's own scripts are the same.
const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  hasTouch: true,
  isMobile: true,
  bypassCSP: true,
};
const Q1 = '辽宁振兴首先要工业振兴';
const NOTE = '关键在工业。';
const Q2 = '稳是主基调';
const Q3 = '进是主方向';
const OWN = '我们要抓落实，RCEP和6000。';
// Quoted, with the quotation marks: 11 + 2, 5 + 2, 5 + 2 = 27. Own: 学习体会 4, 抓住工业 4, 稳中求进 4, the note
// 关键在工业。6, 我们要抓落实 6 + ， 1 + RCEP 1 + 和 1 + 6000 1 + 。 1 = 11: 29. In all 56, 48 % quoted.
const COUNT = '共56字：引自讲话27字（48%），自己写的29字。已达到要求。';
const ORDER = [
  '小标题:抓住工业',
  `摘录:“${Q1}”`,
  `想法:${NOTE}`,
  `摘录:“${Q3}”`,
  '小标题:稳中求进',
  `摘录:“${Q2}”`,
  `自己的话:${OWN}`,
];

/** Three passages made through the selection bar: a highlight with a note on p12, two excerpts on p6. */
async function savePassages(page: Page) {
  await page.goto(`${session.site.origin}/part-2/`);
  await selectWords(page, 'p12', Q1);
  await barShown(page);
  await page.locator('selection-bar button', { hasText: '写想法' }).click();
  const editor = page.locator('.study-editor');
  await editor.locator('textarea').fill(NOTE);
  await editor.locator('button', { hasText: '保存想法' }).click();
  await editor.locator('.study-status', { hasText: '已保存' }).waitFor();
  await editor.locator('button', { hasText: '关闭' }).click();
  for (const words of [Q2, Q3]) {
    await selectWords(page, 'p6', words);
    await barShown(page);
    await page.locator('selection-bar button', { hasText: '摘抄' }).click();
    await page.locator('selection-bar', { hasText: '已摘抄' }).waitFor();
  }
}

/** Title, target, two headings and a paragraph of the reader's own, then the three excerpts and the note from the tray. */
async function writeOutline(page: Page, tap: (target: Locator) => Promise<void>) {
  await page.goto(`${session.site.origin}/notes/outline/`);
  await page.locator('#draft-title').fill('学习体会');
  await page.locator('#draft-target-mode').selectOption('atLeast');
  await page.locator('#draft-target-count').fill('50');
  for (const [kind, text] of [
    ['heading', '抓住工业'],
    ['heading', '稳中求进'],
    ['text', OWN],
  ] as const) {
    await tap(page.locator(`writing-draft > .draft-row [data-add="${kind}"]`));
    await page.locator('.draft-piece [data-role="field"]').last().fill(text);
  }
  const tray = (words: string) => page.locator('.draft-entry', { has: page.locator('blockquote', { hasText: words }) });
  await tap(tray(Q1).locator('[data-add="quote"]'));
  await tap(tray(Q1).locator('[data-add="thought"]'));
  await tap(tray(Q2).locator('[data-add="quote"]'));
  await tap(tray(Q3).locator('[data-add="quote"]'));
}

const order = (page: Page) =>
  page.locator('.draft-piece').evaluateAll((rows) =>
    rows.map((row) => {
      const kind = row.querySelector('.draft-kind')!.textContent!.replace('⠿', '');
      const field = row.querySelector<HTMLInputElement>('[data-role="field"]');
      const words = row.querySelector('.draft-quote, .draft-thought')?.textContent;
      return `${kind}:${field ? field.value : words}`;
    }),
  );
// A heading is a field, whose value is no text to match: the first and second headings by their place.
const HEADINGS = ['抓住工业', '稳中求进'];
const piece = (page: Page, words: string) =>
  HEADINGS.includes(words)
    ? page.locator('.draft-piece.draft-heading').nth(HEADINGS.indexOf(words))
    : page.locator('.draft-piece', { hasText: words });

/** The .docx (read back by mammoth), .txt and .md hold the title, headings, the reader's words, each quotation and its source. */
async function filesHoldTheOutline(page: Page) {
  const downloaded = async (kind: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
    return readFileSync((await file.path())!);
  };
  const files = {
    // As HTML, which carries Word's footnotes (the raw text leaves them out), less its tags.
    docx: (await mammoth.convertToHtml({ buffer: await downloaded('docx') })).value.replace(/<[^>]+>/g, '\n'),
    txt: (await downloaded('txt')).toString(),
    md: (await downloaded('md')).toString(),
  };
  await page.goto(`${session.site.origin}/notes/`);
  const sources = Object.fromEntries(
    await page
      .locator('.notes-entry')
      .evaluateAll((entries) =>
        entries.map((e) => [
          e.querySelector('.notes-words')!.textContent,
          e.querySelector('.notes-source')!.textContent!.replace(/^出处：/, ''),
        ]),
      ),
  ) as Record<string, string>;
  for (const [kind, text] of Object.entries(files)) {
    for (const expected of ['学习体会', ...HEADINGS, NOTE, OWN, `“${Q1}”`, `“${Q2}”`, `“${Q3}”`])
      assert.ok(text.includes(expected), `${kind} holds ${expected}`);
    for (const words of [Q1, Q2, Q3]) {
      assert.match(sources[words]!, /\[EB\/OL\]\. .*http:\/\/127\.0\.0\.1:\d+\/part-2\/#p(6|12)\.$/);
      // Markdown escapes the brackets of [EB/OL].
      const source = kind === 'md' ? sources[words]!.replace(/([[\]])/g, '\\$1') : sources[words]!;
      assert.ok(text.includes(source), `${kind} holds the source of ${words}`);
    }
    const at = (words: string) => text.indexOf(words);
    assert.ok(
      at('抓住工业') < at(Q1) && at(Q1) < at(NOTE) && at(Q3) < at('稳中求进') && at(Q2) < at(OWN),
      `${kind}: in the outline's order`,
    );
  }
}

test('at 1280 px a reader drags three excerpts and a note under two headings of their own, and moves one from the keyboard', async () => {
  const context = await session.browser.newContext(DESKTOP);
  const page = await context.newPage();
  await savePassages(page);
  await writeOutline(page, (target) => target.click());
  const handle = (words: string) => piece(page, words).locator('.draft-handle');
  const below = async (words: string) => {
    const box = (await piece(page, words).boundingBox())!;
    return { targetPosition: { x: 20, y: box.height - 4 } };
  };
  await handle(Q1).dragTo(piece(page, '抓住工业'), await below('抓住工业'));
  await handle(NOTE).dragTo(piece(page, Q1), await below(Q1));
  // From the keyboard: the focus stays on 上移 of the moved piece, so Enter moves it again.
  await piece(page, Q3).locator('[data-role="up"]').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await handle(Q2).dragTo(piece(page, '稳中求进'), await below('稳中求进'));
  assert.deepEqual(await order(page), ORDER);
  assert.equal(await page.locator('.draft-count').textContent(), COUNT);
  await page.reload();
  assert.deepEqual(await order(page), ORDER, 'kept on the device');
  await filesHoldTheOutline(page);
  await context.close();
});

test('at 375 px with touch the same outline is arranged with 上移, without sideways scrolling, and counts the same', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  await savePassages(page);
  await writeOutline(page, (target) => target.tap());
  assert.equal(await page.locator('.draft-handle').first().isVisible(), false, 'no drag handle on a phone');
  const up = async (words: string, times: number) => {
    for (let i = 0; i < times; i++) await piece(page, words).locator('[data-role="up"]').tap();
  };
  await up(Q1, 2);
  await up(NOTE, 2);
  await up(Q3, 3);
  await up(Q2, 1);
  assert.deepEqual(await order(page), ORDER);
  assert.equal(await page.locator('.draft-count').textContent(), COUNT);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

/** An excerpt of 稳是主基调 in p6, as a backup entry. */
const passage = (() => {
  const text = loadSpeech(speechPaths)
    .outline.parts.flatMap((p) => p.paragraphs)
    .find((p) => p.id === 'p6')!.text;
  const at = text.indexOf(Q2);
  const when = '2026-12-01T10:00:00.000Z';
  const record = {
    id: 'urn:uuid:old',
    paragraph: 'p6',
    ...quoteOf(text, at, at + Q2.length),
    kind: 'excerpt' as const,
  };
  return toBackup([{ ...record, style: '直线', note: '', created: when, updated: when }], () => '', when).items[0];
})();

/** Adds a heading of the reader's own on the outline page. */
async function addHeading(page: Page, text: string) {
  await page.locator('writing-draft > .draft-row [data-add="heading"]').click();
  await page.locator('.draft-piece [data-role="field"]').last().fill(text);
}
const headings = (page: Page) =>
  page
    .locator('.draft-heading [data-role="field"]')
    .evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));

test('the 摘抄本 backup carries the 心得提纲 to another browser, and a backup of version 1 still imports', async () => {
  const first = await (await session.browser.newContext(DESKTOP)).newPage();
  await first.goto(`${session.site.origin}/notes/outline/`);
  await addHeading(first, '抓住工业');
  await first.goto(`${session.site.origin}/notes/`);
  const [file] = await Promise.all([first.waitForEvent('download'), first.locator('[data-export="json"]').click()]);
  const backup = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
    version: number;
    draft: { text: string }[];
  };
  assert.equal(backup.version, 4);
  assert.ok(backup.draft.some((piece) => piece.text === '抓住工业'));
  const second = await (await session.browser.newContext(DESKTOP)).newPage();
  await second.goto(`${session.site.origin}/notes/`);
  await second
    .locator('#notes-import')
    .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await second.locator('.notes-status').waitFor();
  await second.goto(`${session.site.origin}/notes/outline/`);
  assert.deepEqual(await headings(second), ['抓住工业']);
  // Version 1, as 摘抄本 wrote it before the 心得提纲: its passage imports, the outline stays as it was.
  const old = { ...backup, version: 1, items: [passage] } as Record<string, unknown>;
  delete old.draft;
  await second.goto(`${session.site.origin}/notes/`);
  await second
    .locator('#notes-import')
    .setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
  await second.locator('.notes-status', { hasText: '已导入：新增1条' }).waitFor();
  await second.goto(`${session.site.origin}/notes/outline/`);
  assert.deepEqual(await headings(second), ['抓住工业']);
  await second.locator('.draft-entry', { hasText: Q2 }).waitFor();
  await first.context().close();
  await second.context().close();
});

test('two tabs that each add a heading keep both, and storage that refuses loses nothing the reader wrote', async () => {
  const context = await session.browser.newContext(DESKTOP);
  const [one, two] = [await context.newPage(), await context.newPage()];
  for (const page of [one, two]) await page.goto(`${session.site.origin}/notes/outline/`);
  await addHeading(one, '第一个');
  await addHeading(two, '第二个');
  for (const page of [one, two]) await page.reload();
  for (const page of [one, two]) assert.deepEqual((await headings(page)).sort(), ['第一个', '第二个']);
  await context.close();
  const full = await session.browser.newContext(DESKTOP);
  await full.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  const page = await full.newPage();
  await page.goto(`${session.site.origin}/notes/outline/`);
  await addHeading(page, '存不下的标题');
  await page.locator('.draft-status', { hasText: '无法' }).waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="txt"]').click()]);
  assert.ok(readFileSync((await file.path())!, 'utf8').includes('存不下的标题'), 'the .txt still has it');
  await full.close();
});

test('the Traditional edition’s 心得提纲 speaks Traditional and shares the draft with the Simplified page', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/zh-Hant/notes/outline/`);
  await page.locator('writing-draft > .draft-row [data-add="heading"]', { hasText: '加小標題' }).tap();
  await page.locator('.draft-piece [data-role="field"]').last().fill('抓住工業');
  await page.locator('.draft-count', { hasText: '共4字：引自講話0字（0%），自己寫的4字。' }).waitFor();
  await page.goto(`${session.site.origin}/notes/outline/`);
  assert.deepEqual(await headings(page), ['抓住工業']);
  await context.close();
});
