import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { measureSpread } from '../helpers/justification.ts';
import { useSite } from '../helpers/setup.ts';

const session = useSite();
const SPEECH_PAGES = ['/part-1/', '/part-2/', '/part-3/', '/part-4/', '/full/'];
const THEMES = ['light', 'dark'] as const;
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

async function open(path: string, options: BrowserContextOptions = PHONE): Promise<Page> {
  const context = await session.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${session.site.origin}${path}`);
  return page;
}

/** The controls' code, which the reader's first move loads (the markup works before it, natively, where it can). */
const controlsReady = (page: Page) =>
  page.waitForFunction(() => customElements.get('site-preferences') && customElements.get('contents-menu'));

/** The parts of the element's box that lie outside the viewport, in px; empty when it fits. */
const outside = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const sides = { left: -box.left, right: box.right - innerWidth, top: -box.top, bottom: box.bottom - innerHeight };
    return Object.entries(sides)
      .filter(([, over]) => over > 0.5)
      .map(([side, over]) => `${side} ${over.toFixed(0)}px`);
  });

for (const theme of THEMES) {
  test(`at 375×812 (${theme}) the header is one row of at most 64 px and the text starts in the top 40 % of the screen`, async () => {
    for (const path of SPEECH_PAGES) {
      const page = await open(path, { ...PHONE, colorScheme: theme });
      const { header, first, height } = await page.evaluate(() => ({
        header: document.querySelector('.site-header')?.getBoundingClientRect().height ?? Infinity,
        // The source's first words: a paragraph, or the note that shows the source's own mark （上接第一版）.
        first: document.querySelector('[data-speech] :is(.paragraph, .note)')?.getBoundingClientRect().top ?? Infinity,
        height: innerHeight,
      }));
      assert.ok(header <= 64, `${path}: header ${header}px`);
      assert.ok(first <= height * 0.4, `${path}: the first line starts at ${((first / height) * 100).toFixed(0)} %`);
      await page.context().close();
    }
  });
}

test('4,000 px down a part page, search and the contents are each one tap away', async () => {
  for (const path of ['/part-2/', '/full/']) {
    const page = await open(path);
    await page.mouse.wheel(0, 4000);
    await page.waitForFunction(() => scrollY >= 3000);
    await page.locator('.search-open').tap();
    await page.locator('.search-dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.sidebar > summary').tap();
    assert.equal(await page.locator('.sidebar-toc').isVisible(), true, `${path}: the contents drawer opened`);
    await page.context().close();
  }
});

test('the contents drawer lists the current part’s entries and the other parts, and closes on a link, the backdrop and Esc', async () => {
  const page = await open('/part-3/#3-2');
  const drawer = page.locator('details.sidebar');
  await page.locator('.sidebar > summary').tap();
  await controlsReady(page);
  const parts = await page
    .locator('.sidebar-toc .outline-part')
    .evaluateAll((parts) =>
      parts.map((p) => `${p.querySelector('a')?.getAttribute('href')}:${p.querySelectorAll('a').length}`),
    );
  // Part 三: its own link, 5 sections and 10 items.
  assert.deepEqual(parts, ['/part-1/:1', '/part-2/:1', '/part-3/:16', '/part-4/:1']);
  // The section being read is marked (the marker runs once the page's controls are there).
  await page.waitForFunction(
    () => document.querySelector('.sidebar-toc a[href$="#3-2"]')?.getAttribute('aria-current') === 'true',
  );
  // A tap on the backdrop, right of the drawer, closes it.
  await page.touchscreen.tap(365, 600);
  assert.equal(await drawer.getAttribute('open'), null, 'the backdrop closes the drawer');
  await page.locator('.sidebar > summary').tap();
  await page.locator('.sidebar-toc a[href$="#3-3"]').tap();
  await page.waitForURL(/#3-3$/);
  assert.equal(await drawer.getAttribute('open'), null, 'following a link closes the drawer');
  await page.locator('.sidebar > summary').tap();
  await page.keyboard.press('Escape');
  assert.equal(await drawer.getAttribute('open'), null, 'Esc closes the drawer');
  await page.context().close();
});

test('Tab stays inside the open drawer', async () => {
  const page = await open('/part-4/');
  await page.locator('.sidebar > summary').focus();
  await page.keyboard.press('Enter');
  await controlsReady(page);
  const visited = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    visited.add(await page.evaluate(() => (document.activeElement?.closest('details.sidebar') ? 'inside' : 'outside')));
  }
  assert.deepEqual([...visited], ['inside']);
  await page.context().close();
});

test('no opened drawer, settings panel, search dialog or citation sheet reaches outside the screen, from 320 to 768 px', async () => {
  for (const width of [320, 360, 375, 390, 414, 768]) {
    const page = await open('/part-2/', { ...PHONE, viewport: { width, height: 740 } });
    await page.locator('.sidebar > summary').tap();
    await controlsReady(page);
    assert.deepEqual(await outside(page, '.sidebar-body'), [], `${width}px: drawer`);
    await page.keyboard.press('Escape');
    await page.locator('.preferences > summary').tap();
    assert.deepEqual(await outside(page, '.preferences-panel'), [], `${width}px: settings`);
    // Every choice can be undone: A− is in reach after A+.
    await page.getByRole('button', { name: '放大字号' }).tap();
    await page.getByRole('button', { name: '缩小字号' }).tap();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.textSize ?? 'medium'), 'medium');
    // A tap outside closes the settings.
    await page.touchscreen.tap(Math.round(width / 2), 700);
    assert.equal(
      await page.locator('.preferences').getAttribute('open'),
      null,
      `${width}px: a tap outside closes settings`,
    );
    await page.locator('.search-open').tap();
    await page.locator('.search-dialog[open]').waitFor();
    assert.deepEqual(await outside(page, '.search-dialog'), [], `${width}px: search`);
    await page.keyboard.press('Escape');
    await page.locator('#p12 .paragraph-number').tap();
    await page.locator('cite-tools').waitFor({ state: 'visible' });
    assert.deepEqual(await outside(page, 'cite-tools'), [], `${width}px: citation sheet`);
    await page.context().close();
  }
});

test('at 360 to 414 px at most 2 % of the justified lines spread their Han characters by more than 6 % of the font size', async () => {
  for (const width of [360, 375, 390, 414]) {
    let lines = 0;
    const gapped: string[] = [];
    for (const path of SPEECH_PAGES) {
      const page = await open(path, { viewport: { width, height: 800 } });
      const spread = await measureSpread(page, 0.06);
      lines += spread.lines;
      gapped.push(...spread.gapped.map((g) => `${path} ${g.text} ${g.spread}`));
      await page.context().close();
    }
    assert.ok(lines > 300, `${width}px: ${lines} lines measured`);
    assert.ok(
      gapped.length / lines <= 0.02,
      `${width}px: ${gapped.length} of ${lines} lines gapped:\n${gapped.join('\n')}`,
    );
  }
});

test('from 1024 to 1920 px the header holds every link and control on screen and the short title keeps its words', async () => {
  for (const width of [1024, 1100, 1280, 1440, 1920]) {
    const page = await open('/part-2/', { viewport: { width, height: 800 } });
    const header = await page.locator('.site-header').evaluate((header) => ({
      overflow: document.documentElement.scrollWidth - innerWidth,
      off: [...header.querySelectorAll('a, summary, button')]
        .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > innerWidth + 0.5)
        .map((el) => el.textContent?.trim()),
      title: header.querySelector('.site-title')!.getBoundingClientRect().width,
    }));
    assert.equal(header.overflow, 0, `${width}px: the page scrolls sideways by ${header.overflow}px`);
    assert.deepEqual(header.off, [], `${width}px: off screen`);
    assert.ok(header.title >= 96, `${width}px: the title is ${header.title}px wide`);
    await page.context().close();
  }
});

test('at 特大 on a 1280 px desktop the text column keeps at least 28 characters a line', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => localStorage.setItem('text-size', 'larger'));
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/part-2/`);
  const characters = await page.evaluate(() => {
    const speech = document.querySelector<HTMLElement>('[data-speech]');
    return speech ? speech.getBoundingClientRect().width / parseFloat(getComputedStyle(speech).fontSize) : 0;
  });
  assert.ok(characters >= 28, `${characters.toFixed(1)} characters`);
  await context.close();
});

