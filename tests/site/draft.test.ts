import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import mammoth from 'mammoth';
import { useSite } from '../helpers/setup.ts';
import { barShown, selectWords } from '../helpers/study.ts';

const session = useSite();

// Tall enough for the whole outline: a drag does not scroll the page here.
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 1600 } };
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };
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
  await page.locator('selection-link button', { hasText: '写想法' }).click();
  const editor = page.locator('.study-editor');
  await editor.locator('textarea').fill(NOTE);
  await editor.locator('button', { hasText: '保存想法' }).click();
  await editor.locator('.study-status', { hasText: '已保存' }).waitFor();
  await editor.locator('button', { hasText: '关闭' }).click();
  for (const words of [Q2, Q3]) {
    await selectWords(page, 'p6', words);
    await barShown(page);
    await page.locator('selection-link button', { hasText: '摘抄' }).click();
    await page.locator('selection-link', { hasText: '已摘抄' }).waitFor();
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
  await context.close();
});
