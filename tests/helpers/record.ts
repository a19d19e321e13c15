import type { BrowserContext, Page } from 'playwright-core';

// 学习记录's browser tests: pages on a clock that stands still, the reader's first move, a paragraph shown on screen.
export const START = new Date('2026-12-07T09:00:00+08:00');
// Part 二's first five paragraphs (the speech numbers its paragraphs through all parts: part 一 holds p1).
export const FIRST_FIVE = ['p2', 'p3', 'p4', 'p5', 'p6'];

/** A page of the site at `url` whose clock (Playwright's) stands still unless a test moves it. */
export async function openPaused(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.clock.install({ time: START });
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
  return page;
}

/** Resolves once the page's IntersectionObservers have been told of the screen as it is now (theirs first). */
export const observed = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const probe = new IntersectionObserver(() => (probe.disconnect(), resolve()));
        probe.observe(document.body);
      }),
  );

/** The reader's first move, and the record's code in place (its stylesheet is the sign it started). */
export async function firstMove(page: Page) {
  await page.mouse.move(300, 300);
  await page.waitForFunction(() => document.querySelector('link[href*="record"]'));
  await observed(page);
}

export async function showAt(page: Page, id: string) {
  await page.locator(`#${id}`).evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await observed(page);
}

/** Storage that refuses every write, as a full or blocked localStorage does, on every page of the context. */
export const refuseStorage = (context: BrowserContext) =>
  context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
