import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useSite } from '../helpers/setup.ts';
import { standInForSpeech } from '../helpers/speech-engine.ts';
import { THEMES } from '../../src/preferences/preferences.ts';
import { STORAGE_KEYS } from '../../src/shell/storage.ts';

const STORE_KEY = STORAGE_KEYS.studyRecords;
import { barShown, selectWords } from '../helpers/study.ts';
import { axeViolations } from '../helpers/axe.ts';

const session = useSite();
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };
const SCHEMES = THEMES.filter((theme) => theme !== 'system');
const CARE_PAGES = ['/', '/part-2/', '/full/', '/accessibility/'];

/** A page opened with choices already saved, as a returning reader's browser has them. */
async function open(path: string, saved: Record<string, string> = {}, options: BrowserContextOptions = PHONE) {
  const context = await session.browser.newContext(options);
  await standInForSpeech(context);
  await context.addInitScript((saved) => {
    if (!sessionStorage.getItem('seeded'))
      for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, saved);
  const page = await context.newPage();
  await page.goto(`${session.site.origin}${path}`);
  return page;
}

const STUDY_STYLES = ['study-line', 'study-marker', 'study-wave', 'study-excerpt'] as const;
let studyStore: string | undefined;

/** 摘抄本's store after a reader made one passage in each style through the selection bar (made once, then copied). */
async function studied(): Promise<string> {
  if (studyStore) return studyStore;
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/part-2/`);
  for (const [id, words, style] of [
    ['p12', '辽宁振兴首先要工业振兴', '直线'],
    ['p12', '我省工业产业体系完备', '马克笔'],
    ['p6', '稳是主基调', '波浪线'],
    ['p13', '', '摘抄'],
  ] as const) {
    if (words) await selectWords(page, id, words);
    else await selectWords(page, id, (await page.locator(`#${id}`).textContent())!.slice(2, 10));
    await barShown(page);
    await page.locator('selection-bar .study-actions button', { hasText: new RegExp(`^${style}$`) }).click();
  }
  await page.waitForFunction(
    (styles) => styles.every((name) => CSS.highlights.get(name)?.size),
    STUDY_STYLES as unknown as string[],
  );
  studyStore = (await page.evaluate((key) => localStorage.getItem(key), STORE_KEY))!;
  await context.close();
  return studyStore;
}

/** The reading measures of the first paragraph of the text (or the lede) and the page's sideways overflow. */
const measures = (page: Page) =>
  page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.speech .paragraph, .lede p, main > p')];
    const [p, next] = paragraphs;
    const style = getComputedStyle(p!);
    const size = parseFloat(style.fontSize);
    const lineHeight = parseFloat(style.lineHeight);
    const gap = next ? next.getBoundingClientRect().top - p!.getBoundingClientRect().bottom : NaN;
    return {
      size,
      leading: lineHeight / size,
      // Paragraph spacing as the distance from one paragraph's last line to the next one's first, in lines.
      paragraphSpacing: (gap + lineHeight) / lineHeight,
      overflow: document.documentElement.scrollWidth - innerWidth,
    };
  });

/** Every control on screen (links, buttons, summaries) smaller than 60 × 60 px or nearer than 8 px to another. */
const smallControls = (page: Page) =>
  page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select')].filter(
      (el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // Visible: it has a box on the page, is not clipped away for screen readers only, and is not hidden.
        return (
          box.width > 1 &&
          box.height > 1 &&
          box.right > 0 &&
          box.left < innerWidth &&
          style.visibility !== 'hidden' &&
          el.checkVisibility({ opacityProperty: true }) &&
          // A link inside a sentence of the page's prose is part of the text, as WCAG 2.5.8 exempts it.
          !(style.display === 'inline' && el.closest('main p, main li'))
        );
      },
    );
    const boxes = controls.map((el) => ({ el, box: el.getBoundingClientRect() }));
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${el.className || ''} “${el.textContent?.trim().slice(0, 12)}”`;
    const problems: string[] = [];
    for (const { el, box } of boxes) {
      if (box.width < 59.5 || box.height < 59.5)
        problems.push(`${name(el)} ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
      for (const other of boxes) {
        if (other.el === el || other.el.contains(el) || el.contains(other.el)) continue;
        const dx = Math.max(0, other.box.left - box.right, box.left - other.box.right);
        const dy = Math.max(0, other.box.top - box.bottom, box.top - other.box.bottom);
        if (Math.max(dx, dy) < 7.5)
          problems.push(`${name(el)} is ${Math.max(dx, dy).toFixed(1)}px from ${name(other.el)}`);
      }
    }
    return { count: boxes.length, problems: [...new Set(problems)] };
  });

