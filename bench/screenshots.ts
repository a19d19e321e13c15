// `npm run bench:screenshots`: pictures of the built site for a person to look at (the tests assert; pictures are not
// verdicts): part 2 at 375 and 1280 px, light and dark, with the drawer and the settings open; 关怀模式 in every
// 配色 scheme; 朗读 with 大字幕. Needs a build (npm run build); writes bench-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launch, serve } from './measure/browser.ts';
import { standInForSpeech } from '../tests/helpers/speech-engine.ts';
import { THEMES } from '../src/preferences/preferences.ts';

const OUT = join(process.cwd(), 'bench-results', 'screenshots');
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };
const sized = (width: number): BrowserContextOptions => (width < 800 ? PHONE : { viewport: { width, height: 900 } });

/** A page in a fresh context, with 朗读's engine stood in (headless Chromium has no voices) and choices saved. */
async function open(browser: Browser, url: string, options: BrowserContextOptions, saved: Record<string, string> = {}) {
  const context = await browser.newContext(options);
  await standInForSpeech(context);
  await context.addInitScript((saved) => {
    for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
  }, saved);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const shoot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`) });

async function partTwo(browser: Browser, origin: string) {
  for (const theme of ['light', 'dark'] as const)
    for (const width of [375, 1280]) {
      const page = await open(browser, `${origin}/part-2/`, { ...sized(width), colorScheme: theme });
      await shoot(page, `part-2-${width}-${theme}`);
      if (width < 800) {
        await page.locator('.sidebar > summary').tap();
        await shoot(page, `part-2-${width}-${theme}-drawer`);
        await page.keyboard.press('Escape');
      }
      await page.locator('.preferences > summary').click();
      await shoot(page, `part-2-${width}-${theme}-settings`);
      await page.context().close();
    }
}

async function care(browser: Browser, origin: string) {
  for (const scheme of THEMES)
    for (const width of [375, 1280]) {
      const saved: Record<string, string> = scheme === 'system' ? { care: 'on' } : { care: 'on', theme: scheme };
      const page = await open(browser, `${origin}/part-2/`, sized(width), saved);
      await shoot(page, `care-${scheme}-${width}`);
      await page.context().close();
    }
}

async function readAloud(browser: Browser, origin: string) {
  for (const width of [375, 1280]) {
    const page = await open(browser, `${origin}/part-2/`, sized(width), { 'read-aloud-captions': 'on' });
    await page.locator('.read-open').click();
    await page.locator('read-aloud[data-captions] .read-caption:not(:empty)').waitFor();
    await shoot(page, `read-aloud-captions-${width}`);
    await page.context().close();
  }
}

mkdirSync(OUT, { recursive: true });
const site = await serve(process.cwd());
const browser = await launch();
try {
  await partTwo(browser, site.origin);
  await care(browser, site.origin);
  await readAloud(browser, site.origin);
  console.log(`screenshots: ${OUT}`);
} finally {
  await browser.close();
  await site.close();
}
