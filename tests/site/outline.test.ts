import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/setup.ts';

let page: Page;

const session = useSite(async () => {
  page = await newPage(session.browser, { javaScriptEnabled: false });
});

interface TocLink {
  href: string;
  text: string;
  depth: number;
  kind: string;
}

async function tocLinks(path: string, toc = 'main nav.contents'): Promise<TocLink[]> {
  await page.goto(`${session.site.origin}${path}`);
  return page.locator(`${toc} .outline a`).evaluateAll((links) =>
    links.map((a) => ({
      href: (a as HTMLAnchorElement).href,
      text: a.textContent!.trim(),
      depth: (() => {
        let d = 0;
        for (let el = a.parentElement; el && !el.classList.contains('toc'); el = el.parentElement)
          if (el.tagName === 'OL') d++;
        return d;
      })(),
      kind: a.parentElement!.className,
    })),
  );
}

test('the home page table of contents has 4 parts, 10 sections, 4 relationships and 26 items', async () => {
  const links = await tocLinks('/');
  assert.equal(links.filter((l) => l.depth === 1).length, 4, 'parts');
  assert.equal(links.filter((l) => l.kind === 'outline-section').length, 10, 'sections');
  assert.equal(links.filter((l) => l.kind === 'outline-relationship').length, 4, 'relationships');
  assert.equal(links.filter((l) => l.kind === 'outline-item').length, 26, 'items');
});

test('with JavaScript off, every home-page entry lands on the element that begins with its words', async () => {
  const links = await tocLinks('/');
  for (const link of links) {
    await page.goto(link.href);
    const id = decodeURIComponent(new URL(link.href).hash.slice(1));
    const target = id ? page.locator(`[id="${id}"]`) : page.locator('h1');
    assert.equal(await target.count(), 1, `${link.href}: exactly one element has the id`);
    const text = (await target.first().textContent())!.trim();
    if (link.depth === 1) assert.equal(text, link.text, `${link.href}: the part heading`);
    else assert.ok(text.startsWith(link.text), `${link.href}: “${text.slice(0, 20)}” should begin with “${link.text}”`);
  }
});

test('the sidebar on /full/ points into the same page, at the same ids as the home page points to on the part pages', async () => {
  const home = await tocLinks('/');
  const full = await tocLinks('/full/', 'nav.sidebar-toc');
  assert.equal(full.length, home.length);
  // A home-page link to a part page without a fragment means the part itself.
  const target = (href: string) => new URL(href).hash || `#${new URL(href).pathname.split('/')[1]}`;
  full.forEach((link, i) => {
    assert.equal(new URL(link.href).pathname, '/full/');
    assert.equal(target(link.href), target(home[i]!.href));
  });
});

test('every part page links to the part before and after it', async () => {
  for (const n of [1, 2, 3, 4]) {
    await page.goto(`${session.site.origin}/part-${n}/`);
    const [prev, next] = await page.evaluate(() =>
      ['prev', 'next'].map((rel) => document.querySelector(`a[rel=${rel}]`)?.getAttribute('href') ?? null),
    );
    assert.equal(prev, n > 1 ? `/part-${n - 1}/` : null);
    assert.equal(next, n < 4 ? `/part-${n + 1}/` : null);
  }
});