/** Layout shifts since the page began (CLS), recorded from before its first paint, with what moved. */
const shifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((resolve) => {
        const shift = { total: 0, moved: [] as string[] };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[];
          })[]) {
            shift.total += entry.value;
            for (const source of entry.sources)
              shift.moved.push(
                `${(source.node as Element | undefined)?.className ?? source.node?.nodeName} at ${entry.startTime.toFixed(0)} ms: ${JSON.stringify(source.previousRect)} → ${JSON.stringify(source.currentRect)}`,
              );
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(shift), 300);
      }),
  );

/** The contrast ratio of two CSS colours as the page resolves them (WCAG relative luminance), as phone.test.ts has it. */
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

test('关怀模式 is one tap on every page, and at 375 × 812 sets text ≥ 20 px, lines ≥ 1.8, paragraphs 1.3 lines apart and 60 px controls 8 px apart', async () => {
  for (const path of CARE_PAGES) {
    const page = await open(path);
    const before = await measures(page);
    await page.getByRole('button', { name: '关怀模式' }).tap();
    await page.waitForFunction(() => document.documentElement.dataset.care === 'on');
    assert.equal(await page.getByRole('button', { name: '关怀模式' }).getAttribute('aria-pressed'), 'true');
    const m = await measures(page);
    assert.ok(m.size >= 20 && m.size > before.size, `${path}: body ${m.size}px (was ${before.size}px)`);
    assert.ok(m.leading >= 1.8, `${path}: line height ${m.leading}`);
    if (path !== '/' && path !== '/accessibility/')
      assert.ok(m.paragraphSpacing >= 1.3, `${path}: paragraphs ${m.paragraphSpacing.toFixed(2)} lines apart`);
    assert.ok(m.overflow <= 0, `${path}: ${m.overflow}px sideways`);
    const controls = await smallControls(page);
    assert.ok(controls.count >= 4, `${path}: ${controls.count} controls measured`);
    assert.deepEqual(controls.problems, [], `${path}: controls`);
    await page.context().close();
  }
});

test('in 关怀模式 the largest text step is at least 30 px and twice the default, with no sideways scrolling at 375 px', async () => {
  for (const path of ['/part-2/', '/full/', '/accessibility/', '/']) {
    const plain = await open(path);
    const normal = (await measures(plain)).size;
    await plain.context().close();
    const page = await open(path, { care: 'on' });
    await page.locator('.preferences > summary').tap();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '放大字号' }).tap();
    await page.keyboard.press('Escape');
    const m = await measures(page);
    assert.ok(m.size >= 30 && m.size >= normal * 2, `${path}: largest ${m.size}px, default ${normal}px`);
    assert.ok(m.overflow <= 0, `${path}: ${m.overflow}px sideways`);
    assert.deepEqual((await smallControls(page)).problems, [], `${path}: controls at the largest step`);
    await page.context().close();
  }
});

test('in 关怀模式 search is in the settings, one tap away, and the settings fit the phone’s screen', async () => {
  const page = await open('/part-2/', { care: 'on' });
  assert.equal(
    await page.locator('.site-header .search-open').isVisible(),
    false,
    'the header keeps only the essentials',
  );
  await page.locator('.preferences > summary').tap();
  const panel = page.locator('.preferences-panel');
  await panel.waitFor();
  const box = (await panel.boundingBox())!;
  assert.ok(box.y + box.height <= 812 && box.x >= 0 && box.x + box.width <= 375, `the panel at ${JSON.stringify(box)}`);
  await page.getByRole('link', { name: '搜索' }).tap();
  await page.locator('.search-dialog[open]').waitFor();
  await page.context().close();
});

