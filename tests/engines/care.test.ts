import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeClean, firstMove, open, shotOf, until, useBuild, useEngine } from '../helpers/engines/reader.ts';
import { enginesToRun, type Tab } from '../helpers/engines/tab.ts';
import { countColour, type Pixels } from '../helpers/png.ts';
import { THEMES } from '../../src/preferences/preferences.ts';

// 关怀模式 and 配色 in every engine, judged by what is painted; and the saved choices applied before the first paint
// however late the page's scripts arrive.
const build = useBuild();
const SCHEMES = THEMES.filter((theme) => theme !== 'system');

/** The first paragraph's layout, read by the probe. */
const layout = () => (window as unknown as { __layout: () => unknown }).__layout();

/** The colour most of an image is painted in. */
function commonest(image: Pixels): [number, number, number] {
  const counts = new Map<string, number>();
  for (let i = 0; i < image.data.length; i += 4) {
    const key = `${image.data[i]},${image.data[i + 1]},${image.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])[0]![0]
    .split(',')
    .map(Number) as [number, number, number];
}

/** The background behind the paragraph (the first opaque one up from it) and its text colour, as "r,g,b". */
const computed = (tab: Tab) =>
  tab.run(() => {
    const rgb = (colour: string) => colour.match(/[\d.]+/g)!.map(Number);
    const p12 = document.getElementById('p12')!;
    let element: Element | null = p12;
    while (element && (rgb(getComputedStyle(element).backgroundColor)[3] ?? 1) === 0) element = element.parentElement;
    const background = rgb(getComputedStyle(element ?? document.documentElement).backgroundColor);
    return {
      background: background.slice(0, 3).join(','),
      text: rgb(getComputedStyle(p12).color).slice(0, 3).join(','),
    };
  });

for (const name of enginesToRun(['chromium', 'firefox', 'webkit'])) {
  describe(`关怀模式 and 配色 in ${name}`, () => {
    const browser = useEngine(name);

    test('关怀模式 is one click on /part-2/: the text grows to 20 px or more, and it stays on after a reload', async () => {
      const tab = await open(browser.engine, build.site, '/part-2/');
      const size = () => tab.run(() => parseFloat(getComputedStyle(document.getElementById('p12')!).fontSize));
      assert.ok((await size()) < 20);
      await tab.click('.care-switch');
      await until(tab, () => document.documentElement.dataset.care === 'on');
      assert.ok((await size()) >= 20, `${await size()} px`);
      await tab.reload();
      assert.equal(await tab.run(() => document.documentElement.dataset.care ?? ''), 'on');
      assert.ok((await size()) >= 20);
      await closeClean(tab, build.site);
    });

    test('every 配色 scheme paints its own background and text colour behind and in the speech', async () => {
      const tab = await open(browser.engine, build.site, '/robots.txt');
      const seen = new Set<string>();
      for (const theme of SCHEMES) {
        await tab.run((theme: string) => localStorage.setItem('theme', theme), theme);
        await tab.goto(`${build.site.origin}/part-2/`);
        const colours = await computed(tab);
        const painted = commonest(await shotOf(tab, '#p12')).join(',');
        assert.equal(painted, colours.background, `${theme}: the paragraph is painted on the scheme's background`);
        seen.add(`${colours.background}/${colours.text}`);
      }
      assert.equal(seen.size, SCHEMES.length, [...seen].join(' '));
      await closeClean(tab, build.site);
    });

    test('with 关怀模式 saved and every script held back, a reload paints the text in its final layout at once (CLS 0)', async () => {
      const tab = await open(browser.engine, build.site, '/part-2/');
      await firstMove(tab);
      await tab.click('.care-switch');
      await until(tab, () => document.documentElement.dataset.care === 'on');
      // Without the offline copy the reload asks the network, which is what is held.
      await tab.run(() =>
        navigator.serviceWorker?.getRegistrations().then((all) => Promise.all(all.map((r) => r.unregister()))),
      );
      const { site } = build;
      const before = await tab.run(() => (scrollTo(0, 0), performance.timeOrigin));
      site.hold();
      try {
        await tab.run(() => void setTimeout(() => location.reload()));
        // The new page is parsed and shown while every script file it asks for is still held.
        await until(
          tab,
          // Parsed, and its stylesheets (never held) applied: what the browser paints first.
          (before: number) =>
            performance.timeOrigin !== before &&
            document.readyState !== 'loading' &&
            [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].every((link) => link.sheet),
          before,
        );
        const held = await tab.run(layout);
        const text = await shotOf(tab, '.speech .paragraph', false);
        assert.ok(text.width * text.height - countColour(text, commonest(text)) > 500, 'the text is painted');
        // Every script file arrives 2 s late.
        await new Promise((resolve) => setTimeout(resolve, 2000));
        site.release();
        await until(tab, () => document.readyState === 'complete' && document.fonts.status === 'loaded');
        assert.deepEqual(held, await tab.run(layout), 'the text is laid out as the page ends');
        const shifts = await tab.run(() => (window as unknown as { __shifts?: () => number }).__shifts?.() ?? 0);
        assert.equal(shifts, 0, 'CLS');
      } finally {
        site.release();
      }
      await closeClean(tab, build.site);
    });
  });
}
