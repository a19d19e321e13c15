import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Request } from 'playwright-core';
import { useSite } from '../helpers/setup.ts';

const session = useSite();

test('a reader who read to paragraph 20 of part 二 is offered 继续阅读 there on the home page and on return, and can dismiss it', async () => {
  const { origin } = session.site;
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const sent: Request[] = [];
  context.on('request', (request) => sent.push(request));
  const reading = await context.newPage();
  await reading.goto(`${origin}/part-2/`);
  await reading.waitForLoadState('load');
  await reading.locator('#p20').evaluate((p) => p.scrollIntoView({ block: 'start' }));
  await reading.waitForFunction(() => localStorage.getItem('reading-positions')?.includes('"p20"'));

  const home = await context.newPage();
  await home.goto(`${origin}/`);
  // The prompt comes with the page's controls, on the reader's first move.
  await home.mouse.move(200, 200);
  const prompt = home.locator('resume-reading');
  await prompt.waitFor({ state: 'visible' });
  assert.equal(await prompt.locator('a').getAttribute('href'), '/part-2/#p20');
  assert.match(await prompt.innerText(), /继续阅读：二、第三，四是（第20段）/);
  await prompt.locator('a').click();
  await home.waitForURL(`${origin}/part-2/#p20`);
  assert.ok(await home.locator('#p20').evaluate((p) => p.matches(':target')));

  // Back on the part page from its top, the prompt offers the same place; closing it forgets the place.
  // The earlier pages are closed first: an open page would go on remembering where it is.
  await home.waitForFunction(() => localStorage.getItem('reading-positions')?.includes('"p20"'));
  await Promise.all([reading.close(), home.close()]);
  const returning = await context.newPage();
  await returning.goto(`${origin}/part-2/`);
  await returning.mouse.move(200, 200);
  const again = returning.locator('resume-reading');
  await again.waitFor({ state: 'visible' });
  assert.equal(await again.locator('a').getAttribute('href'), '/part-2/#p20');
  await again.getByRole('button', { name: '不再提示从这里继续阅读' }).click();
  assert.ok(await again.isHidden());
  await returning.reload();
  await returning.waitForLoadState('load');
  assert.equal(await returning.evaluate(() => localStorage.getItem('reading-positions')), '[]');
  assert.ok(await returning.locator('resume-reading').isHidden());

  // The place stayed on the device: every request was a plain GET to the site itself, with no body.
  const outgoing = sent.filter((r) => r.method() !== 'GET' || !r.url().startsWith(origin) || r.postData());
  assert.deepEqual(
    outgoing.map((r) => `${r.method()} ${r.url()}`),
    [],
  );
  await context.close();
});

test('without JavaScript the 继续阅读 prompt never shows', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/`);
  assert.ok(await page.locator('resume-reading').isHidden());
  await context.close();
});
