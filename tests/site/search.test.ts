import { prePaintHash } from '../../src/site/security.ts';
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Request, Route } from 'playwright-core';
import { newPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/setup.ts';
import { pageBreaks, sentences, sourceLines } from '../helpers/source.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PHRASE_DATA, phraseFile, phraseStore } from '../../src/search/phrase-files.ts';
import { wordQuery } from '../../src/search/normalise.ts';
import { searchPhrase, type PhraseStore } from '../../src/search/phrase-lookup.ts';
import { relatedBlocks, type WordMatches } from '../../src/search/related.ts';

const session = useSite();

// The tests' own idea of "the same words", written apart from src/search so that a broken normaliser is caught.
const same = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{Z}\s]/gu, '');

const HALF_WIDTH: Record<string, string> = {
  '，': ',',
  '。': '.',
  '、': ',',
  '；': ';',
  '：': ':',
  '？': '?',
  '！': '!',
  '“': '"',
  '”': '"',
  '（': '(',
  '）': ')',
};
/** A phrase as a reader may type it: as printed, with half-width marks, and with no marks at all. */
const typings = (phrase: string) => [
  phrase,
  phrase.replace(/[，。、；：？！“”（）]/g, (m) => HALF_WIDTH[m]!),
  phrase.replace(/[\p{P}\s]/gu, ''),
];

interface Block {
  id: string;
  page: string;
  text: string;
}

/** What a reader can land on, as the part pages show it without JavaScript: headings and paragraphs of the speech. */
async function readBlocks(): Promise<Block[]> {
  const page = await newPage(session.browser, { javaScriptEnabled: false });
  const blocks: Block[] = [];
  for (const n of [1, 2, 3, 4]) {
    await page.goto(`${session.site.origin}/part-${n}/`);
    const found = await page.evaluate(() =>
      [...document.querySelectorAll('[data-speech] :is(h1, h2, h3, p)[id]')].map((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (!node.parentElement!.closest('[data-editorial]')) text += node.textContent;
        return { id: el.id, text };
      }),
    );
    blocks.push(...found.filter((b) => b.text.trim()).map((b) => ({ ...b, page: `/part-${n}/` })));
  }
  await page.context().close();
  return blocks;
}

/** Phrases taken from the text by rule, never by hand. */
function phrasesByRule(blocks: Block[]): { kind: string; phrase: string }[] {
  const lines = sourceLines();
  // Every enumerated lead sentence: the sentences that begin 第一，… (sections) or 一是… (items and relationships).
  const leads = lines
    .flatMap(sentences)
    .filter((sentence) => /^(第[一二三四五六七八九十]，|[一二三四五六七八九十]是)/.test(sentence));
  // The four phrases the newspaper's page breaks cut in two: six characters either side of the cut.
  const breaks = pageBreaks().map(({ before, after }) => before.slice(-6) + after.slice(0, 6));
  // Five characters either side of every paragraph break inside a part page (the source often prints both as one paragraph).
  const seams = blocks.flatMap((b, i) =>
    i > 0 && b.page === blocks[i - 1]!.page ? [blocks[i - 1]!.text.slice(-5) + b.text.slice(0, 5)] : [],
  );
  // Every quoted term.
  const quoted = [...new Set(lines.join('').match(/“[^”]+”/g) ?? [])];
  // Fragments of 2 to 12 characters every 37 characters through the text, inside one paragraph.
  const fragments: string[] = [];
  const paragraphs = blocks.filter((b) => /^p\d+$/.test(b.id)).map((b) => b.text);
  let k = 0;
  for (const text of paragraphs) {
    for (let at = k % 37; at < text.length; at += 37, k++) {
      const fragment = text.slice(at, at + 2 + (k % 11));
      if (same(fragment)) fragments.push(fragment);
    }
  }
  assert.ok(leads.length >= 40, `lead sentences: ${leads.length}`);
  assert.equal(breaks.length, 4);
  assert.ok(quoted.length >= 30, `quoted terms: ${quoted.length}`);
  return [
    ...leads.map((phrase) => ({ kind: 'lead sentence', phrase })),
    ...breaks.map((phrase) => ({ kind: 'page break', phrase })),
    ...seams.map((phrase) => ({ kind: 'paragraph break', phrase })),
    ...quoted.map((phrase) => ({ kind: 'quoted term', phrase })),
    ...fragments.map((phrase) => ({ kind: 'fragment', phrase })),
    ...['RCEP', 'rcep', 'ＲＣＥＰ', '6000亿元', '６０００亿元', '300个'].map((phrase) => ({
      kind: 'Latin or number',
      phrase,
    })),
  ];
}

