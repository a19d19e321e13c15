import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serveBuild, type TestServer } from './server.ts';
import { launch, type Engine, type EngineName, type InPage, type Tab } from './tab.ts';
import { changedPixels, crop, decodePng, type Pixels } from '../png.ts';
import { selectInPage } from '../study.ts';

// What the engines tier's tests share: the build served once a file, one engine a describe, and the reader's moves
// and looks that every test of the tier makes the same way in every engine.

/** The build, served for the tests of one file. */
export function useBuild(): { site: TestServer } {
  const session = {} as { site: TestServer };
  before(async () => void (session.site = await serveBuild()));
  after(() => session.site?.close());
  return session;
}

/** One engine, started for the tests of one describe. */
export function useEngine(name: EngineName): { engine: Engine } {
  const session = {} as { engine: Engine };
  before(async () => void (session.engine = await launch(name)), { timeout: 180_000 });
  after(() => session.engine?.close());
  return session;
}

const opened = new WeakMap<Tab, number>();
// WebKitWebDriver keeps one session at a time: a tab a failed test left open is closed before the next opens.
const lastTab = new Map<Engine, Tab>();

/** A new tab with its own storage; `saved` is put in localStorage before `path` loads, as a returning reader has it. */
export async function open(engine: Engine, site: TestServer, path: string, saved: Record<string, string> = {}) {
  await lastTab
    .get(engine)
    ?.close()
    .catch(() => undefined);
  const tab = await engine.open();
  lastTab.set(engine, tab);
  opened.set(tab, site.reports.length);
  if (Object.keys(saved).length) {
    await tab.goto(`${site.origin}/robots.txt`);
    await tab.run((saved: Record<string, string>) => Object.assign(localStorage, saved), saved);
  }
  await tab.goto(`${site.origin}${path}`);
  return tab;
}

