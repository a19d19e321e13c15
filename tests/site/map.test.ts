import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../helpers/setup.ts';
import { axeViolations } from '../helpers/axe.ts';
import { sourceLines } from '../helpers/source.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { THEMES } from '../../src/preferences/preferences.ts';

const session = useSite();
const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

/** The words of the speech as the tests read the source, and every interface string as a pattern of its fills. */
const SPEECH = sourceLines().join('');
const INTERFACE = Object.values(zhCN).map(
  (template) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+?')}$`, 'u'),
);

async function openMap(options: object = PHONE, theme?: string) {
  const context = await session.browser.newContext({ ...options, bypassCSP: true });
  if (theme) await context.addInitScript((theme) => localStorage.setItem('theme', theme), theme);
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/map/`);
  return page;
}

test('结构图 shows the 4 parts, the 10 sections and the 30 items and relationships, each linking to a place that exists', async () => {
  const page = await openMap();
  const map = page.locator('main .speech-map');
  assert.equal(await map.locator(':scope > li.map-part').count(), 4);
  assert.equal(await map.locator('li.map-section').count(), 10);
  assert.equal(await map.locator('li.map-relationship, .map-items > li').count(), 30);
  const hrefs = await map.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  // And the two counted formulas with their three members each.
  assert.equal(hrefs.length, 4 + 10 + 30 + 2 * (1 + 3));
  const pages = new Map<string, string>();
  for (const href of hrefs) {
    const url = new URL(href);
    if (!pages.has(url.pathname)) pages.set(url.pathname, await (await fetch(url.origin + url.pathname)).text());
    const html = pages.get(url.pathname)!;
    if (url.hash) assert.ok(html.includes(` id="${url.hash.slice(1)}"`), `${href}: no such id`);
  }
  // The same structure with no styles: a list of the parts, each with a list of its branches, and their items.
  assert.equal(await page.locator('main ol.speech-map > li > ol > li > ol > li').count(), 26);
  await page.context().close();
});

test('结构图 carries nothing but the speech’s own words and the site’s interface strings', async () => {
  const page = await openMap();
  const texts = await page.locator('main').evaluate((main) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent!.trim()) found.push(node.textContent!.trim());
    return found;
  });
  assert.ok(texts.length > 52, `${texts.length} texts`);
  // The counted formulas are among them: each phrase, and its members under it.
  const formulas = await page
    .locator('main .map-formula')
    .evaluateAll((found) => found.map((f) => [...f.querySelectorAll('a')].map((a) => a.textContent!.trim())));
  assert.deepEqual(formulas, [
    [
      '行动方案提出了三个“坚决不要”的要求',
      '坚决不要带水分的经济增长',
      '坚决不要带污染的经济增长',
      '坚决不要带血的经济增长',
    ],
    ['三个“万亿突破”', '固定资产投资', '招商引资实际到位资金', '进出口总额'],
  ]);
  for (const words of formulas.flat()) assert.ok(texts.includes(words), words);
  const foreign = texts.filter((text) => !SPEECH.includes(text) && !INTERFACE.some((pattern) => pattern.test(text)));
  assert.deepEqual(foreign, []);
  await page.context().close();
});

test('on a 375 px phone 结构图 reads top to bottom with no sideways scrolling, and prints on one A4 page', async () => {
  const page = await openMap();
  assert.deepEqual(await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]), [375, 375]);
  // Each section is below the one before it: one column.
  const tops = await page
    .locator('li.map-section')
    .evaluateAll((sections) => sections.map((s) => s.getBoundingClientRect()).map((box) => [box.left, box.top]));
  for (let i = 1; i < tops.length; i++) assert.ok(tops[i]![1]! > tops[i - 1]![1]!, `section ${i + 1} below ${i}`);
  const pdf = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1');
  assert.deepEqual(/\/Type \/Pages[^>]*\/Count (\d+)/.exec(pdf)?.[1], '1', 'one A4 page');
  await page.context().close();
});

for (const theme of THEMES.filter((theme) => theme !== 'system'))
  test(`结构图 in 配色 ${theme} has no accessibility violation`, async () => {
    const page = await openMap({ viewport: { width: 1280, height: 900 } }, theme);
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });

test('/zh-Hant/map/ draws the same counted formulas, converted, each linking into the Traditional edition', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/zh-Hant/map/`);
  const links = await page
    .locator('main .map-formula a')
    .evaluateAll((found) => found.map((a) => [a.textContent!.trim(), new URL((a as HTMLAnchorElement).href).pathname]));
  assert.equal(links.length, 8);
  assert.deepEqual(links[3], ['堅決不要帶血的經濟增長', '/zh-Hant/part-2/']);
  await context.close();
});