/**
 * The blocks where the phrase begins, reading each part page's blocks as one text: every block that holds it,
 * and the block where a phrase that runs on across a paragraph break starts.
 */
function whereItBegins(blocks: Block[], phrase: string): string[] {
  const target = same(phrase);
  const ids = new Set<string>();
  for (const page of new Set(blocks.map((b) => b.page))) {
    let text = '';
    const owner: string[] = [];
    for (const block of blocks.filter((b) => b.page === page)) {
      text += same(block.text);
      owner.push(
        ...same(block.text)
          .split('')
          .map(() => block.id),
      );
    }
    for (let at = text.indexOf(target); target && at >= 0; at = text.indexOf(target, at + 1)) ids.add(owner[at]!);
  }
  return blocks.filter((b) => ids.has(b.id)).map((b) => b.id);
}

const hrefId = (href: string) => decodeURIComponent(new URL(href, 'http://x').hash.slice(1));

/** The phrase data as the build wrote it, read from the files: every bucket and target has its file. */
function builtPhraseData(): { store: PhraseStore; ids: string[] } {
  const folder = join('dist', PHRASE_DATA);
  const read = (name: string) => readFileSync(join(folder, name), 'utf8');
  const count = (first: string) => readdirSync(join(folder, dirname(first))).length;
  const manifest = {
    bigramBuckets: count(phraseFile.bigrams(0)),
    charBuckets: count(phraseFile.chars(0)),
    targets: count(phraseFile.target(0)),
  };
  const ids = JSON.parse(read(phraseFile.ids)) as string[];
  return { store: phraseStore(manifest, async (name) => read(name)), ids };
}

/** Pagefind's answer for each query's words, asked in the page as search asks it (no worker, the site's own files). */
async function wordMatches(page: Page, queries: string[]): Promise<Map<string, WordMatches[]>> {
  const asked = [...new Set(queries.filter(Boolean))];
  const answers = await page.evaluate(async (asked) => {
    type Pagefind = {
      options(options: object): Promise<void>;
      search(words: string): Promise<{ results: { data(): Promise<WordMatches> }[] }>;
    };
    const script = '/pagefind/pagefind.js';
    const pagefind = (await import(script)) as Pagefind;
    await pagefind.options({ basePath: '/pagefind/', noWorker: true });
    const out: WordMatches[][] = [];
    for (const words of asked) {
      const { results } = await pagefind.search(words);
      const pages = await Promise.all(results.map((result) => result.data()));
      out.push(
        pages.map(({ locations, anchors }) => ({
          locations,
          anchors: anchors.map(({ id, location }) => ({ id, location })),
        })),
      );
    }
    return out;
  }, asked);
  return new Map(asked.map((words, i) => [words, answers[i]!]));
}

