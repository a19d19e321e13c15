import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../helpers/setup.ts';
import { axeViolations } from '../helpers/axe.ts';
import { countColour, decodePng } from '../helpers/png.ts';
import { FIRST_FIVE, firstMove, openPaused, showAt } from '../helpers/record.ts';

// 学习记录. The page's clock is Playwright's and stands still unless a test moves it: "long enough" and "a quick
// scroll" are times the test gives, never the machine's speed.
const session = useSite();
const open = (context: BrowserContext, path: string) => openPaused(context, `${session.site.origin}${path}`);
const readIds = (page: Page) =>
  page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('reading-record') ?? '{"read":{}}').read as object));

test('a quick scroll past part 二’s first five paragraphs marks none read; reading them for long enough does, and the export lists them', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const sent: string[] = [];
  context.on('request', (r) => {
    if (r.method() !== 'GET' || !r.url().startsWith(session.site.origin) || r.postData()) sent.push(r.url());
  });
  const page = await open(context, '/part-2/');
  await firstMove(page);
  // A fling: each paragraph in the middle of the screen for 0.3 s, then on to part 二's end.
  for (const id of FIRST_FIVE) {
    await showAt(page, id);
    await page.clock.runFor(300);
  }
  await showAt(page, 'p28');
  await page.clock.runFor(1_000);
  assert.deepEqual(
    (await readIds(page)).filter((id) => FIRST_FIVE.includes(id)),
    [],
  );

  // Read: each in the middle of the screen long enough for what is there at 500 字/分钟.
  for (const id of FIRST_FIVE) {
    await showAt(page, id);
    await page.clock.runFor(300_000);
  }
  const read = await readIds(page);
  for (const id of FIRST_FIVE) assert.ok(read.includes(id), `${id} read: ${read.join(' ')}`);

  const notes = await open(context, '/notes/');
  await firstMove(notes);
  const panel = notes.locator('reading-record');
  await panel.getByText('全文已读').waitFor();
  const [download] = await Promise.all([
    notes.waitForEvent('download'),
    panel.getByRole('button', { name: '下载学习记录' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^学习记录-2026-12-07\.txt$/);
  const text = await readFile((await download.path())!, 'utf8');
  assert.match(text, /^学习记录（本机记录，非学时凭证）$/m);
  assert.match(text, /^导出日期：2026-12-07$/m);
  assert.match(text, /^二、.*：已读 \d+ \/ 27 段$/m);
  assert.match(text, /^ {2}读过：第2段、第3段、第4段、第5段、第6段/m);
  assert.match(text, /^阅读时间：约 \d+ 分钟$/m);
  // The record stayed on the device: every request was a plain GET to the site itself.
  assert.deepEqual(sent, []);
  await context.close();
});

test('with the record switched off nothing new is stored, what was kept is said, and 清除 removes it', async () => {
  const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
  const kept = { read: { p29: '2026-12-06T01:00:00.000Z' }, time: {} };
  await context.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('reading-record', value);
    sessionStorage.setItem('seeded', '1');
  }, JSON.stringify(kept));
  const notes = await open(context, '/notes/');
  await firstMove(notes);
  const panel = notes.locator('reading-record');
  await panel.getByLabel('记录我的阅读').uncheck();
  await panel.getByText('记录已关闭，不再记下新的阅读。此前的记录（已读 1 段').waitFor();
  assert.equal(await notes.evaluate(() => localStorage.getItem('reading-record-off')), 'off');

  const page = await open(context, '/part-2/');
  await firstMove(page);
  for (const id of FIRST_FIVE) {
    await showAt(page, id);
    await page.clock.runFor(300_000);
  }
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
  assert.deepEqual(JSON.parse((await page.evaluate(() => localStorage.getItem('reading-record')))!), kept);
  // No bars while off.
  assert.equal(await page.locator('.record-bar').count(), 0);

  notes.once('dialog', (dialog) => void dialog.accept());
  await panel.getByRole('button', { name: '清除学习记录' }).click();
  await panel.getByText('学习记录已清除').waitFor();
  const cleared = JSON.parse((await notes.evaluate(() => localStorage.getItem('reading-record')))!);
  assert.deepEqual(cleared.read, {});
  await context.close();
});