/** Waits until the script returns something truthy (however long that takes, up to two minutes) and returns it. */
export async function until<T>(tab: Tab, script: InPage<T>, ...args: unknown[]): Promise<T> {
  const limit = Date.now() + 120_000;
  let last: unknown;
  for (;;) {
    // A page being replaced cannot run scripts for a moment: that is waited out too.
    const value = await tab.run(script, ...args).catch((error: unknown) => void (last = error));
    if (value) return value;
    if (Date.now() > limit) throw new Error(`never true: ${String(script).slice(0, 200)} (${String(last ?? value)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Everything the probes reported as wrong since the tab was opened (page errors, unhandled rejections, CSP
 * violations, console errors, failed loads); closes the tab.
 */
export async function problems(tab: Tab, site: TestServer): Promise<string[]> {
  const id = Math.random().toString(36).slice(2);
  // Beacons from one page arrive in order: once this one is in, so is every report sent before it.
  // A page still being parsed has not yet run the probe (its first script): wait for it rather than fail.
  await until(
    tab,
    (id: string) => {
      const mark = (window as unknown as { __mark?: (id: string) => void }).__mark;
      return typeof mark === 'function' && (mark(id), true);
    },
    id,
  );
  await site.next((r) => r.kind === 'mark' && r.message === id);
  await tab.close();
  for (const [engine, last] of lastTab) if (last === tab) lastTab.delete(engine);
  return site.reports
    .slice(opened.get(tab))
    .filter((r) => r.kind !== 'mark')
    .filter((r) => !(tab.engine === 'firefox' && harmlessInFirefox(r.message)))
    .map((r) => `${r.page}: ${r.kind}: ${r.message}`);
}

// Firefox fires `error` on a <link rel=modulepreload> of a module that is already loaded (guides/engines.md).
const harmlessInFirefox = (message: string) => /^link\[rel=modulepreload\]/.test(message);

/** Closes the tab and fails the test if any page in it reported a problem. */
export async function closeClean(tab: Tab, site: TestServer) {
  assert.deepEqual(await problems(tab, site), [], `no page errors or CSP violations in ${tab.engine}`);
}

/** The reader's first move: the pointer over the text, which loads the controls (src/client/site.ts). */
export async function firstMove(tab: Tab) {
  await tab.hover(300, 400);
  await tab.hover(320, 420);
  await until(tab, () => customElements.get('site-preferences') !== undefined);
}

/** Waits until the study tools' stylesheet, which their code adds when it starts, has loaded. */
export const studyStyled = (tab: Tab) =>
  until(tab, () =>
    [...document.querySelectorAll<HTMLLinkElement>('link[href*="/study."]')].some((link) => !!link.sheet),
  );

/** Selects words in a paragraph, as tests/helpers/study.ts does for Chromium alone. */
export const selectWords = (tab: Tab, id: string, words: string, occurrence = 0) =>
  tab.run(selectInPage, id, words, occurrence);

/** Two frames later: what the last change did is on screen. */
export const painted = (tab: Tab) =>
  tab.run(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));

/**
 * What the reader sees of an element: it is scrolled to the middle of the screen, and the part of it on screen below
 * the sticky header is cut out of a screenshot.
 */
export async function shotOf(tab: Tab, selector: string, scroll = true): Promise<Pixels> {
  // Waited for until the element has a box on screen (a bar may still be on its way).
  const box = (await until(
    tab,
    (selector: string, scroll: boolean) => {
      const element = document.querySelector(selector)!;
      if (scroll) element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      const rect = element.getBoundingClientRect();
      const header = (scroll && document.querySelector('.site-header')?.getBoundingClientRect().bottom) || 0;
      // Bars fixed over the foot of the screen (继续阅读, the selection bar) come and go: the shot of anything not in
      // them stops above them.
      const bars = [...document.querySelectorAll('body *')]
        .filter((el) => !el.contains(element) && !element.contains(el) && getComputedStyle(el).position === 'fixed')
        .map((el) => el.getBoundingClientRect())
        .filter((bar) => bar.height > 0 && bar.width > 0 && bar.top > innerHeight / 2)
        .map((bar) => bar.top);
      const top = Math.max(rect.top, header, 0);
      const bottom = Math.min(rect.bottom, innerHeight, ...bars);
      if (rect.width < 1 || bottom - top < 1 || document.fonts.status !== 'loaded') return null;
      return { x: rect.left, y: top, width: rect.width, height: bottom - top, scale: devicePixelRatio };
    },
    selector,
    scroll,
  ))!;
  await painted(tab);
  const { scale } = box;
  return crop(decodePng(await tab.screenshot()), {
    x: box.x * scale,
    y: box.y * scale,
    width: box.width * scale,
    height: box.height * scale,
  });
}

/** What the reader sees of the first time the words are in a paragraph: their line, in the middle of the screen. */
export async function shotOfWords(tab: Tab, id: string, words: string): Promise<Pixels> {
  const box = await tab.run(
    (id: string, words: string) => {
      const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        scrollBy({ top: range.getBoundingClientRect().top - innerHeight / 2, behavior: 'instant' as ScrollBehavior });
        const { left, top, width, height } = range.getBoundingClientRect();
        return { x: left - 4, y: top - 4, width: width + 8, height: height + 8, scale: devicePixelRatio };
      }
      throw new Error(`“${words}” is not in one text node of #${id}`);
    },
    id,
    words,
  );
  await painted(tab);
  const { scale } = box;
  const scaled = { x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale };
  return crop(decodePng(await tab.screenshot()), scaled);
}

/** Waits until the page has come to rest, scrolled, with the paragraph on screen below the header (or fails). */
export const landsOn = (tab: Tab, id: string) =>
  until(
    tab,
    async (id: string) => {
      const before = scrollY;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const box = document.getElementById(id)!.getBoundingClientRect();
      const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      const still = document.readyState === 'complete' && scrollY === before && scrollY > 100;
      return still && box.bottom > header && box.top < innerHeight;
    },
    id,
  );

/** The sticky header hides what scrolls under it: its pixels are the same with the speech hidden behind it. */
export async function headerOpaque(tab: Tab): Promise<number> {
  await tab.run(() => scrollTo(0, document.getElementById('p12')!.offsetTop));
  const over = await shotOf(tab, '.site-header', false);
  await tab.run(() => (document.querySelector<HTMLElement>('main')!.style.visibility = 'hidden'));
  const alone = await shotOf(tab, '.site-header', false);
  await tab.run(() => (document.querySelector<HTMLElement>('main')!.style.visibility = ''));
  return changedPixels(over, alone);
}