test('the citation sheet opens on the first tap of a paragraph number, before the page has seen any other move', async () => {
  const page = await open('/part-2/');
  await page.locator('#p12 .paragraph-number').tap();
  const sheet = page.getByRole('dialog', { name: /第12段/ });
  await sheet.waitFor({ state: 'visible' });
  assert.equal(new URL(page.url()).hash, '#p12');
  await page.context().close();
});

/** The contrast ratio of two CSS colours as the page resolves them (WCAG relative luminance). */
const contrast = (page: Page, a: string, b: string) =>
  page.evaluate(
    ({ a, b }) => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const rgb = (value: string) => {
        probe.style.color = value;
        return (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      };
      const luminance = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
      const [la = 0, lb = 0] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
      probe.remove();
      return (la + 0.05) / (lb + 0.05);
    },
    { a, b },
  );

for (const theme of THEMES) {
  test(`(${theme}) quoted or searched words stand out from the target paragraph by 3:1, and the target is quiet`, async () => {
    const page = await open('/part-3/#p35', { viewport: { width: 375, height: 812 }, colorScheme: theme });
    // Resolve the theme's colours through real elements (light-dark() needs the page's colour scheme).
    const colours = await page.evaluate(() => {
      const read = (property: string) => {
        const el = document.createElement('span');
        el.style.color = `var(${property})`;
        document.body.append(el);
        const value = getComputedStyle(el).color;
        el.remove();
        return value;
      };
      return { mark: read('--mark'), target: read('--target'), bg: read('--bg') };
    });
    const target = await page.locator('#p35').evaluate((p) => getComputedStyle(p).backgroundColor);
    assert.equal(target, colours.target, 'the target paragraph is washed in --target');
    assert.ok((await contrast(page, colours.mark, colours.target)) >= 3, `mark ${colours.mark} on ${colours.target}`);
    // Quiet: the target wash stays close to the page's own background.
    assert.ok((await contrast(page, colours.target, colours.bg)) < 1.5, `target ${colours.target} on ${colours.bg}`);
    await page.context().close();
  });
}