test('two tabs reading at once lose nothing of each other’s paragraphs or time', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const one = await open(context, '/part-2/');
  const two = await open(context, '/part-3/');
  await firstMove(one);
  await firstMove(two);
  // Turn about: each tab writes over what the other wrote a moment before.
  for (const [page, id] of [
    [one, 'p3'],
    [two, 'p30'],
    [one, 'p10'],
    [two, 'p40'],
  ] as const) {
    await showAt(page, id);
    await page.clock.runFor(300_000);
  }
  const read = await one.evaluate(() => JSON.parse(localStorage.getItem('reading-record')!));
  for (const id of ['p3', 'p30', 'p10', 'p40']) assert.ok(id in read.read, `${id} kept`);
  // Two counters, one per tab, each with its own part's time.
  const parts = Object.values(read.time as Record<string, { parts: Record<string, number> }>).map((c) =>
    Object.keys(c.parts).join(),
  );
  assert.deepEqual(parts.sort(), ['part-2', 'part-3']);
  await context.close();
});

const SEEDED = {
  read: Object.fromEntries(FIRST_FIVE.map((id) => [id, '2026-12-06T01:00:00.000Z'])),
  time: { tab: { since: '2026-12-06T01:00:00.000Z', parts: { 'part-2': 600_000 } } },
};

for (const width of [375, 1280]) {
  test(`the bars show on the contents and 摘抄本 at ${width} px, drawn to scale, and axe finds nothing`, async () => {
    const context = await session.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    await context.addInitScript((value) => localStorage.setItem('reading-record', value), JSON.stringify(SEEDED));
    const home = await open(context, '/');
    await home.mouse.move(200, 200);
    const whole = home.locator('main .record-whole');
    await whole.waitFor();
    assert.match(await whole.innerText(), /全文已读 5 \/ 46 段[\s\S]*阅读时间：约 10 分钟/);
    const part2 = home.locator('main li[data-paragraphs="2-28"] > .record-bar');
    assert.equal(await part2.innerText(), '已读 5 / 27 段');
    // The bar is drawn: accent-coloured pixels across about 5/27 of its inner width.
    const progress = part2.locator('progress');
    const box = (await progress.boundingBox())!;
    const painted = countColour(decodePng(await progress.screenshot()), [155, 28, 18]);
    const share = painted / ((box.width - 2) * (box.height - 2));
    assert.ok(share > 0.12 && share < 0.26, `painted share ${share.toFixed(2)}`);
    // axe waits on timers: the clock runs again (this page shows no speech, so nothing is read meanwhile).
    await home.clock.resume();
    assert.deepEqual(await axeViolations(home), []);

    if (width >= 1280) {
      const part = await open(context, '/part-3/');
      await part.mouse.move(200, 200);
      await part.locator('.sidebar-toc li[data-paragraphs="2-28"] > .record-bar').waitFor();
      assert.equal(await part.locator('.sidebar-toc .record-bar').first().innerText(), '已读 0 / 1 段');
    }

    const notes = await open(context, '/notes/');
    await notes.mouse.move(200, 200);
    const panel = notes.locator('reading-record');
    await panel.getByText('全文已读 5 / 46 段').waitFor();
    assert.match(await panel.innerText(), /已读 5 \/ 27 段/);
    assert.match(await panel.innerText(), /每分钟 500 字/);
    assert.match(await panel.innerText(), /不发送到任何地方/);
    await notes.screenshot({ path: `test-results/record-notes-${width}.png`, fullPage: false });
    await notes.clock.resume();
    assert.deepEqual(await axeViolations(notes), []);

    // The Traditional edition shows the same record in its own strings.
    const hant = await open(context, '/zh-Hant/notes/');
    await hant.mouse.move(200, 200);
    await hant.locator('reading-record').getByText('全文已讀 5 / 46 段').waitFor();
    assert.match(await hant.locator('reading-record').innerText(), /本機記錄，非學時憑證/);
    await context.close();
  });
}
