import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/setup.ts';

const session = useSite();

const resultsFor = (page: Page, query: string) =>
  page.waitForFunction((q) => document.querySelector('.search-results')?.getAttribute('data-query') === q, query);

test('营商坏境 finds nothing and suggests 营商环境, whose link runs that search in the dialog', async () => {
  const page = await newPage(session.browser);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${session.site.origin}/part-3/`);
  await page.keyboard.press('/');
  await page.locator('#search-query').fill('营商坏境');
  await resultsFor(page, '营商坏境');
  const suggestion = page.locator('.search-status').getByRole('link', { name: '营商环境' });
  await suggestion.waitFor();
  assert.match((await page.locator('.search-status').textContent())!, /没有找到.*您是不是要找：营商环境/);
  const href = (await suggestion.getAttribute('href'))!;
  assert.equal(new URL(href, page.url()).searchParams.get('q'), '营商环境');
  // The suggestion read a few targets' text, never the whole of it.
  assert.ok(requests.filter((url) => url.includes('/phrase-data/t/')).length <= 6);

  await suggestion.click();
  await resultsFor(page, '营商环境');
  assert.equal(await page.locator('.search-dialog').evaluate((d: HTMLDialogElement) => d.open), true);
  assert.equal(await page.locator('#search-query').inputValue(), '营商环境');
  assert.equal(new URL(page.url()).searchParams.get('q'), '营商环境');
  assert.equal(await page.locator('.search-results a mark').first().textContent(), '营商环境');

  // The same link followed as an address (opened in a new tab) runs the search there.
  const other = await newPage(session.browser);
  await other.goto(new URL(href, `${session.site.origin}/part-3/`).href);
  await resultsFor(other, '营商环境');
  assert.ok((await other.locator('.search-results a').count()) >= 1);
  await other.context().close();
  await page.context().close();
});

test('on /zh-Hant/ 營商壞境 suggests 營商環境, in Traditional characters as the page writes them', async () => {
  const page = await newPage(session.browser);
  await page.goto(`${session.site.origin}/zh-Hant/part-3/`);
  await page.keyboard.press('/');
  await page.locator('#search-query').fill('營商壞境');
  await resultsFor(page, '營商壞境');
  await page.locator('.search-status').getByRole('link', { name: '營商環境' }).waitFor();
  assert.match((await page.locator('.search-status').textContent())!, /您是不是要找：營商環境/);
  await page.context().close();
});

test('a query that matches and one nothing like the text suggest nothing', async () => {
  const page = await newPage(session.browser);
  await page.goto(`${session.site.origin}/`);
  await page.keyboard.press('/');
  for (const query of ['营商环境', '鳄鱼鳄鱼']) {
    await page.locator('#search-query').fill(query);
    await resultsFor(page, query);
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('.search-suggestion').count(), 0, query);
  }
  await page.context().close();
});