describe('finding phrases', () => {
  let blocks: Block[];
  let cases: { kind: string; phrase: string; typed: string; expected: string[] }[];
  let page: Page;

  before(async () => {
    blocks = await readBlocks();
    cases = phrasesByRule(blocks).flatMap(({ kind, phrase }) =>
      typings(phrase).map((typed) => ({ kind, phrase, typed, expected: whereItBegins(blocks, phrase) })),
    );
    page = await newPage(session.browser);
    await page.goto(`${session.site.origin}/part-1/`);
    // Search's code loads when the reader points at its control.
    await page.locator('.search-open').hover();
    await page.waitForFunction(() => customElements.get('site-search'));
  });

  test('every phrase taken from the text by rule lists every paragraph that holds it, and one that holds it first', async () => {
    assert.deepEqual(
      cases.filter((c) => c.expected.length === 0).map((c) => c.typed),
      [],
      'every phrase taken from the text is somewhere in it',
    );
    // The search element's two layers, through the pure functions it is made of: the literal layer over the phrase
    // data the build wrote, the word layer over Pagefind's answers in the page. The next test goes through the UI.
    const { store, ids } = builtPhraseData();
    const words = await wordMatches(
      page,
      cases.map((c) => wordQuery(c.typed)),
    );
    const found: { literal: string[]; related: string[] }[] = [];
    for (const c of cases) {
      const literal = (await searchPhrase(store, c.typed)).results.map((r) => r.target.id);
      const matches = words.get(wordQuery(c.typed));
      const related = matches ? relatedBlocks(matches, new Set(ids), new Set(literal)) : [];
      found.push({ literal, related });
    }
    let expectedTotal = 0,
      listedTotal = 0,
      correct = 0,
      firstRight = 0;
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const { literal, related } = found[i]!;
      const listed = [...literal, ...related];
      const hits = c.expected.filter((id) => literal.includes(id)).length;
      expectedTotal += c.expected.length;
      listedTotal += literal.length;
      correct += literal.filter((id) => c.expected.includes(id)).length;
      if (c.expected.includes(listed[0]!)) firstRight++;
      else
        failures.push(
          `${c.kind} “${c.typed}”: first result ${listed[0] ?? 'none'}, expected one of ${c.expected.join(' ')}`,
        );
      if (hits < c.expected.length)
        failures.push(`${c.kind} “${c.typed}”: lists ${literal.join(' ')}, expected ${c.expected.join(' ')}`);
      if (related.some((id) => c.expected.includes(id)))
        failures.push(`${c.kind} “${c.typed}”: a paragraph that holds the phrase is only under 相关段落`);
    });
    const recall = correct / expectedTotal,
      precision = correct / listedTotal;
    const kinds = [...new Set(cases.map((c) => c.kind))]
      .map((k) => `${k} ${cases.filter((c) => c.kind === k).length}`)
      .join(', ');
    console.log(
      `# phrase search: ${cases.length} queries (${kinds}); recall ${(recall * 100).toFixed(1)}% (${correct}/${expectedTotal}), precision ${(precision * 100).toFixed(1)}% (${correct}/${listedTotal}), first result holds the phrase ${firstRight}/${cases.length}`,
    );
    assert.deepEqual(failures.slice(0, 10), []);
    assert.equal(recall, 1);
    assert.equal(precision, 1);
  });

  test('typed into the search field, a sample of those phrases gives the same results as links to their paragraphs', async () => {
    const sample = cases.filter((_, i) => i % 97 === 0 || cases[i]!.kind === 'page break');
    await page.keyboard.press('/');
    for (const c of sample) {
      await page.locator('#search-query').fill(c.typed);
      await page.waitForFunction(
        (q) => document.querySelector('.search-results')?.getAttribute('data-query') === q,
        c.typed,
      );
      const hrefs = await page
        .locator('.search-results a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      assert.deepEqual(hrefs.map(hrefId), c.expected, `“${c.typed}”`);
      for (const href of hrefs) {
        const block = blocks.find((b) => b.id === hrefId(href))!;
        assert.equal(
          new URL(href, session.site.origin).pathname,
          block.page,
          `“${c.typed}”: ${href} opens the part page that shows it`,
        );
      }
    }
  });
});

/** A page with JavaScript, opened fresh, with every request it makes recorded. */
async function freshPage(path: string): Promise<{ page: Page; requests: Request[] }> {
  const page = await newPage(session.browser);
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  page.on('dialog', (dialog) => assert.fail(`a dialog opened: ${dialog.message()}`));
  await page.goto(`${session.site.origin}${path}`);
  return { page, requests };
}

const dialogOpen = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLDialogElement>('.search-dialog')?.open ?? false);
/** Presses a key that opens search, and waits for its field: the dialog comes with search's code, just after the key. */
async function pressToSearch(page: Page, key = '/') {
  await page.keyboard.press(key);
  await page.waitForFunction(() => document.activeElement?.id === 'search-query');
}
const resultsFor = (page: Page, query: string) =>
  page.waitForFunction((q) => document.querySelector('.search-results')?.getAttribute('data-query') === q, query);

