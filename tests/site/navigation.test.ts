import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../helpers/setup.ts';
import { countColour, decodePng } from '../helpers/png.ts';
import { SOURCE } from '../helpers/source.ts';

let context: BrowserContext;
let page: Page;
const TITLE = SOURCE.split('\n')
  .find((l) => l.startsWith('# '))!
  .slice(2);

const session = useSite(async () => {
  context = await session.browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.site.origin });
  page = await context.newPage();
});

const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

/** Checks that the element with this id is shown below the sticky header and starts with the words that named it. */
async function assertLanded(id: string, words: string, where: string) {
  const box = await page.evaluate((id) => {
    const target = document.getElementById(id);
    if (!target) return undefined;
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    return {
      top: target.getBoundingClientRect().top,
      header: header.bottom,
      height: innerHeight,
      text: target.textContent!.trim(),
      matches: target.matches(':target'),
    };
  }, id);
  assert.ok(box, `${where}: #${id} exists`);
  assert.ok(box.text.startsWith(words), `${where}: #${id} begins with “${words}”, not “${box.text.slice(0, 15)}”`);
  assert.ok(
    box.top >= box.header - 1 && box.top < box.height - 40,
    `${where}: #${id} is in view below the header (top ${box.top}, header ${box.header})`,
  );
  assert.ok(box.matches, `${where}: #${id} is the :target`);
}

// site-check proves every link target at build time, and outline.test.ts every entry's words; here one link of
// each kind (a part, a relationship, a section, an item) is followed in the browser.
const KINDS = ['.outline-part', '.outline-relationship', '.outline-section', '.outline-item'];

for (const path of ['/part-2/', '/full/']) {
  test(`a sidebar entry of each kind lands on its target, below the header, from ${path}`, async () => {
    await page.goto(`${session.site.origin}${path}`);
    // /full/ lists every entry of the speech; a part page its own entries and the other parts' titles.
    assert.equal(await page.locator('nav.sidebar-toc .outline a').count(), path === '/full/' ? 44 : 29);
    for (const kind of KINDS) {
      if (new URL(page.url()).pathname !== path) await page.goto(`${session.site.origin}${path}`);
      // The last entry of its kind in view (other parts are folded): for parts, a part page other than part 二’s own.
      const entry = page.locator(`nav.sidebar-toc ${kind} > a:visible`).last();
      const link = await entry.evaluate((a) => ({
        href: (a as HTMLAnchorElement).href,
        text: a.textContent?.trim() ?? '',
      }));
      // A link lands on the id its fragment names; a link to a part page without one, on the part's heading.
      const target = new URL(link.href).hash.slice(1) || new URL(link.href).pathname.replace(/^\/|\/$/g, '');
      await entry.click();
      await page.waitForURL(link.href);
      // A link to a part page without a fragment opens the page at its top, on the part's heading.
      if (!new URL(link.href).hash) {
        assert.equal(await page.locator('h1').getAttribute('id'), target);
        continue;
      }
      await assertLanded(target, link.text.replace(/（标题不在本文中）$/, ''), `${path} → ${link.href}`);
    }
  });
}

test('the current part is marked in the sidebar, and the section in view is marked while scrolling', async () => {
  await page.goto(`${session.site.origin}/part-2/`);
  assert.equal(await page.locator('nav.sidebar-toc a[aria-current="page"]').getAttribute('href'), '/part-2/');
  await page.goto(`${session.site.origin}/part-2/#2-3`);
  await page.waitForFunction(
    () => document.querySelector('nav.sidebar-toc a[href$="#2-3"]')?.getAttribute('aria-current') === 'true',
  );
  const crumb = await page.locator('[data-breadcrumb-section]').textContent();
  assert.equal(crumb?.trim(), '第三，狠抓科技创新，增强内生动力。');
});

test('a breadcrumb leads from the home page (the table of contents) to the part; the home page has none', async () => {
  await page.goto(`${session.site.origin}/part-3/`);
  const crumbs = await page.locator('.breadcrumb li:not([hidden])').allTextContents();
  assert.deepEqual(
    crumbs.map((c) => c.trim()),
    ['目录', '三、提振干事创业的精神气神，推动三年行动各项任务落实落地'],
  );
  assert.equal(await page.locator('.breadcrumb a').first().getAttribute('href'), '/');
  await page.goto(`${session.site.origin}/`);
  assert.equal(await page.locator('.breadcrumb').count(), 0);
});

test('an item’s link mark opens the citation sheet; one button copies the plain URL, the other a citation', async () => {
  await page.goto(`${session.site.origin}/part-2/`);
  await page.locator('#p11').hover();
  await page.locator('[id="2-1-3"] .permalink').click();
  const sheet = page.getByRole('dialog', { name: '二、第一，三是' });
  await sheet.waitFor({ state: 'visible' });
  await sheet.getByRole('button', { name: '复制链接' }).click();
  assert.equal(await clipboard(), `${session.site.origin}/part-2/#2-1-3`);
  await sheet.getByRole('button', { name: '复制引用' }).click();
  assert.equal(await clipboard(), `《${TITLE}》，二、第一，三是（第11段）。${session.site.origin}/part-2/#2-1-3`);
  await sheet.getByRole('button', { name: '关闭' }).click();
  assert.equal(await sheet.isVisible(), false, 'the sheet can be dismissed');
});

