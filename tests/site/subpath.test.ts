import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { checkFolder } from '../../src/integrations/site-check.ts';
import { launch } from '../helpers/browser.ts';
import { serveSite } from '../helpers/site.ts';

const BASE = '/speech/';
const OUT = 'dist-subpath';
let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;

before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    env: { ...process.env, BASE_PATH: BASE, OUT_DIR: OUT },
    encoding: 'utf8',
  });
  assert.equal(build.status, 0, build.stdout + build.stderr);
  site = await serveSite({ outDir: OUT, base: BASE });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(OUT, { recursive: true, force: true });
});

test('built under a sub-path, a link that leaves the path stops the link check, naming the page', () => {
  // The build already ran the check on OUT; a copy with one link written without the path shows the check can fail.
  const copy = mkdtempSync(join(tmpdir(), 'speech-subpath-'));
  try {
    cpSync(OUT, copy, { recursive: true });
    const page = join(copy, 'index.html');
    const html = readFileSync(page, 'utf8');
    assert.ok(html.includes(`href="${BASE}full/"`), 'the home page links to the full text below the path');
    writeFileSync(page, html.replace(`href="${BASE}full/"`, 'href="/full/"'));
    const messages = checkFolder(copy, BASE).map((e) => e.message);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0]!, /index\.html:\d+: the link "\/full\/" leaves the site's base \/speech\//);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('under a sub-path every page loads all its assets from below that path', async () => {
  const pages = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
  const page = await browser.newPage();
  const failed: string[] = [];
  const outside: string[] = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    if (response && response.status() >= 400) failed.push(`${response.status()} ${request.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(`${site.origin}${BASE}`) && !request.url().startsWith('data:'))
      outside.push(request.url());
  });
  for (const file of pages) {
    await page.goto(`${site.origin}${BASE}${file.replace(/index\.html$/, '')}`);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    assert.deepEqual(
      hrefs.filter((h) => !h.startsWith(BASE)),
      [],
      `${file}: links stay below ${BASE}`,
    );
  }
  assert.deepEqual(failed, []);
  assert.deepEqual(outside, []);
  await page.close();
});

test('search loads its code, data and index from below the path, and its results open pages below it', async () => {
  const page = await browser.newPage();
  const outside: string[] = [];
  page.on(
    'request',
    (r) => !r.url().startsWith(`${site.origin}${BASE}`) && !r.url().startsWith('data:') && outside.push(r.url()),
  );
  await page.goto(`${site.origin}${BASE}part-3/?q=${encodeURIComponent('营商环境')}`);
  await page.waitForFunction(
    () => document.querySelector('.search-results')?.getAttribute('data-query') === '营商环境',
  );
  await page.waitForSelector('.search-related:not([hidden])');
  const hrefs = await page
    .locator('.search-results a, .search-related-results a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 1 && hrefs.every((href) => href?.startsWith(`${BASE}part-`)), hrefs.join(' '));
  await Promise.all([page.waitForURL(/#p22$/), page.keyboard.press('Enter')]);
  await page.waitForSelector('.search-landing');
  assert.deepEqual(outside, []);
  await page.close();
});

test('under a sub-path the offline copy is kept below that path: with no network, pages and search still work', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}${BASE}`);
  // The reader's first move starts the offline copy, as it starts every control: reading alone runs no script.
  await page.mouse.move(200, 200);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${site.origin}${BASE}`);
  await page.waitForFunction(async () => (await caches.keys()).length === 1);
  await context.setOffline(true);
  const response = await page.goto(`${site.origin}${BASE}part-3/`);
  // Only the kept copy carries the hash header: the page did not come from the network.
  assert.ok(response?.headers()['x-content-hash'], 'served from the offline copy');
  assert.match(await page.locator('h1').innerText(), /^三、/);
  await page.goto(`${site.origin}${BASE}part-3/?q=${encodeURIComponent('营商环境')}`);
  await page.waitForFunction(
    () => document.querySelector('.search-results')?.getAttribute('data-query') === '营商环境',
  );
  const hrefs = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(
    hrefs.some((href) => href?.startsWith(`${BASE}part-2/`) && href.endsWith('#p22')),
    hrefs.join(' '),
  );
  const manifest = await page.evaluate(async (href) => (await fetch(href)).json(), `${BASE}manifest.webmanifest`);
  assert.equal(manifest.start_url, BASE);
  await context.close();
});
