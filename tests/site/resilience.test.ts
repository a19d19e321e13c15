import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Route } from 'playwright-core';
import { newPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/setup.ts';

const session = useSite();
const RLO = '\u202E';

/** Holds every script request until `release()`: a network on which scripts stall. */
async function stallScripts(page: Page): Promise<{ release: () => Promise<void> }> {
  const held: Route[] = [];
  let stalled = true;
  await page.route(/\.js(\?|$)/, (route) => (stalled ? void held.push(route) : route.continue()));
  return {
    release: async () => {
      stalled = false;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

test('with every script stalled, the text of /part-2/ is painted within 2 s, and a click on search is honoured once the code arrives', async () => {
  const page = await newPage(session.browser, { viewport: { width: 375, height: 812 } });
  const scripts = await stallScripts(page);
  await page.goto(`${session.site.origin}/part-2/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
    timeout: 2000,
  });
  assert.ok(await page.locator('#p2').isVisible(), 'the first paragraph is on screen');
  await page.locator('.search-open').click();
  await scripts.release();
  await page.locator('.search-dialog[open]').waitFor({ timeout: 10_000 });
  // The field keeps the focus after the page has finished loading (a late jump to #search would take it).
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-query');
  await page.keyboard.press('Escape');
  assert.equal(new URL(page.url()).hash, '', 'closing the dialog takes #search out of the address');
  await page.context().close();
});

test('settings opened while the scripts are stalled show their panel, already styled, once the code arrives', async () => {
  const page = await newPage(session.browser, { viewport: { width: 375, height: 812 } });
  const scripts = await stallScripts(page);
  await page.goto(`${session.site.origin}/part-2/`, { waitUntil: 'commit' });
  await page.locator('.preferences > summary').click();
  await scripts.release();
  const dark = page.getByRole('button', { name: '深色' });
  await dark.waitFor({ timeout: 10_000 });
  // The panel is a sheet under the header (its rules come with the code), not a block in the header's row.
  assert.equal(await page.locator('.preferences-panel').evaluate((panel) => getComputedStyle(panel).position), 'fixed');
  await dark.click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.context().close();
});

test('a 10,000-character query leaves an address under 1 KB', async () => {
  const page = await newPage(session.browser);
  await page.goto(`${session.site.origin}/part-3/`);
  await page.keyboard.press('/');
  await page.locator('#search-query').evaluate((input) => {
    (input as HTMLInputElement).value = '营商环境'.repeat(2500);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => new URL(location.href).searchParams.has('q'));
  assert.ok(page.url().length < 1024, `${page.url().length} characters`);
  assert.equal([...(await page.locator('#search-query').inputValue())].length, 100);
  await page.context().close();
});

test('a right-to-left override in ?q= or ?mark= does not mirror the site’s own sentences', async () => {
  const page = await newPage(session.browser);
  await page.goto(`${session.site.origin}/part-3/?q=${encodeURIComponent(`营商${RLO}环境`)}`);
  await page.waitForFunction(() => document.querySelector('.search-status')?.textContent);
  const status = (await page.locator('.search-status').textContent()) ?? '';
  assert.ok(!status.includes(RLO), status);
  assert.match(status, /营商环境/);
  await page.goto(`${session.site.origin}/part-2/?mark=${encodeURIComponent(`营商${RLO}环境`)}#p22`);
  const bar = page.locator('.search-landing span');
  await bar.waitFor();
  assert.equal(await bar.textContent(), '已标出“营商环境”');
  await page.context().close();
});

test('malformed ?q=, ?mark= and fragments raise no page error', async () => {
  const page = await newPage(session.browser);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const address of [
    '/part-2/?mark=%E5%8F%91#%E0%A4%A',
    '/part-2/?q=%E0%A4%A',
    '/part-2/#%',
    '/full/?mark=&q=#p9%',
  ]) {
    await page.goto(`${session.site.origin}${address}`);
    await page.mouse.move(100, 300);
    await page.waitForLoadState('networkidle');
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('when the search code or its stylesheet fails once, the next press of / loads them again and opens search', async () => {
  const page = await newPage(session.browser, { viewport: { width: 375, height: 812 } });
  const failed = new Set<string>();
  // The first request for each of search's files fails, as on a connection that drops for a moment.
  await page.route(/\/_astro\/(site-search\.[^/]*\.js|search-dialog\.[^/]*\.css)$/, (route) => {
    const name = new URL(route.request().url()).pathname;
    if (failed.has(name)) return route.continue();
    failed.add(name);
    return route.abort();
  });
  await page.goto(`${session.site.origin}/part-2/`, { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.search-dialog[open]').count(), 0, 'nothing opened while the code was missing');
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.locator('.search-dialog[open]').waitFor({ timeout: 5000 });
  // search-dialog.css sets the dialog's height to the screen's less 4 rem (812 − 64 px).
  const maxHeight = await page.locator('.search-dialog').evaluate((d) => getComputedStyle(d).maxHeight);
  assert.equal(maxHeight, '748px', 'the dialog has its styles');
  await page.context().close();
});
