import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/setup.ts';
import { sentences, SOURCE, sourceLines } from '../helpers/source.ts';

let page: Page;

const session = useSite(async () => {
  page = await newPage(session.browser, { javaScriptEnabled: false });
});

const pages = new Map<string, Record<string, string>>();

/** The text of the element a link points to, read from the page it opens (each page read once). */
async function linkedText(href: string): Promise<string> {
  const url = new URL(href);
  if (!pages.has(url.pathname)) {
    const reader = await newPage(session.browser, { javaScriptEnabled: false });
    await reader.goto(`${url.origin}${url.pathname}`);
    pages.set(
      url.pathname,
      await reader.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll('[id]')].map((el) => [el.id, el.textContent ?? ''])),
      ),
    );
    await reader.context().close();
  }
  return pages.get(url.pathname)![decodeURIComponent(url.hash.slice(1))] ?? '';
}

test('the plan page quotes the speech word for word, each quotation linked to a paragraph that holds it', async () => {
  await page.goto(`${session.site.origin}/plan/`);
  const quotations = await page.locator('figure.quotation').evaluateAll((figures) =>
    figures.map((f) => ({
      text: f.querySelector('blockquote')!.textContent!.trim(),
      hrefs: [...f.querySelectorAll('figcaption a')].map((a) => (a as HTMLAnchorElement).href),
    })),
  );
  assert.ok(quotations.length >= 15);
  const speech = sourceLines().join('');
  for (const { text, hrefs } of quotations) {
    assert.ok(speech.includes(text), `in the source: ${text}`);
    assert.ok(hrefs.length > 0);
    for (const href of hrefs) assert.ok((await linkedText(href)).includes(text), `${href} holds “${text}”`);
  }
});

test('the plan page says the lists are not in the speech and lists no breakthroughs or tasks of its own', async () => {
  await page.goto(`${session.site.origin}/plan/`);
  const lede = await page.locator('main .lede').textContent();
  assert.match(lede!, /没有逐项列出/);
  // Anything that reads like an enumerated breakthrough or task would be invented: the speech has none.
  const main = await page.locator('main').textContent();
  assert.doesNotMatch(main!, /第[一二三四五六七八九十]+(个方面|项)(新突破|重点任务)/);
});

test('the term index lists every quoted term with its count and a link to each paragraph', async () => {
  await page.goto(`${session.site.origin}/terms/`);
  const terms = await page.locator('.term').evaluateAll((entries) =>
    entries.map((e) => ({
      term: e.querySelector('dt')!.firstChild!.textContent!.replace(/^“|”$/g, ''),
      count: Number(e.querySelector('.term-count')!.textContent!.match(/\d+/)![0]),
      hrefs: [...e.querySelectorAll('dd a')].map((a) => (a as HTMLAnchorElement).href),
    })),
  );
  // Counted here from the source itself.
  const expected = new Map<string, number>();
  for (const [, term] of SOURCE.matchAll(/“([^“”]+)”/g)) expected.set(term!, (expected.get(term!) ?? 0) + 1);
  assert.deepEqual(new Set(terms.map((t) => t.term)), new Set(expected.keys()));
  for (const { term, count, hrefs } of terms) {
    assert.equal(count, expected.get(term), `count of “${term}”`);
    for (const href of hrefs) assert.ok((await linkedText(href)).includes(`“${term}”`), `${href} holds “${term}”`);
  }
  const collator = new Intl.Collator('zh-CN-u-co-pinyin');
  const order = terms.map((t) => t.term);
  assert.deepEqual(order, [...order].sort(collator.compare), 'sorted by pinyin');
});

test('the plain-text download is UTF-8 and holds every sentence of the source in order', async () => {
  const response = await fetch(`${session.site.origin}/speech.txt`);
  assert.match(response.headers.get('content-type') ?? '', /text\/plain/);
  const text = (await response.text()).replace(/\n+/g, '');
  // The page mark stands in an editorial note of its own, so the sentences are read without it.
  const mark = '（上接第一版）';
  assert.ok(text.includes(mark));
  let from = 0;
  for (const sentence of sourceLines().flatMap((line) => sentences(line.replace(mark, '')))) {
    const at = text.indexOf(sentence, from);
    assert.ok(at >= 0, `missing or out of order: ${sentence}`);
    from = at;
  }
});

test('printed, /full/ drops navigation and controls, keeps paragraph numbers and shows its address', async () => {
  const printed = await newPage(session.browser);
  await printed.goto(`${session.site.origin}/full/`);
  await printed.emulateMedia({ media: 'print' });
  const shown = (selector: string) => printed.locator(selector).first().isVisible();
  for (const hidden of ['.site-header', 'nav.sidebar-toc', '.breadcrumb', '.download'])
    assert.equal(await shown(hidden), false, `${hidden} is not printed`);
  assert.equal(await shown('.paragraph-number'), true, 'paragraph numbers are printed');
  const address = await printed.locator('.print-only').first().textContent();
  assert.equal(address, `本页地址：https://speech.example.org/full/`);
  const breakAfter = await printed
    .locator('h3')
    .first()
    .evaluate((h) => getComputedStyle(h).breakAfter);
  assert.equal(breakAfter, 'avoid', 'headings stay with their text');
  await printed.context().close();
});