describe('the search dialog', () => {
  test('`/` opens search with the field focused, and Esc closes it', async () => {
    const { page } = await freshPage('/part-3/');
    await pressToSearch(page);
    assert.equal(await dialogOpen(page), true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-query');
    await page.keyboard.press('Escape');
    assert.equal(await dialogOpen(page), false);
    await page.context().close();
  });

  test('Ctrl+K opens search, even from a text field', async () => {
    const { page } = await freshPage('/');
    await pressToSearch(page, 'Control+k');
    assert.equal(await dialogOpen(page), true);
    await page.context().close();
  });

  test('the search button in the header opens search', async () => {
    const { page } = await freshPage('/editorial/');
    await page.getByRole('link', { name: /搜索/ }).click();
    await page.locator('.search-dialog[open]').waitFor();
    assert.equal(await dialogOpen(page), true);
    await page.context().close();
  });

  test('typing lists results as links and puts the query in the URL; Esc takes it out again', async () => {
    const { page } = await freshPage('/part-3/');
    await pressToSearch(page);
    await page.keyboard.type('营商环境');
    await resultsFor(page, '营商环境');
    assert.equal(new URL(page.url()).searchParams.get('q'), '营商环境');
    const first = page.locator('.search-results a').first();
    assert.match((await first.getAttribute('href'))!, /^\/part-2\/\?mark=.+#p22$/);
    assert.match((await first.textContent())!, /二、第四，一是/);
    assert.equal(await first.locator('mark').first().textContent(), '营商环境');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('q'));
    assert.equal(await dialogOpen(page), false);
    await pressToSearch(page);
    await page.waitForURL((url) => url.searchParams.get('q') === '营商环境');
    await page.context().close();
  });

  test('arrow keys move through the results and Enter opens one', async () => {
    const { page } = await freshPage('/');
    await pressToSearch(page);
    await page.keyboard.type('新突破');
    await resultsFor(page, '新突破');
    const hrefs = await page
      .locator('.search-results a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length >= 3);
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), hrefs[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), hrefs[2]);
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(), hrefs[1]);
    await Promise.all([
      page.waitForURL((url) => url.hash === new URL(hrefs[1]!, session.site.origin).hash),
      page.keyboard.press('Enter'),
    ]);
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash, hrefs[1]);
    await page.context().close();
  });

  test('Enter in the field opens the first result', async () => {
    const { page } = await freshPage('/');
    await pressToSearch(page);
    await page.keyboard.type('辽老大');
    await resultsFor(page, '辽老大');
    await Promise.all([page.waitForURL(/\/part-1\/\?mark=.*#p1$/), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  test('a ?q= link opens search with its results, on /search/ and on any page', async () => {
    for (const path of ['/search/?q=RCEP', '/part-4/?q=%EF%BC%B2%EF%BC%A3%EF%BC%A5%EF%BC%B0']) {
      const { page } = await freshPage(path);
      const query = new URL(path, session.site.origin).searchParams.get('q')!;
      await resultsFor(page, query);
      assert.equal(await dialogOpen(page), true);
      assert.equal(await page.locator('#search-query').inputValue(), query);
      assert.ok((await page.locator('.search-results a').count()) >= 1, path);
      await page.context().close();
    }
  });

  test('no query runs while pinyin is being composed, only when composition ends', async () => {
    const { page } = await freshPage('/');
    await pressToSearch(page);
    await page.waitForFunction(() => document.querySelector('.search-dialog')?.hasAttribute('open'));
    const ran = () => page.evaluate(() => document.querySelector('.search-results')!.getAttribute('data-query'));
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-query')!;
      input.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
      for (const typed of ['y', 'yi', 'yin', 'ying', 'yings', 'yingshang']) {
        input.value = typed;
        input.dispatchEvent(new CompositionEvent('compositionupdate', { data: typed }));
        input.dispatchEvent(
          new InputEvent('input', { data: typed, inputType: 'insertCompositionText', isComposing: true }),
        );
      }
    });
    await page.waitForTimeout(300);
    assert.equal(await ran(), null, 'a query ran during composition');
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-query')!;
      input.value = '营商';
      input.dispatchEvent(
        new InputEvent('input', { data: '营商', inputType: 'insertCompositionText', isComposing: true }),
      );
      input.dispatchEvent(new CompositionEvent('compositionend', { data: '营商' }));
    });
    await resultsFor(page, '营商');
    await page.context().close();
  });

  test('a query with no match says so in Chinese and suggests shorter words', async () => {
    const { page } = await freshPage('/');
    await pressToSearch(page);
    await page.keyboard.type('营商鳄鱼');
    await resultsFor(page, '营商鳄鱼');
    assert.equal(await page.locator('.search-results a').count(), 0);
    assert.match((await page.locator('.search-status').textContent())!, /没有找到.*更短/);
    await page.context().close();
  });

  test('when the search data cannot be loaded, search says so and tries again on the next query', async () => {
    const { page } = await freshPage('/');
    let refuse = true;
    await page.route('**/phrase-data/**', (route) => (refuse ? route.abort() : route.continue()));
    await pressToSearch(page);
    await page.keyboard.type('辽老大');
    await page.waitForFunction(() => /没有载入/.test(document.querySelector('.search-status')?.textContent ?? ''));
    refuse = false;
    await page.keyboard.type('特有');
    await resultsFor(page, '辽老大特有');
    assert.equal(await page.locator('.search-results a').count(), 1);
    await page.context().close();
  });

  test('an answer that arrives after the reader typed another query never replaces the newer results', async () => {
    const page = await newPage(session.browser);
    // Counts the phrase data's fetches still to be read, so the test knows when the old query's work has run out.
    await page.addInitScript(() => {
      let pending = 0;
      const fetchData = window.fetch.bind(window);
      window.fetch = async (input, init) => {
        if (!String(input instanceof Request ? input.url : input).includes('/phrase-data/'))
          return fetchData(input, init);
        pending++;
        const response = await fetchData(input, init).catch((error: unknown) => {
          pending--;
          throw error;
        });
        // Read as text or as JSON, whichever the reader asks for: either settles the fetch.
        const json = response.json.bind(response);
        response.json = () => json().finally(() => pending--);
        const text = response.text.bind(response);
        response.text = () => text().finally(() => pending--);
        return response;
      };
      (window as unknown as { phrasePending: () => number }).phrasePending = () => pending;
    });
    // A one-character query reads a character bucket (c/), a longer one two-character buckets (b/): held apart.
    const held: Route[] = [];
    await page.route('**/phrase-data/c/**', (route) => void held.push(route));
    await page.goto(`${session.site.origin}/part-2/`);
    await pressToSearch(page);
    await page.keyboard.type('省');
    await page.waitForFunction(() => (window as unknown as { phrasePending: () => number }).phrasePending() > 0);
    await page.locator('#search-query').fill('RCEP');
    await resultsFor(page, 'RCEP');
    assert.equal(held.length, 1, 'the first query is still waiting for its data');
    await held[0]!.continue();
    await page.waitForFunction(() => (window as unknown as { phrasePending: () => number }).phrasePending() === 0);
    // One task later every promise the old answer started has settled.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    assert.equal(await page.locator('.search-results').getAttribute('data-query'), 'RCEP');
    assert.match((await page.locator('.search-results a mark').first().textContent())!, /RCEP/i);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'RCEP');
    await page.context().close();
  });

  test('an HTML query is shown as text and runs nothing', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    for (const path of ['/', `/search/?q=${encodeURIComponent(xss)}`]) {
      const { page } = await freshPage(path);
      if (path === '/') {
        await pressToSearch(page);
        await page.keyboard.type(xss);
      }
      await resultsFor(page, xss);
      await page.waitForTimeout(500);
      assert.equal(await page.locator('img').count(), 0);
      assert.ok((await page.locator('.search-status').textContent())!.includes(xss));
      await page.context().close();
    }
  });
});

