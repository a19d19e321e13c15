import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  closeClean,
  headerOpaque,
  landsOn,
  open,
  shotOf,
  shotOfWords,
  until,
  useBuild,
  useEngine,
} from '../helpers/engines/reader.ts';
import { enginesToRun, type Tab } from '../helpers/engines/tab.ts';
import { changedPixels } from '../helpers/png.ts';

// Reading, search, links into the speech and the Traditional edition, the same in every engine.
const build = useBuild();
const PHRASE = '营商环境';

/** Searches from the keyboard, as a reader does: `/`, the words, then the first result. */
async function search(tab: Tab, query: string) {
  await tab.press('/');
  await until(tab, () => document.activeElement?.id === 'search-query').catch(async (error: Error) => {
    // What the page shows, for the failure's message: where the focus is, and whether search's code and styles came.
    const state = await tab.run(() => ({
      focus: document.activeElement?.outerHTML.slice(0, 80),
      hash: location.hash,
      dialog: !!document.querySelector('dialog'),
      styles: [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((l) => [l.href, !!l.sheet]),
      scripts: performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()),
    }));
    throw new Error(`${error.message}\n${JSON.stringify(state)}`);
  });
  await tab.type(query);
  await until(tab, (q: string) => document.querySelector('.search-results')?.getAttribute('data-query') === q, query);
  return tab.run(() => document.querySelector<HTMLAnchorElement>('.search-results a')!.href);
}

for (const name of enginesToRun(['chromium', 'firefox', 'webkit'])) {
  describe(`reading in ${name}`, () => {
    const browser = useEngine(name);

    test('/part-2/ at 375 px: the speech in order, no sideways scrolling, an opaque header, and the contents drawer opens', async () => {
      const tab = await open(browser.engine, build.site, '/part-2/');
      await tab.resize(375, 812);
      const page = await tab.run(() => ({
        width: innerWidth,
        overflow: document.documentElement.scrollWidth - innerWidth,
        ids: [...document.querySelectorAll('.speech .paragraph')].map((p) => p.id),
        p12: document.getElementById('p12')!.textContent,
      }));
      assert.equal(page.width, 375);
      assert.ok(page.overflow <= 0, `${page.overflow} px sideways`);
      assert.ok(page.ids.includes('p12') && page.ids.indexOf('p12') < page.ids.indexOf('p22'), page.ids.join());
      assert.match(page.p12!, /^工业是辽宁的命脉，辽宁振兴首先要工业振兴。/);
      assert.equal(await headerOpaque(tab), 0, 'no text shows through the header');
      await tab.click('details.sidebar > summary');
      await until(tab, () => document.querySelector('details.sidebar')!.hasAttribute('open'));
      await closeClean(tab, build.site);
    });

    test(`search for ${PHRASE} from the keyboard lands on a paragraph with the phrase marked`, async () => {
      const tab = await open(browser.engine, build.site, '/part-3/');
      const first = await search(tab, PHRASE);
      const id = new URL(first).hash.slice(1);
      await tab.goto(`${build.site.origin}/part-2/`);
      const plain = await shotOf(tab, `#${id}`);
      await tab.goto(`${build.site.origin}/part-3/`);
      await search(tab, PHRASE);
      await tab.press('Enter');
      await until(tab, () => !!document.querySelector('.search-landing'));
      await until(tab, (id: string) => location.hash === `#${id}`, id);
      await landsOn(tab, id);
      const marked = await shotOf(tab, `#${id}`);
      assert.ok(changedPixels(plain, marked) > 40, `the phrase is marked in #${id}`);
      await closeClean(tab, build.site);
    });

    test('the site’s own selection link /part-2/#p22:~:text=优化-,营商环境,-。优 lands with p22 on screen', async () => {
      const tab = await open(browser.engine, build.site, '/part-2/#p22:~:text=优化-,营商环境,-。优');
      await landsOn(tab, 'p22');
      await closeClean(tab, build.site);
    });

    for (const [width, height] of [
      [375, 812],
      [1280, 900],
    ] as const)
      test(`at ${width} px a bare text fragment /part-2/#:~:text=${PHRASE} leaves the contents drawer closed and marks the first ${PHRASE} of the speech, on screen`, async () => {
        const tab = await open(browser.engine, build.site, '/robots.txt');
        await tab.resize(width, height);
        await tab.goto(`${build.site.origin}/part-2/`);
        const plain = await shotOfWords(tab, 'p22', PHRASE);
        await tab.goto(`${build.site.origin}/robots.txt`);
        await tab.goto(`${build.site.origin}/part-2/#:~:text=${PHRASE}`);
        await landsOn(tab, 'p22');
        const drawer = await tab.run(() => document.querySelector('details.sidebar')!.hasAttribute('open'));
        // The drawer is the phone's; wide screens show the sidebar beside the text.
        if (width < 1024) assert.equal(drawer, false, 'the contents drawer stays closed');
        assert.ok(changedPixels(plain, await shotOfWords(tab, 'p22', PHRASE)) > 40, 'the words are marked');
        await closeClean(tab, build.site);
      });

    test('the Traditional edition reads in Traditional characters, and the 简 / 繁 link goes there and back', async () => {
      const tab = await open(browser.engine, build.site, '/part-2/#p12');
      await tab.click('a.edition-switch');
      await until(
        tab,
        () =>
          location.pathname === '/zh-Hant/part-2/' && location.hash === '#p12' && document.readyState === 'complete',
      );
      const hant = await tab.run(() => [document.documentElement.lang, document.getElementById('p22')!.textContent]);
      assert.equal(hant[0], 'zh-Hant');
      assert.match(hant[1]!, /營商環境/);
      await tab.click('a.edition-switch');
      await until(
        tab,
        () =>
          location.pathname === '/part-2/' &&
          document.documentElement.lang === 'zh-CN' &&
          document.readyState === 'complete',
      );
      await closeClean(tab, build.site);
    });
  });
}