test('in 关怀模式 the other edition is in the settings, one tap away: 简体中文 on /zh-Hant/part-2/#p12 leads to /part-2/#p12 and is remembered', async () => {
  const page = await open('/zh-Hant/part-2/#p12', { care: 'on' });
  assert.equal(await page.locator('.site-header .edition-switch').isVisible(), false, 'not in the header on a phone');
  await page.locator('.preferences > summary').tap();
  const panel = page.locator('.preferences-panel');
  await panel.waitFor();
  const box = (await panel.boundingBox())!;
  assert.ok(box.y + box.height <= 812 && box.x >= 0 && box.x + box.width <= 375, `the panel at ${JSON.stringify(box)}`);
  await page.screenshot({ path: 'test-results/care-edition-375.png' });
  await panel.getByRole('link', { name: '简体中文' }).tap();
  await page.waitForURL((url) => url.pathname === '/part-2/' && url.hash === '#p12');
  assert.equal(await page.evaluate(() => localStorage.getItem('lang')), 'zh-CN');
  await page.context().close();
});

test('关怀模式 survives a reload, applied before the first paint while every script file is held back: no layout shift (CLS 0)', async () => {
  // No service worker: one that keeps the files would answer before the network that this test holds back.
  const page = await open('/part-2/', {}, { ...PHONE, serviceWorkers: 'block' });
  await page.getByRole('button', { name: '关怀模式' }).tap();
  await page.waitForFunction(() => localStorage.getItem('care') === 'on');
  // A slow phone on a slow network: no script file arrives until the text has been painted, however long that takes.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const waiting: string[] = [];
  await page.route('**/*.js', async (route) => {
    waiting.push(route.request().url());
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });
  await page.locator('#p12').waitFor();
  // The text has been painted (first-contentful-paint), in large type, while the site's script is still held.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  assert.ok(
    waiting.some((url) => url.includes('/_astro/')),
    `the site's script was asked for and held: ${waiting}`,
  );
  assert.equal(await page.evaluate(() => document.documentElement.dataset.care), 'on');
  assert.ok((await measures(page)).size >= 20, 'large type before any script file arrived');
  release();
  await page.waitForLoadState('load');
  // The reader's first move loads the controls: nothing may move when they arrive.
  await page.touchscreen.tap(200, 600);
  await page.waitForFunction(() => customElements.get('site-preferences'));
  const { total, moved } = await shifts(page);
  assert.equal(total, 0, moved.join('\n'));
  await page.context().close();
});

for (const scheme of SCHEMES) {
  test(`配色 ${scheme}: body text, links and muted text at 7:1 or more; focus, marks and the sentence read stand out`, async () => {
    const page = await open('/part-2/', { theme: scheme }, { viewport: { width: 1280, height: 900 } });
    const colours = await page.evaluate(() => {
      const read = (property: string) => {
        const el = document.createElement('span');
        el.style.color = `var(${property})`;
        document.body.append(el);
        const value = getComputedStyle(el).color;
        el.remove();
        return value;
      };
      const p = document.querySelector('#p12')!;
      return {
        text: getComputedStyle(p).color,
        bg:
          getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)'
            ? getComputedStyle(document.documentElement).backgroundColor
            : getComputedStyle(document.body).backgroundColor,
        link: getComputedStyle(document.querySelector('.pagination a .icon, .site-footer a')!).color,
        muted: read('--muted'),
        focus: read('--focus'),
        mark: read('--mark'),
        onMark: read('--on-mark'),
        target: read('--target'),
      };
    });
    assert.ok((await contrast(page, colours.text, colours.bg)) >= 7, `text ${colours.text} on ${colours.bg}`);
    assert.ok((await contrast(page, colours.link, colours.bg)) >= 7, `links ${colours.link} on ${colours.bg}`);
    assert.ok((await contrast(page, colours.muted, colours.bg)) >= 7, `muted ${colours.muted} on ${colours.bg}`);
    assert.ok((await contrast(page, colours.text, colours.target)) >= 7, `text on the target wash ${colours.target}`);
    assert.ok((await contrast(page, colours.focus, colours.bg)) >= 3, `focus ring ${colours.focus}`);
    assert.notEqual(colours.focus, colours.text, 'the focus ring is not the text colour');
    assert.notEqual(colours.link, colours.text, 'links are not the text colour');
    assert.ok(
      (await contrast(page, colours.onMark, colours.mark)) >= 7,
      `marked words ${colours.onMark} on ${colours.mark}`,
    );
    // The sentence being read, whose colours come with 朗读's stylesheet (the engine is a stand-in: no voices here).
    await page.locator('.read-open').click();
    await page.waitForFunction(() => CSS.highlights.has('read-aloud'));
    const speaking = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return [style.getPropertyValue('--speaking'), style.getPropertyValue('--on-speaking')];
    });
    const [on = '', under = ''] = speaking.map((c) => c.trim());
    assert.ok(
      (await contrast(page, under === 'var(--text)' ? colours.text : under, on)) >= 7,
      `the sentence read: ${speaking}`,
    );
    await page.context().close();
  });
}