describe('arriving at a result', () => {
  test('the whole phrase is marked in the paragraph, in view below the header, and can be cleared', async () => {
    const phrase = '营商环境';
    const { page } = await freshPage(`/part-2/?mark=${encodeURIComponent(phrase)}#p22`);
    await page.waitForSelector('.search-landing');
    await page.waitForTimeout(300);
    const marked = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('search-phrase') ?? [])] as Range[];
      const header = document.querySelector('.site-header')!.getBoundingClientRect();
      const sticky = /sticky|fixed/.test(getComputedStyle(document.querySelector('.site-header')!).position);
      const first = ranges[0]!.getBoundingClientRect();
      return {
        texts: ranges.map((r) => r.toString()),
        inParagraph: ranges.every((r) => document.getElementById('p22')!.contains(r.commonAncestorContainer)),
        top: first.top,
        bottom: first.bottom,
        headerBottom: sticky ? header.bottom : 0,
        height: innerHeight,
      };
    });
    assert.ok(marked.texts.length >= 2);
    assert.ok(
      marked.texts.every((t) => t === phrase),
      marked.texts.join('|'),
    );
    assert.ok(marked.inParagraph);
    assert.ok(
      marked.top >= marked.headerBottom && marked.bottom <= marked.height,
      `the mark is at ${marked.top}–${marked.bottom} of ${marked.height}`,
    );
    await page.getByRole('button', { name: '清除标记' }).click();
    assert.equal(await page.evaluate(() => CSS.highlights.has('search-phrase')), false);
    assert.equal(new URL(page.url()).searchParams.get('mark'), null);
    await page.context().close();
  });

  test('a phrase typed without punctuation marks the printed words, punctuation inside included, and copying is unchanged', async () => {
    const { page } = await freshPage(`/part-2/?mark=${encodeURIComponent('质与量的关系')}#p3`);
    await page.waitForSelector('.search-landing');
    const texts = await page.evaluate(() =>
      [...(CSS.highlights.get('search-phrase') ?? [])].map((r) => (r as Range).toString()),
    );
    assert.deepEqual(texts, ['质”与“量”的关系']);
    assert.equal(await page.locator('#p3 mark').count(), 0, 'the paragraph’s DOM is left alone');
    await page.context().close();
  });
});

