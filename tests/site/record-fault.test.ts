import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext } from 'playwright-core';
import { useSite } from '../helpers/setup.ts';
import { firstMove, openPaused, refuseStorage, showAt } from '../helpers/record.ts';

// 学习记录 on storage that refuses to write (full, or blocked): told where the record writes, and nothing saved lost.
const session = useSite();
const open = (context: BrowserContext, path: string) => openPaused(context, `${session.site.origin}${path}`);

test('storage that refuses to write is told on 摘抄本, and reading goes on', async () => {
  const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
  await refuseStorage(context);
  const page = await open(context, '/part-2/');
  await firstMove(page);
  await showAt(page, 'p2');
  await page.clock.runFor(300_000);
  assert.equal(await page.evaluate(() => localStorage.getItem('reading-record')), null);
  const notes = await open(context, '/notes/');
  await firstMove(notes);
  const panel = notes.locator('reading-record');
  // The switch cannot be kept either: it says so, and shows the record as still on.
  await panel.getByLabel('记录我的阅读').click();
  await panel.getByText('学习记录未能保存').first().waitFor();
  assert.ok(await panel.getByLabel('记录我的阅读').isChecked());
  await context.close();
});

test('on a part page at 375 px a refused write is told over the text and in the contents, and what was saved stays', async () => {
  const context = await session.browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true });
  const saved = JSON.stringify({ read: { p29: '2026-12-06T01:00:00.000Z' }, time: {} });
  await context.addInitScript((value) => localStorage.setItem('reading-record', value), saved);
  await refuseStorage(context);
  const page = await open(context, '/part-2/');
  await firstMove(page);
  const notice = page.locator('.record-fault-notice');
  assert.equal(await notice.count(), 0, 'nothing told before the record writes');
  await showAt(page, 'p2');
  await page.clock.runFor(300_000);
  await notice.waitFor();
  assert.match(await notice.innerText(), /学习记录未能保存：这个浏览器不让本站保存数据/);
  // Seen: on the screen, and the topmost thing where it stands.
  const box = (await notice.boundingBox())!;
  assert.ok(box.y >= 0 && box.y + box.height <= 740 && box.x >= 0 && box.x + box.width <= 375, JSON.stringify(box));
  const top = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.record-fault-notice') !== null,
    [box.x + box.width / 2, box.y + 4],
  );
  assert.ok(top, 'the notice is not covered');
  // The contents say it too, in the drawer a phone opens.
  await page.locator('details.sidebar > summary').tap();
  await page.locator('nav.sidebar-toc .record-fault').waitFor({ state: 'visible' });
  await page.locator('details.sidebar > summary').tap();
  await notice.getByRole('button', { name: '知道了' }).tap();
  assert.equal(await notice.count(), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem('reading-record')), saved);
  await context.close();
});