for (const scheme of SCHEMES) {
  test(`配色 ${scheme}: 直线, 马克笔, 波浪线 and 摘抄 keep the words at 7:1 and stand out from the paragraph, the target wash, search's mark and the sentence read`, async () => {
    const page = await open(
      '/part-2/#p12',
      { theme: scheme, [STORE_KEY]: await studied() },
      { viewport: { width: 1280, height: 900 } },
    );
    // With saved passages the study code and its stylesheet load on the first move; the paint may come first.
    await page.mouse.move(200, 300);
    await page.waitForFunction(
      (styles) =>
        styles.every((name) => CSS.highlights.get(name)?.size) &&
        [...document.styleSheets].some((sheet) => /\/study\.[^/]*\.css$/.test(sheet.href ?? '')),
      STUDY_STYLES as unknown as string[],
    );
    const seen = await page.evaluate(
      (styles) => {
        const probe = document.createElement('span');
        document.body.append(probe);
        const rgba = (value: string) => {
          probe.style.color = value;
          const [r = 0, g = 0, b = 0, a = 1] = (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).map(Number);
          return [r, g, b, a] as const;
        };
        // A translucent colour as it shows over the one under it.
        const over = (top: string, under: string) => {
          const [r, g, b, a] = rgba(top);
          const [ur, ug, ub] = rgba(under);
          return `rgb(${[r * a + ur * (1 - a), g * a + ug * (1 - a), b * a + ub * (1 - a)].map(Math.round).join(' ')})`;
        };
        const root = getComputedStyle(document.documentElement);
        const paragraph = (id: string) => {
          const style = getComputedStyle(document.getElementById(id)!);
          const page = root.backgroundColor;
          return { text: style.color, bg: over(style.backgroundColor, page) };
        };
        // #p12 is the link's target, on its wash; #p6 stands on the page.
        const grounds = { target: paragraph('p12'), page: paragraph('p6') };
        const read = (name: string) => root.getPropertyValue(name).trim();
        const painted = styles.flatMap((name) =>
          Object.entries(grounds).map(([where, ground]) => {
            const style = getComputedStyle(document.getElementById('p12')!, `::highlight(${name})`);
            const bg = over(style.backgroundColor, ground.bg);
            return {
              name: `${name} on the ${where}`,
              words: style.color === 'rgba(0, 0, 0, 0)' ? ground.text : style.color,
              bg,
              ground: ground.bg,
              decoration: style.textDecorationLine === 'none' ? null : style.textDecorationColor,
            };
          }),
        );
        const result = {
          painted,
          marker: rgba(
            getComputedStyle(document.getElementById('p12')!, '::highlight(study-marker)').backgroundColor,
          ).join(),
          others: {
            mark: rgba(read('--mark')).join(),
            target: rgba(read('--target')).join(),
            speaking: rgba(read('--speaking') || 'transparent').join(),
          },
        };
        probe.remove();
        return result;
      },
      STUDY_STYLES as unknown as string[],
    );
    const figures: string[] = [];
    for (const p of seen.painted) {
      const words = await contrast(page, p.words, p.bg);
      const apart = await contrast(page, p.bg, p.ground);
      const line = p.decoration ? await contrast(page, p.decoration, p.ground) : 0;
      figures.push(`${p.name}: words ${words.toFixed(1)}:1, wash ${apart.toFixed(1)}:1, line ${line.toFixed(1)}:1`);
      assert.ok(words >= 7, `${scheme}, ${p.name}: the words ${p.words} on ${p.bg} at ${words.toFixed(2)}:1`);
      // The light and dark themes keep their quiet wash (about 1.3:1); every high-contrast scheme is measured.
      if (scheme !== 'light' && scheme !== 'dark')
        assert.ok(
          apart >= 3 || line >= 3,
          `${scheme}, ${p.name}: the wash ${p.bg} is ${apart.toFixed(2)}:1 from ${p.ground}, the line ${line.toFixed(2)}:1`,
        );
    }
    for (const [what, colour] of Object.entries(seen.others))
      assert.notEqual(seen.marker, colour, `${scheme}: the marker is not the colour of ${what}`);
    console.log(`${scheme}\n  ${figures.join('\n  ')}`);
    await page.context().close();
  });
}

