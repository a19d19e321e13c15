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
  /** What had arrived when the first result was shown: the cost of the first answer, without later layers. */
  fetchedToFirst: Weight;
  /** Median time from the end of typing (one input event, as when an IME composition ends) to the first result shown. */
  ms: number;
  runsMs: number[];
  /**
   * Median of the page's own time from pressing the open key to the first result (cold, UI only): key → the field
   * shown and focused, plus input → first result. The harness's round trips between the two are not the page's.
   */
  openMs?: number;
  openRunsMs?: number[];
  /** The same from the key to the result on the wall clock, the harness's round trips before typing included. */
  openWallMs?: number;
}

export interface SearchFigures {
  via: 'ui' | 'pagefind-api';
  from: string;
  cold: QueryFigures;
  warm: QueryFigures;
}

/** How long a query took, and when (page clock) its first result was shown. */
type Timed = (page: Page, query: string) => Promise<{ ms: number; shownAt: number } | undefined>;

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
    return { ms: shown - typed, shownAt: shown };
  });
};

/** Page-clock marks of opening search: the open key going down, and the field first shown with the focus in it. */
interface OpenMarks {
  opened: number;
  ready: number;
}

/** Notes when the open key goes down, before the page's own handlers see it, and when the field is ready for typing. */
const watchOpenKey = (page: Page) =>
  page.evaluate(
    ({ key, field }) => {
      const marks: OpenMarks = { opened: 0, ready: 0 };
      (window as unknown as { benchOpen: OpenMarks }).benchOpen = marks;
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === key) marks.opened = performance.now();
        },
        { capture: true, once: true },
      );
      document.addEventListener(
        'focusin',
        (event) => {
          const target = event.target as Element;
          if (!marks.ready && target.matches(field) && target.checkVisibility()) marks.ready = performance.now();
        },
        { capture: true },
      );
    },
    { key: SEARCH_UI.openKey, field: SEARCH_UI.field },
  );

/** The URLs whose response had ended by `at` (page clock). */
const arrivedBy = (page: Page, at: number) =>
  page.evaluate(
    (at) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).responseEnd <= at)
        .map((e) => e.name),
    at,
  );

/** Opens the search UI by its key; false when the page has none. */
async function openUi(page: Page): Promise<boolean> {
  const field = page.locator(SEARCH_UI.field).first();
  // Playwright puts its own script into the page on a locator's first use: done now, it is not timed as the page's.
  await field.count();
  await page.keyboard.press(SEARCH_UI.openKey);
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
        const shownAt = performance.now();
        return found.results.length ? { ms: shownAt - start, shownAt } : undefined;
      },
      { base, query },
    );

/** One query's figures from one run. */
interface Run {
  ms: number;
  openMs?: number;
  openWallMs?: number;
  fetched: Weight;
  fetchedToFirst: Weight;
}

/** One cold query on a freshly loaded page, then a warm one on the same page; undefined when search is not there. */
async function once(browser: Browser, url: string, queries: [string, string], via: SearchFigures['via'], base: string) {
  const page = await freshPage(browser);
  try {
    const recorder = record(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    const timed = via === 'ui' ? typeInUi : queryApi(base);
    const results: Run[] = [];
    for (const query of queries) {
      const cold = !results.length;
      if (via === 'ui' && !cold) await clearUi(page);
      const from = recorder.checkpoint();
      if (via === 'ui' && cold) {
        await watchOpenKey(page);
        if (!(await openUi(page))) return undefined;
      }
      const time = await timed(page, query);
      if (time === undefined) return undefined;
      const arrived = new Set(await arrivedBy(page, time.shownAt));
      const marks =
        via === 'ui' && cold
          ? await page.evaluate(() => (window as unknown as { benchOpen: OpenMarks }).benchOpen)
          : undefined;
      if (marks && !marks.ready) throw new Error('search: the field was shown but never focused');
      await recorder.quiet();
      const transfers = await recorder.since(from);
      results.push({
        ms: time.ms,
        openMs: marks && marks.ready - marks.opened + time.ms,
        openWallMs: marks && time.shownAt - marks.opened,
        fetched: weigh(transfers),
        fetchedToFirst: weigh(transfers.filter((t) => arrived.has(t.url))),
      });
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
  const runs: (readonly [Run, Run])[] = [];
  for (let i = 0; i < options.runs; i++) {
    const run = await once(browser, origin + options.from, options.queries, options.via, options.base ?? '/');
    if (!run) return undefined;
    runs.push(run);
  }
  const figures = (i: 0 | 1): QueryFigures => {
    const runsMs = runs.map((r) => r[i].ms);
    const [first] = runs;
    if (!first) throw new Error('search: no run');
    const openRunsMs = runs.flatMap((r) => (r[i].openMs === undefined ? [] : [r[i].openMs]));
    const wall = runs.flatMap((r) => (r[i].openWallMs === undefined ? [] : [r[i].openWallMs]));
    const open = openRunsMs.length ? { openMs: median(openRunsMs), openRunsMs, openWallMs: median(wall) } : {};
    return {
      query: options.queries[i],
      fetched: first[i].fetched,
      fetchedToFirst: first[i].fetchedToFirst,
      ms: median(runsMs),
      runsMs,
      ...open,
    };
  };
  return { via: options.via, from: options.from, cold: figures(0), warm: figures(1) };
}
