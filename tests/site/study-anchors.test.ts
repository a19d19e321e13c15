import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { serveSite } from '../helpers/site.ts';
import { barShown, paintedWords, selectWords } from '../helpers/study.ts';
import { speechPaths } from '../../src/speech/paths.ts';

// A passage saved on today's site, then the site rebuilt from a chapter in which an editor corrected its paragraph:
// served at the same origin, as a returning reader's browser (and its storage) sees it.
const copy = mkdtempSync(join(tmpdir(), 'speech-study-'));
const port = 5500 + Math.floor(Math.random() * 90);
const WORDS = '我省工业产业体系完备';
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Builds the copy with `edit` applied to the same words of the source and of part 2's chapter. */
function buildWith(from: string, to: string): string {
  for (const file of [speechPaths.source, `${speechPaths.chapters}/part-2.mdx`]) {
    const original = readFileSync(file, 'utf8');
    assert.equal(original.split(from).length, 2, `${from} occurs once in ${file}`);
    writeFileSync(join(copy, file), original.replace(from, to));
  }
  const out = `dist-${to.length}`;
  const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    env: { ...process.env, OUT_DIR: out },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  return join(copy, out);
}

let corrected: string;
let removed: string;

before(async () => {
  for (const entry of ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'content', 'public'])
    if (existsSync(entry)) cpSync(entry, join(copy, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  // One character before the words is corrected (的 taken out): every offset after it moves by one.
  corrected = buildWith('工业是辽宁的命脉', '工业是辽宁命脉');
  // The sentence that held the words is taken out.
  removed = buildWith('我省工业产业体系完备', '');
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  const today = await serveSite({ port });
  await page.goto(`${today.origin}/part-2/#p12`);
  await selectWords(page, 'p12', WORDS);
  await barShown(page);
  await page.locator('selection-bar button', { hasText: '马克笔' }).click();
  await page.locator('selection-bar .study-status', { hasText: '已划线' }).waitFor();
  await today.close();
});
after(async () => {
  await browser?.close();
  rmSync(copy, { recursive: true, force: true });
});

test('after one character of the paragraph is corrected, the highlight lands on the same words', async () => {
  const site = await serveSite({ port, outDir: corrected });
  await page.goto(`${site.origin}/part-2/`);
  await page.mouse.move(300, 300);
  await page.waitForFunction(() => CSS.highlights.has('study-marker'));
  assert.deepEqual(await paintedWords(page), { 'study-marker': [`p12:${WORDS}`] });
  await page.goto(`${site.origin}/notes/`);
  await page.locator('.notes-entry').waitFor();
  assert.equal(await page.locator('.notes-orphan').count(), 0);
  await site.close();
});

test('with the words removed, nothing is painted anywhere and 摘抄本 still lists the entry as 未能定位 with its words', async () => {
  const site = await serveSite({ port, outDir: removed });
  await page.goto(`${site.origin}/part-2/`);
  await page.mouse.move(300, 300);
  await page.locator('.study-editor').waitFor({ state: 'attached' });
  assert.deepEqual(await paintedWords(page), {}, 'never moved to another place');
  await page.goto(`${site.origin}/notes/`);
  await page.locator('.notes-entry').waitFor();
  assert.equal(await page.locator('.notes-words').textContent(), WORDS);
  assert.match((await page.locator('.notes-orphan').textContent()) ?? '', /^未能定位/);
  await site.close();
});
