import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { decodePng } from '../helpers/png.ts';
import { useSite } from '../helpers/setup.ts';

const session = useSite();

// The QR library's chunk in the build, known by its own error message rather than by a file name Vite picks.
const library = readdirSync('dist/_astro').find(
  (file) => file.endsWith('.js') && readFileSync(`dist/_astro/${file}`, 'utf8').includes('lean-qr error'),
);

/** What a phone's camera would read from a PNG: the text of the one QR code in it, or undefined. */
function scan(png: Buffer): string | undefined {
  const { data, width, height } = decodePng(png);
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width, height)?.data;
}

/** A reader's page that records every address it asks for. */
async function readerPage(width: number, colorScheme: 'light' | 'dark' = 'light') {
  const context = await session.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return { page, requests, close: () => context.close() };
}

/** The QR code the dialog shows, once drawn: scanned from the screen as it is shown. */
async function shownCode(page: Page) {
  const dialog = page.getByRole('dialog', { name: /二维码/ });
  await dialog.locator('.qr-save[href]').waitFor();
  const image = dialog.getByRole('img', { name: /二维码/ });
  const box = (await image.boundingBox())!;
  return { dialog, box, text: scan(await image.screenshot()) };
}

/** Opens paragraph 12's citation sheet from its number, then its 二维码. */
async function openParagraphCode(page: Page) {
  await page.locator('#p12 .paragraph-number').click();
  await page
    .locator('cite-tools')
    .getByRole('button', { name: /二维码/ })
    .click();
}

for (const width of [375, 1280])
  for (const theme of ['light', 'dark'] as const)
    test(`the 二维码 of paragraph 12 scans as its permalink, at ${width} px in the ${theme} theme`, async () => {
      const { origin } = session.site;
      const { page, requests, close } = await readerPage(width, theme);
      await page.goto(`${origin}/part-2/`);
      await openParagraphCode(page);
      const { dialog, box, text } = await shownCode(page);
      assert.equal(text, `${origin}/part-2/#p12`);
      // Printed under it, for a reader who cannot scan, and large enough to scan from a screen.
      assert.equal(await dialog.locator('.qr-address').textContent(), `${origin}/part-2/#p12`);
      assert.ok(box.width >= 200 && box.x >= 0 && box.x + box.width <= width, JSON.stringify(box));
      const background = await dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(background === 'rgb(21, 23, 27)', theme === 'dark', background);
      // Nothing from another origin: the library is the site's own file.
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')),
        [],
      );
      // Esc closes it, and the reader is back on the button that opened it.
      await page.keyboard.press('Escape');
      assert.equal(await dialog.isVisible(), false);
      assert.match((await page.evaluate(() => document.activeElement?.textContent)) ?? '', /二维码/);
      await close();
    });

test('the QR library is fetched only when a reader asks for a QR code', async () => {
  assert.ok(library, 'the build has a chunk with the QR library');
  const { origin } = session.site;
  const { page, requests, close } = await readerPage(1280);
  await page.goto(`${origin}/part-2/`);
  // The reader moves, opens the citation sheet and copies nothing: every other control has loaded by now.
  await page.mouse.move(200, 200);
  await page.locator('#p12 .paragraph-number').click();
  await page.getByRole('button', { name: '复制链接' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.ok(
    requests.some((url) => url.includes('/controls.')),
    'the controls have loaded',
  );
  assert.deepEqual(
    requests.filter((url) => url.endsWith(library)),
    [],
  );
  await page
    .locator('cite-tools')
    .getByRole('button', { name: /二维码/ })
    .click();
  await shownCode(page);
  assert.equal(requests.filter((url) => url.endsWith(library)).length, 1);
  await close();
});

test('保存图片 saves a PNG of the same code, named for its place', async () => {
  const { origin } = session.site;
  const { page, close } = await readerPage(375);
  await page.goto(`${origin}/part-2/`);
  await openParagraphCode(page);
  const { dialog } = await shownCode(page);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByText('保存图片').click()]);
  assert.equal(download.suggestedFilename(), '二维码-part-2-p12.png');
  const saved = readFileSync(await download.path());
  assert.equal(scan(saved), `${origin}/part-2/#p12`);
  await close();
});

test('本页二维码 in the footer of every kind of page scans as the page’s own address, without its query', async () => {
  const { origin } = session.site;
  const { page, close } = await readerPage(375);
  for (const path of ['/', '/terms/', '/part-3/']) {
    await page.goto(`${origin}${path}?utm=x#p30`);
    const button = page.getByRole('button', { name: '本页二维码' });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const { text } = await shownCode(page);
    assert.equal(text, `${origin}${path}`, path);
    await page.keyboard.press('Escape');
  }
  await close();
});
