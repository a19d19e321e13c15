import type { Browser, Page } from 'playwright-core';
import { median, weigh, type Weight } from '../lib.ts';
import { freshPage, record } from './browser.ts';

/** The search UI's contract, in one place: a key opens the header's search field; results are links. */
export const SEARCH_UI = {
  openKey: '/',
  field: 'input[type="search"]',
  result: '.search-results a[href]',
};

export interface QueryFigures {
  query: string;
  /** Everything fetched from the moment search is opened until the first results are shown and the network is quiet. */
  fetched: Weight;
  /** Median time from the end of typing (one input event, as when an IME composition ends) to the first result shown. */
  ms: number;
  runsMs: number[];
}

export interface SearchFigures {
  via: 'ui' | 'pagefind-api';
  from: string;
  cold: QueryFigures;
  warm: QueryFigures;
}

type Timed = (page: Page, query: string) => Promise<number | undefined>;

/** Puts a query in the focused field at once and times it until a new, visible result link appears. */
const typeInUi: Timed = async (page, query) => {
  await page.evaluate((result) => {
    const bench = { typed: 0, shown: 0 };
    (window as unknown as { bench: typeof bench }).bench = bench;
    document.addEventListener(
      'input',
      () => {
        bench.typed = performance.now();
        // Results of the previous query are not the answer to this one.
        for (const link of document.querySelectorAll(result)) link.setAttribute('data-bench-old', '');
      },
      { capture: true, once: true },
    );
    new MutationObserver((_, observer) => {
      const fresh = [...document.querySelectorAll(`${result}:not([data-bench-old])`)].some((link) =>
        link.checkVisibility(),
      );
      if (!bench.typed || !fresh) return;
      bench.shown = performance.now();
      observer.disconnect();
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, SEARCH_UI.result);
  await page.keyboard.insertText(query);
  const shown = await page
    .waitForFunction(() => (window as unknown as { bench: { shown: number } }).bench.shown > 0, null, {
      timeout: 15_000,
    })
    .catch(() => undefined);
  if (!shown) return undefined;
  return page.evaluate(() => {
    const { typed, shown } = (window as unknown as { bench: { typed: number; shown: number } }).bench;
    return shown - typed;
  });
};

/** Opens the search UI by its key; false when the page has none. */
async function openUi(page: Page): Promise<boolean> {
  await page.keyboard.press(SEARCH_UI.openKey);
  const field = page.locator(SEARCH_UI.field).first();
  return field.waitFor({ state: 'visible', timeout: 3000 }).then(
    () => true,
    () => false,
  );
}

async function clearUi(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(300);
}

/** The engine alone, without any UI: Pagefind's JS API, loaded and queried as a UI would (init, search, first result's data). */
const queryApi =
  (base: string): Timed =>
  (page, query) =>
    page.evaluate(
      async ({ base, query }) => {
        const start = performance.now();
        const pagefind = await import(`${base}pagefind/pagefind.js`);
        const found = await pagefind.search(query);
        await found.results[0]?.data();
        return found.results.length ? performance.now() - start : undefined;
      },
      { base, query },
    );

/** One cold query on a freshly loaded page, then a warm one on the same page; undefined when search is not there. */
async function once(browser: Browser, url: string, queries: [string, string], via: SearchFigures['via'], base: string) {
  const page = await freshPage(browser);
  try {
    const recorder = record(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    const timed = via === 'ui' ? typeInUi : queryApi(base);
    const results: { ms: number; fetched: Weight }[] = [];
    for (const query of queries) {
      if (via === 'ui' && results.length) await clearUi(page);
      const from = recorder.checkpoint();
      if (via === 'ui' && !results.length && !(await openUi(page))) return undefined;
      const ms = await timed(page, query);
      if (ms === undefined) return undefined;
      await recorder.quiet();
      results.push({ ms, fetched: weigh(await recorder.since(from)) });
    }
    const [cold, warm] = results;
    return cold && warm ? ([cold, warm] as const) : undefined;
  } finally {
    await page.context().close();
  }
}

/** Search figures, median over `runs` fresh pages; undefined when the page offers no such search. */
export async function measureSearch(
  browser: Browser,
  origin: string,
  options: { via: SearchFigures['via']; from: string; queries: [string, string]; runs: number; base?: string },
): Promise<SearchFigures | undefined> {
  const runs: NonNullable<Awaited<ReturnType<typeof once>>>[] = [];
  for (let i = 0; i < options.runs; i++) {
    const run = await once(browser, origin + options.from, options.queries, options.via, options.base ?? '/');
    if (!run) return undefined;
    runs.push(run);
  }
  const figures = (i: 0 | 1): QueryFigures => {
    const runsMs = runs.map((r) => r[i].ms);
    const [first] = runs;
    if (!first) throw new Error('search: no run');
    return { query: options.queries[i], fetched: first[i].fetched, ms: median(runsMs), runsMs };
  };
  return { via: options.via, from: options.from, cold: figures(0), warm: figures(1) };
}