test('the citation sheet works by keyboard from the paragraph number, on /full/ too, and Esc returns to it', async () => {
  await page.goto(`${session.site.origin}/full/`);
  await page.locator('#p30 .paragraph-number').focus();
  await page.keyboard.press('Enter');
  await page.locator('cite-tools').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), '复制链接');
  await page.keyboard.press('Enter');
  assert.equal(await clipboard(), `${session.site.origin}/full/#p30`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.match(await clipboard(), new RegExp(`^《${TITLE}》，三、第一（第30段）。${session.site.origin}/full/#p30$`));
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('cite-tools').isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.paragraph')?.id), 'p30');
});

test('paragraph numbers are links to their paragraph', async () => {
  await page.goto(`${session.site.origin}/part-3/`);
  await page.locator('#p35 .paragraph-number').click();
  assert.equal(new URL(page.url()).hash, '#p35');
  assert.ok(await page.locator('#p35').evaluate((p) => p.matches(':target')));
});

test('a link to a selection opens at those words, scrolled into view and highlighted', async () => {
  await page.goto(`${session.site.origin}/part-3/`);
  const phrase = '绳短不能汲深井，浅水难以负大舟。';
  await page.evaluate((phrase) => {
    const walker = document.createTreeWalker(document.querySelector('[data-speech]')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
  }, phrase);
  const control = page.locator('selection-bar');
  await control.waitFor({ state: 'visible' });
  // By keyboard: the control follows the selection's paragraph in tab order.
  await page.locator('selection-bar button', { hasText: '复制选段链接' }).focus();
  await page.keyboard.press('Enter');
  const url = await clipboard();
  assert.match(url, new RegExp(`^${session.site.origin}/part-3/#p3\\d:~:text=`));
  assert.ok(decodeURIComponent(url).includes('绳短不能汲深井'));

  const reader = await context.newPage();
  // Paint the browser's text-fragment highlight in a colour the test can find (a constructed sheet: no CSP exception needed).
  await reader.addInitScript(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('::target-text { background-color: rgb(255, 0, 255) !important; }');
    document.adoptedStyleSheets = [sheet];
  });
  await reader.goto(url);
  await reader.waitForFunction(() => scrollY > 200);
  const inView = await reader.evaluate((phrase) => {
    const p = [...document.querySelectorAll('.paragraph')].find((el) => el.textContent!.includes(phrase))!;
    const box = p.getBoundingClientRect();
    return box.top < innerHeight && box.bottom > 0;
  }, phrase);
  assert.ok(inView, 'the quoted paragraph is in view');
  // The page paints ::target-text in a test colour; the highlight is there if that colour is on screen.
  const shot = await reader.screenshot();
  assert.ok(countColour(decodePng(shot), [255, 0, 255]) > 100, 'the quoted words are highlighted');
  await reader.close();
});

test('on a phone the table of contents is a drawer that opens and closes by keyboard', async () => {
  const phone = await session.browser.newPage({ viewport: { width: 375, height: 740 } });
  await phone.goto(`${session.site.origin}/part-2/`);
  const menu = phone.locator('details.sidebar');
  const firstLink = phone.locator('nav.sidebar-toc a').first();
  assert.equal(await firstLink.isVisible(), false, 'closed at first');
  await phone.locator('details.sidebar > summary').focus();
  await phone.keyboard.press('Enter');
  assert.equal(await menu.getAttribute('open'), '');
  assert.equal(await firstLink.isVisible(), true);
  await phone.keyboard.press('Tab');
  assert.equal(await phone.evaluate(() => document.activeElement?.closest('nav')?.className), 'drawer-nav');
  // Esc is the drawer's script (the <details> itself opens and closes without one): it comes with the first focus.
  await phone.waitForFunction(() => customElements.get('contents-menu'));
  await phone.keyboard.press('Escape');
  assert.equal(await menu.getAttribute('open'), null, 'Esc closes it');
  assert.equal(
    await phone.evaluate(() => document.activeElement?.tagName),
    'SUMMARY',
    'focus returns to the menu button',
  );
  await phone.keyboard.press('Space');
  assert.equal(await menu.getAttribute('open'), '');
  await phone.keyboard.press('Space');
  assert.equal(await menu.getAttribute('open'), null);
  await phone.close();
});

test('on a wide screen the sidebar is always open without a menu button', async () => {
  await page.goto(`${session.site.origin}/`);
  assert.equal(await page.locator('nav.sidebar-toc a').first().isVisible(), true);
  assert.equal(await page.locator('details.sidebar > summary').isVisible(), false);
});