describe('arriving at a phrase that runs on into the next paragraph', () => {
  test('the phrase is marked from the paragraph where it begins into the next one', async () => {
    const { page } = await freshPage(`/part-3/?mark=${encodeURIComponent('谋突破促振兴一是要提升')}#p31`);
    await page.waitForSelector('.search-landing');
    const texts = await page.evaluate(() =>
      [...(CSS.highlights.get('search-phrase') ?? [])].map((r) => (r as Range).toString()),
    );
    assert.equal(texts.join('').replace(/\s/g, ''), '谋突破、促振兴。一是要提升');
    await page.context().close();
  });
});

describe('loading', () => {
  const searchFiles = /\/pagefind\/|phrase-data|site-search|search-dialog|search-engine|search-arrival/;

  test('pointing at the search control fetches search’s code ahead, and no data', async () => {
    const { page, requests } = await freshPage('/part-2/');
    await page.waitForLoadState('networkidle');
    await page.locator('.search-open').hover();
    await page.waitForFunction(() => customElements.get('site-search'));
    const paths = requests.map((r) => new URL(r.url()).pathname);
    assert.ok(paths.some((path) => /\/site-search\./.test(path)));
    assert.deepEqual(
      paths.filter((path) => /phrase-data|\/pagefind\//.test(path)),
      [],
    );
    assert.equal(await dialogOpen(page), false);
    await page.context().close();
  });

  test('a page that is only read downloads no search code and no index', async () => {
    const { page, requests } = await freshPage('/part-2/#p12');
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 2000);
    await page.locator('#p20').click();
    await page.waitForTimeout(500);
    assert.deepEqual(
      requests.map((r) => r.url()).filter((url) => searchFiles.test(url)),
      [],
    );
    await page.context().close();
  });

  test('the first literal results arrive before anything of Pagefind is fetched, with a bounded share of the phrase data', async () => {
    const { page, requests } = await freshPage('/part-3/');
    await page.waitForLoadState('networkidle');
    await pressToSearch(page);
    await page.keyboard.insertText('营商环境');
    await resultsFor(page, '营商环境');
    const fetched = requests.map((r) => new URL(r.url()).pathname);
    assert.deepEqual(
      fetched.filter((path) => path.includes('/pagefind/')),
      [],
    );
    const data = fetched.filter((path) => path.includes('/phrase-data/'));
    assert.ok(data.length > 0 && data.length <= 6, data.join(' '));
    // The bucket counts are in search's code: the buckets are the first data asked for, with no list of files before them.
    assert.match(data[0]!, /\/phrase-data\/b\//);
    // Opening search and typing are not the reader's first move: the other controls wait, off the search's network.
    assert.deepEqual(
      fetched.filter((path) => /\/controls\./.test(path)),
      [],
    );
    await page.context().close();
  });

  test('a phrase held by many paragraphs lists six with the count of all, and a button adds the next ten', async () => {
    const { page } = await freshPage('/part-3/');
    await pressToSearch(page);
    await page.keyboard.insertText('发展');
    await resultsFor(page, '发展');
    const status = (await page.locator('.search-status').textContent())!;
    const total = Number(/找到(\d+)段/.exec(status)?.[1]);
    assert.ok(total > 20, status);
    assert.equal(await page.locator('.search-results a').count(), 6);
    assert.equal(await page.locator('.search-more').textContent(), '再显示10段');
    await page.locator('.search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-results a').length === 16);
    await page.waitForTimeout(400);
    assert.equal(await page.locator('.search-related').isHidden(), true, 'no related list beside a long literal one');
    await page.context().close();
  });

  test('a first search on a cold cache fetches no more than 250 KB', async () => {
    const { page } = await freshPage('/part-3/');
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    const files: string[] = [];
    page.on('response', async (response) => {
      const size = (await response.body().catch(() => null))?.length ?? 0;
      bytes += size;
      files.push(`${new URL(response.url()).pathname} ${size}`);
    });
    await pressToSearch(page);
    await page.keyboard.type('营商环境');
    await resultsFor(page, '营商环境');
    await page.waitForSelector('.search-related:not([hidden])');
    await page.waitForLoadState('networkidle');
    console.log(
      `# first search on a cold cache: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB) in ${files.length} files: ${files.join(', ')}`,
    );
    assert.ok(bytes <= 250_000, `${bytes} bytes`);
    await page.context().close();
  });

  test('the search script is an external module, never inlined into the page', async () => {
    for (const path of ['/', '/part-2/', '/search/']) {
      const html = await (await fetch(`${session.site.origin}${path}`)).text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      assert.ok(!scripts.some(([, , body]) => body!.includes('site-search')), `${path}: the search code is inline`);
      const external = scripts.map(([, attrs]) => /src="([^"]+)"/.exec(attrs!)?.[1]).filter((src) => src);
      const code = await Promise.all(
        external.map(async (src) => (await fetch(new URL(src!, session.site.origin))).text()),
      );
      // The page's one script loads the controls on the reader's first move: follow its dynamic imports one level.
      const loaded = await Promise.all(
        external
          .flatMap((src, i) =>
            [...code[i]!.matchAll(/import\(\s*[`'"]\.\/([^`'"]+)[`'"]\s*\)/g)].map(
              ([, file]) => new URL(file!, new URL(src!, session.site.origin)),
            ),
          )
          .map(async (url) => (await fetch(url)).text()),
      );
      assert.ok(
        [...code, ...loaded].some((js) => js.includes('site-search')),
        `${path}: no external script defines <site-search>`,
      );
      assert.doesNotMatch(html, /<[^>]+\son[a-z]+=/i, `${path}: an inline event handler`);
    }
  });

  test('search and the mark on arrival work under the site’s Content Security Policy, and a stricter one', async () => {
    // The site's own policy (in each page's <meta>), then the same with a header allowing nothing but the site's
    // scripts (its files and the one inline script, by its hash) and WebAssembly.
    for (const header of [
      undefined,
      `default-src 'self'; script-src 'self' ${prePaintHash} 'wasm-unsafe-eval'; img-src 'self' data:; object-src 'none'; base-uri 'none'`,
    ]) {
      const page = await newPage(session.browser);
      await page.addInitScript(() => {
        const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      if (header) {
        await page.route('**/*', async (route) => {
          if (route.request().resourceType() !== 'document') return route.continue();
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': header } });
        });
      }
      await page.goto(`${session.site.origin}/part-1/?q=${encodeURIComponent('营商环境')}`);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.ok(policy!.includes(`script-src 'self' ${prePaintHash} 'wasm-unsafe-eval'`), policy!);
      await resultsFor(page, '营商环境');
      await page.waitForSelector('.search-related:not([hidden])');
      assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
      await Promise.all([page.waitForURL(/#p22$/), page.keyboard.press('Enter')]);
      await page.waitForSelector('.search-landing');
      assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
      await page.context().close();
    }
  });

  test('with JavaScript off, the header says search needs JavaScript and links to the full text', async () => {
    const page = await newPage(session.browser, { javaScriptEnabled: false });
    for (const path of ['/', '/part-2/', '/search/']) {
      await page.goto(`${session.site.origin}${path}`);
      const message = page.locator('.search-nojs');
      assert.equal(await message.isVisible(), true, path);
      assert.match((await message.textContent())!, /搜索需要 JavaScript/);
      assert.equal(await message.locator('a').getAttribute('href'), '/full/');
      assert.equal(await page.locator('.search-open').isVisible(), false);
    }
    await page.context().close();
  });

  test('with JavaScript on, the header shows the search button instead', async () => {
    const { page } = await freshPage('/part-2/');
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('.search-nojs').isVisible(), false);
    assert.equal(await page.locator('.search-open').isVisible(), true);
    await page.context().close();
  });
});
