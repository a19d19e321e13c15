import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { serveSite } from '../helpers/site.ts';

// The site is built in a copy of the project, so that a second build with changed text can follow it.
const copy = mkdtempSync(join(tmpdir(), 'speech-offline-'));
const port = 4900 + Math.floor(Math.random() * 90);
const origin = `http://127.0.0.1:${port}`;
let browser: Browser;
// Closed by the tests to cut the network, and again after them in case a test failed first.
const servers: { close: () => Promise<void> }[] = [];

function build() {
  const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
}

/** The version the build's sw.js names its copy by. */
const versionOf = () => /"version":"(\w+)"/.exec(readFileSync(join(copy, 'dist/sw.js'), 'utf8'))?.[1];

/** Waits until the page's service worker keeps exactly this build's copy (the install finished, older copies dropped). */
async function keptCopy(page: Page, version: string | undefined) {
  await page.waitForFunction(async (name) => {
    await navigator.serviceWorker.ready;
    const keys = await caches.keys();
    return keys.length === 1 && keys[0] === name;
  }, `offline:/:${version}`);
}

before(async () => {
  // The project's sources; public/ only if there is one (the site's files are all built from src/ today).
  for (const entry of ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'content', 'public'])
    if (existsSync(entry)) cpSync(entry, join(copy, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  build();
  browser = await launch();
});
after(async () => {
  await context?.close();
  await browser?.close();
  await Promise.allSettled(servers.map((server) => server.close()));
  rmSync(copy, { recursive: true, force: true });
});

/** A reader's browser: one context keeps its service worker and caches across visits. */
let context: BrowserContext;

test('after one visit to the home page, with no network, the parts, paragraph links, the plan and search all work', async () => {
  const site = await serveSite({ outDir: join(copy, 'dist'), port });
  servers.push(site);
  context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  // The reader's first move starts the offline copy, as it starts every control: reading alone runs no script.
  await page.mouse.move(200, 200);
  await keptCopy(page, versionOf());
  await site.close();
  await context.setOffline(true);

  const part = await page.goto(`${origin}/part-3/`);
  // Only the kept copy carries the hash header: the page did not come from the network.
  assert.ok(part?.headers()['x-content-hash'], 'the page comes from the offline copy');
  assert.match(await page.locator('h1').innerText(), /^三、/);
  // Its styles came from the copy too: the layout is the styled one, not the browser's default.
  assert.notEqual(await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily), '');
  await page.locator('.pagination a').first().click();
  await page.waitForURL(/\/part-[24]\/$/);

  await page.goto(`${origin}/full/#p30`);
  assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), 'p30');
  assert.ok(await page.locator('#p30').isVisible());
  await page.locator('.sidebar-toc a[href="#part-3"]').evaluate((a: HTMLAnchorElement) => a.click());
  await page.waitForURL(/#part-3$/);

  await page.goto(`${origin}/part-9/`);
  // The 404 page's own contents (the header's links fold into the drawer below 90rem).
  assert.ok(await page.locator('main a[href="/full/"]').isVisible(), 'an unknown page shows the site’s 404 page');

  const plan = await page.goto(`${origin}/plan/`);
  assert.equal(plan?.status(), 200);
  assert.ok((await page.locator('main').innerText()).includes('行动方案'));

  await page.goto(`${origin}/part-3/?q=${encodeURIComponent('营商环境')}`);
  await page.waitForFunction(
    () => document.querySelector('.search-results')?.getAttribute('data-query') === '营商环境',
  );
  await page.waitForSelector('.search-related:not([hidden])');
  const hrefs = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(
    hrefs.some((href) => /^\/part-2\/(\?[^#]*)?#p22$/.test(href ?? '')),
    `营商环境's paragraph is listed: ${hrefs.join(' ')}`,
  );
});

test('after a rebuild with changed text, the next visit shows the new text and the offline copy becomes the new build', async () => {
  const [before, after] = ['拴心留人', '暖心留人'];
  for (const file of ['content/source/000_9559937d0be914b2.txt', 'content/speech/part-2.mdx']) {
    const path = join(copy, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(before, after));
  }
  build();
  const site = await serveSite({ outDir: join(copy, 'dist'), port });
  servers.push(site);
  await context.setOffline(false);
  const page = await context.newPage();
  await page.goto(`${origin}/part-2/`);
  const text = await page.locator('#p20').innerText();
  assert.ok(text.includes(after) && !text.includes(before), text);

  await keptCopy(page, versionOf());
  await site.close();
  await context.setOffline(true);
  await page.goto(`${origin}/part-2/#p20`);
  assert.ok((await page.locator('#p20').innerText()).includes(after));
});
