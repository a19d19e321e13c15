import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/setup.ts';
import { barShown, selectWords } from '../helpers/study.ts';
import { countColour, decodePng } from '../helpers/png.ts';
import { STORAGE_KEYS } from '../../src/shell/storage.ts';
import { FOLD_FILE, fold, foldTable } from '../../src/search/fold.ts';
import { PHRASE_DATA } from '../../src/search/phrase-files.ts';

const session = useSite();
mkdirSync('test-results', { recursive: true });

// 摘抄本 of the Traditional edition: the study bar speaks Traditional, and what it saves is listed on /zh-Hant/notes/
// with the Traditional words, a link back into the edition and a citation under the Traditional title.
/** The .txt, .md and .docx of 学习笔记, as their text, downloaded from 摘抄本. */
async function exports(page: Page) {
  const downloaded = async (kind: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
    return { name: file.suggestedFilename(), data: readFileSync((await file.path())!) };
  };
  const [txt, md, docx] = [await downloaded('txt'), await downloaded('md'), await downloaded('docx')];
  return [
    { ...txt, text: txt.data.toString() },
    { ...md, text: md.data.toString() },
    { ...docx, text: (await mammoth.extractRawText({ buffer: docx.data })).value },
  ];
}

test('an excerpt made through the study bar on /zh-Hant/part-2/ is listed on /zh-Hant/notes/, in Traditional, linked into the edition, and its .txt, .md and .docx speak Traditional alike', async () => {
  const context = await session.browser.newContext({
    viewport: { width: 375, height: 812 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/zh-Hant/part-2/#p12`);
  await selectWords(page, 'p12', '遼寧振興首先要工業振興');
  await barShown(page);
  const bar = (await page.locator('selection-bar .study-actions').textContent())!;
  for (const word of ['劃線', '寫想法', '摘抄']) assert.ok(bar.includes(word), bar);
  await page.locator('selection-bar button', { hasText: /^摘抄$/ }).click();
  await page.locator('selection-bar', { hasText: '已摘抄到摘抄本' }).waitFor();

  await page.goto(`${session.site.origin}/zh-Hant/notes/`);
  const entry = page.locator('.notes-entry');
  await entry.waitFor();
  assert.equal(await page.locator('h1').textContent(), '摘抄本');
  assert.equal(await entry.locator('.notes-words').textContent(), '遼寧振興首先要工業振興');
  assert.equal(await entry.locator('.notes-orphan').count(), 0, 'found again in its paragraph');
  const link = await entry.locator('.notes-place a').evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
  assert.equal(link, '/zh-Hant/part-2/');
  const citation = (await entry.locator('.notes-source').textContent())!;
  assert.match(citation, /^出處：/);
  assert.ok(citation.includes('遼寧新篇章'), citation);
  assert.ok(!citation.includes('辽宁新篇章'), citation);
  assert.match(citation, /\/zh-Hant\/part-2\/#p12\.$/);
  assert.ok(await page.locator('study-notes', { hasText: '匯出' }).count());
  await page.screenshot({ path: 'test-results/traditional-notes-375.png', fullPage: true });
  await page.locator('#notes-name').fill('張三');
  for (const { name, text } of await exports(page)) {
    assert.match(name, /^學習筆記-/);
    for (const label of ['學習筆記', '姓名：張三', '摘抄', '出處：', '連結：', '遼寧振興首先要工業振興'])
      assert.ok(text.includes(label), `${name} holds ${label}`);
    for (const simplified of ['学习笔记', '出处：', '链接：'])
      assert.ok(!text.includes(simplified), `${name}: ${simplified}`);
  }
  await context.close();
});

/** How many pixels of p12 the 马克笔 highlight paints, in a colour no page uses (the test's own style). */
async function markerPixels(page: Page) {
  await page.addStyleTag({ content: '::highlight(study-marker) { background-color: rgb(255, 0, 255) !important; }' });
  await page.waitForFunction(() => (CSS.highlights.get('study-marker')?.size ?? 0) > 0);
  await page.locator('#p12').scrollIntoViewIfNeeded();
  const box = (await page.locator('#p12').boundingBox())!;
  return countColour(decodePng(await page.screenshot({ clip: box })), [255, 0, 255]);
}

for (const [from, to, words, shown] of [
  ['/part-2/', '/zh-Hant/', '辽宁振兴首先要工业振兴', '遼寧振興首先要工業振興'],
  ['/zh-Hant/part-2/', '/', '遼寧振興首先要工業振興', '辽宁振兴首先要工业振兴'],
] as const)
  test(`a passage marked with 马克笔 on ${from} is painted on its twin in the other edition and listed on that edition's 摘抄本 in its script`, async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${session.site.origin}${from}`);
    await selectWords(page, 'p12', words);
    await barShown(page);
    await page.locator('selection-bar .study-actions button', { hasText: /^(马克笔|麥克筆)$/ }).click();
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('p12'), STORAGE_KEYS.studyRecords);

    const twin = await context.newPage();
    await twin.goto(`${session.site.origin}${to}part-2/#p12`);
    assert.ok((await markerPixels(twin)) > 100, `painted on ${to}part-2/`);
    await twin.goto(`${session.site.origin}${to}notes/`);
    const entry = twin.locator('.notes-entry');
    await twin.locator('.notes-entry .notes-words', { hasText: shown }).waitFor();
    assert.equal(await entry.locator('.notes-orphan').count(), 0, 'found again in the other edition');
    const link = decodeURIComponent((await entry.locator('.notes-place a').getAttribute('href'))!);
    assert.ok(link.startsWith(`${session.site.origin}${to}part-2/#p12:~:text=`), link);
    assert.ok(link.includes(shown), `${link} marks the words as this edition writes them`);
    await context.close();
  });

test('every paragraph of the Traditional edition folds back to its Simplified twin character for character, so a passage keeps its offsets', async () => {
  const table = foldTable(JSON.parse(readFileSync(`dist/${PHRASE_DATA}${FOLD_FILE}`, 'utf8')) as string);
  const page = await session.browser.newPage();
  const paragraphs = async (path: string) => {
    await page.goto(`${session.site.origin}${path}`);
    return page
      .locator('[data-speech] .paragraph')
      .evaluateAll((ps) => ps.map((p) => [p.id, p.textContent!] as [string, string]));
  };
  const simplified = new Map(await paragraphs('/full/'));
  const traditional = await paragraphs('/zh-Hant/full/');
  assert.equal(traditional.length, 46);
  for (const [id, text] of traditional) {
    const twin = simplified.get(id) ?? '';
    assert.equal([...text].length, [...twin].length, `#${id}: as long in both editions`);
    assert.equal(fold(text, table), twin, `#${id}`);
  }
  assert.ok(
    traditional.some(([id, text]) => text !== simplified.get(id)),
    'the editions differ',
  );
  await page.close();
});