test('axe finds nothing on /, /part-2/ (and with the study bar open), /search/, /accessibility/ and a filled 摘抄本 in every 配色 scheme, with and without 关怀模式', async () => {
  const store = await studied();
  for (const scheme of SCHEMES)
    for (const care of [false, true]) {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      await context.addInitScript(
        ({ scheme, care, store, key }) => {
          localStorage.setItem('theme', scheme);
          if (care) localStorage.setItem('care', 'on');
          localStorage.setItem(key, store);
        },
        { scheme, care, store, key: STORE_KEY },
      );
      const page = await context.newPage();
      for (const path of ['/', '/part-2/', '/part-2/ with the study bar', '/search/', '/accessibility/', '/notes/']) {
        await page.goto(`${session.site.origin}${path.split(' ')[0]}`);
        if (path.includes('study bar')) {
          await page.mouse.move(200, 300);
          await selectWords(page, 'p12', '辽宁振兴首先要工业振兴');
          await barShown(page);
        }
        if (path === '/notes/') await page.locator('.notes-entry').first().waitFor();
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${path} (${scheme}${care ? ', 关怀模式' : ''})`);
      }
      await context.close();
    }
});

test('in 关怀模式 at 375 × 812 the study bar, the editor and 摘抄本 have 60 px controls 8 px apart; screenshots of 摘抄本 in 黑底黄字 and 蓝底黄字', async () => {
  mkdirSync('test-results', { recursive: true });
  const store = await studied();
  const page = await open('/part-2/', { care: 'on', [STORE_KEY]: store });
  await page.touchscreen.tap(200, 600);
  await selectWords(page, 'p12', '辽宁振兴首先要工业振兴');
  await barShown(page);
  // The bar is placed once the selection is still: wait for it to stop moving.
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const bar = document.querySelector('selection-bar')!;
        const before = JSON.stringify(bar.getBoundingClientRect());
        setTimeout(() => resolve(JSON.stringify(bar.getBoundingClientRect()) === before), 300);
      }),
  );
  await page.screenshot({ path: 'test-results/care-study-bar-375.png' });
  const bar = await smallControls(page);
  assert.deepEqual(
    bar.problems.filter((p) => p.includes('selection') || p.includes('study')),
    [],
    'the study bar in 关怀模式',
  );
  assert.deepEqual(bar.problems, [], 'the page with the bar open');
  await page.locator('selection-bar button', { hasText: '写想法' }).tap();
  await page.locator('.study-editor').waitFor({ state: 'visible' });
  // The bar goes when the selection does, on the selectionchange that follows: measure the editor once it is alone.
  await page.locator('selection-bar').waitFor({ state: 'hidden' });
  assert.deepEqual((await smallControls(page)).problems, [], 'the editor in 关怀模式');
  await page.context().close();
  for (const scheme of ['black', 'blue'])
    for (const care of [true, false]) {
      const saved: Record<string, string> = { theme: scheme, [STORE_KEY]: store, ...(care ? { care: 'on' } : {}) };
      const notes = await open('/notes/', saved);
      await notes.locator('.notes-entry').first().waitFor();
      const controls = await smallControls(notes);
      if (care) assert.deepEqual(controls.problems, [], `摘抄本 in 关怀模式 (${scheme})`);
      // A whole-page picture paints entries below the screen, which content-visibility: auto skips until scrolled to.
      await notes.evaluate(() =>
        document.querySelectorAll<HTMLElement>('.notes-entry').forEach((e) => (e.style.contentVisibility = 'visible')),
      );
      await notes.screenshot({
        path: `test-results/${care ? 'care-' : ''}notes-${scheme}-375.png`,
        fullPage: true,
      });
      await notes.context().close();
    }
});

test('every aid can be switched on, used and off with the keyboard alone', async () => {
  const page = await open('/part-2/', {}, { viewport: { width: 1280, height: 900 } });
  const root = (name: string) => page.evaluate((name) => document.documentElement.getAttribute(`data-${name}`), name);
  // Shift+C, then Tab to the header's switch and Enter.
  await page.keyboard.press('Shift+C');
  await page.waitForFunction(() => document.documentElement.dataset.care === 'on');
  await page.locator('.care-switch').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.documentElement.dataset.care);
  // 配色: Shift+K goes through every scheme and back to the system's.
  const seen: (string | null)[] = [];
  for (let i = 0; i < THEMES.length; i++) {
    await page.keyboard.press('Shift+K');
    // The keys act once the controls' code is there: wait for the change rather than for a time.
    await page.waitForFunction(
      (before) => document.documentElement.getAttribute('data-theme') !== before,
      seen.at(-1) ?? null,
    );
    seen.push(await root('theme'));
  }
  assert.deepEqual(seen, [...SCHEMES, null]);
  // 字号.
  await page.keyboard.press('Shift+Equal');
  await page.waitForFunction(() => document.documentElement.dataset.textSize === 'large');
  await page.keyboard.press('Shift+Minus');
  await page.waitForFunction(() => !document.documentElement.dataset.textSize);
  // 大鼠标.
  await page.keyboard.press('Shift+F');
  await page.waitForFunction(() => getComputedStyle(document.documentElement).cursor.includes('url('));
  await page.keyboard.press('Shift+F');
  await page.waitForFunction(() => !document.documentElement.dataset.cursor);
  // 阅读辅助线: on, it follows the focus as the reader tabs.
  await page.keyboard.press('Shift+G');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const guide = page.locator('.reading-guide');
  await guide.waitFor();
  const [at, focused] = await page.evaluate(() => [
    document.querySelector('.reading-guide')!.getBoundingClientRect().top,
    document.activeElement!.getBoundingClientRect().bottom,
  ]);
  assert.ok(Math.abs(at! - focused!) <= 8, `the guide at ${at}, the focus ends at ${focused}`);
  await page.keyboard.press('Shift+G');
  await guide.waitFor({ state: 'hidden' });
  // The same from the settings panel: Enter opens it, Tab reaches 大鼠标, Enter presses it, Esc closes.
  await page.locator('.preferences > summary').focus();
  await page.keyboard.press('Enter');
  const cursor = page.getByRole('button', { name: '大鼠标' });
  await cursor.focus();
  await page.keyboard.press('Enter');
  assert.equal(await cursor.getAttribute('aria-pressed'), 'true');
  assert.equal(await root('cursor'), 'on');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.preferences').getAttribute('open'), null);
  // Typing in search's field is typing: Shift+C there writes a C.
  await page.keyboard.press('Control+K');
  await page.locator('.search-dialog input').waitFor();
  await page.keyboard.press('Shift+C');
  assert.equal(await root('care'), null);
  assert.equal(await page.locator('.search-dialog input').inputValue(), 'C');
  await page.context().close();
});
