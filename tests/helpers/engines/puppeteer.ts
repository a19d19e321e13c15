import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { call, type Engine, type InPage, type Tab } from './tab.ts';

// Debian's browsers: neither client can download its own here.
const BINARIES = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
// Firefox's first run fetches nothing from other hosts and keeps a 1 × DPR.
const FIREFOX_PREFS = { 'browser.shell.checkDefaultBrowser': false, 'layout.css.devPixelsPerPx': '1.0' };

/** Chromium through CDP or Firefox ESR through WebDriver BiDi, both headless. */
export async function launchPuppeteer(name: 'chromium' | 'firefox'): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: name === 'chromium' ? 'chrome' : 'firefox',
    executablePath: BINARIES[name],
    headless: true,
    args: name === 'chromium' ? CHROMIUM_ARGS : [],
    extraPrefsFirefox: FIREFOX_PREFS,
    protocolTimeout: 180_000,
  });
  return {
    name,
    async open() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(120_000);
      await page.setViewport({ width: 1280, height: 900 });
      return tab(name, page, () => context.close());
    },
    close: () => browser.close(),
  };
}

function tab(engine: 'chromium' | 'firefox', page: Page, close: () => Promise<void>): Tab {
  return {
    engine,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    url: async () => page.url(),
    run: <T>(script: InPage<T>, ...args: unknown[]) => page.evaluate(call(script, args)) as Promise<T>,
    async click(selector, text) {
      const handle = await page.waitForFunction(findVisible, {}, selector, text ?? null);
      await (handle as ElementHandle<Element>).click();
    },
    hover: (x, y) => page.mouse.move(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    resize: (width, height) => page.setViewport({ width, height }),
    close,
  };
}

/**
 * Runs in the page: the first visible element that matches, with that text if one is given, once it stands still for
 * two frames (a bar placed beside a selection moves once it is shown: a click on its old place would miss it).
 */
export async function findVisible(selector: string, text: string | null) {
  const find = () =>
    [...document.querySelectorAll<HTMLElement>(selector)].find(
      (el) => el.getClientRects().length > 0 && (text === null || el.textContent!.trim() === text),
    );
  const where = (el: HTMLElement | undefined) => el && JSON.stringify(el.getBoundingClientRect());
  const element = find();
  const before = where(element);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return element && find() === element && where(element) === before ? element : null;
}
