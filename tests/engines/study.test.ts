import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  closeClean,
  studyStyled,
  firstMove,
  open,
  selectWords,
  shotOf,
  until,
  useBuild,
  useEngine,
} from '../helpers/engines/reader.ts';
import type { Tab } from '../helpers/engines/tab.ts';
import { enginesToRun } from '../helpers/engines/tab.ts';
import { changedPixels, type Pixels } from '../helpers/png.ts';
import { THEMES } from '../../src/preferences/preferences.ts';
import { STORAGE_KEYS } from '../../src/shell/storage.ts';

const STORE_KEY = STORAGE_KEYS.studyRecords;

// The study tools in every engine, judged by what is on screen: each style changes its paragraph's pixels after a
// reload, and a paragraph nobody marked stays as it was (so the change is the mark, not the page moving).
const build = useBuild();
const STYLED = [
  ['直线', 'p12', '辽宁振兴首先要工业振兴'],
  ['马克笔', 'p13', '一是要推动传统产业提能级'],
  ['波浪线', 'p6', '稳是主基调'],
  ['摘抄', 'p14', '二是要推动新兴产业快发展'],
] as const;
const UNMARKED = 'p15';
const NOTED = ['p16', '辽宁是科教大省'] as const;
const NOTE = 'ok: 科教';
const SCHEMES = THEMES.filter((theme) => theme !== 'system');

/** Shots of the marked paragraphs and the unmarked one, by id. */
async function shots(tab: Tab): Promise<Record<string, Pixels>> {
  const taken: Record<string, Pixels> = {};
  for (const id of [...STYLED.map(([, id]) => id), UNMARKED]) taken[id] = await shotOf(tab, `#${id}`);
  return taken;
}

/** The page after a reload with passages saved: the study code (loaded on arrival, as passages are saved) has painted them. */
async function studyPainted(tab: Tab) {
  await firstMove(tab);
  await studyStyled(tab);
  // Painted as highlights or, where the engine has none, as <mark>s: then the pixels are compared.
  await until(tab, () => (CSS.highlights?.size ?? 0) > 0 || !!document.querySelector('mark.study-mark'));
  await until(tab, () => document.fonts.status === 'loaded');
}

/** Each marked paragraph changed, the unmarked one did not. */
function assertSeen(before: Record<string, Pixels>, after: Record<string, Pixels>, where: string) {
  for (const [style, id] of STYLED) {
    const changed = changedPixels(before[id]!, after[id]!);
    assert.ok(changed > 40, `${where}: ${style} on #${id} changed ${changed} pixels`);
  }
  assert.ok(changedPixels(before[UNMARKED]!, after[UNMARKED]!) < 10, `${where}: #${UNMARKED}, unmarked, is unchanged`);
}

async function highlight(tab: Tab, style: string, id: string, words: string) {
  await selectWords(tab, id, words);
  await tab.click('selection-bar .study-actions button', style);
  await until(tab, () =>
    /已划线|已摘抄/.test(document.querySelector('selection-bar .study-status')?.textContent ?? ''),
  ).catch(async (error: Error) => {
    // What the page shows, for the failure's message: the bar, its status and the selection.
    const state = await tab.run(() => ({
      bar: document.querySelector('selection-bar')?.outerHTML.slice(0, 200),
      status: document.querySelector('selection-bar .study-status')?.textContent,
      selection: String(getSelection()),
    }));
    throw new Error(`${error.message}\n${JSON.stringify(state)}`);
  });
}

async function writeNote(tab: Tab, id: string, words: string, note: string) {
  await selectWords(tab, id, words);
  await tab.click('selection-bar .study-actions button', '写想法');
  await until(tab, () => !!document.querySelector('.study-editor textarea'));
  await tab.click('.study-editor textarea');
  await tab.type(note);
  await tab.click('.study-editor button', '保存想法');
  await until(tab, () => /已保存/.test(document.querySelector('.study-editor .study-status')?.textContent ?? ''));
  await tab.click('.study-editor button', '关闭');
}

for (const name of enginesToRun(['chromium', 'firefox', 'webkit'])) {
  describe(`study tools in ${name}`, () => {
    const browser = useEngine(name);
    let store = '';

    test('直线, 马克笔, 波浪线, 摘抄 and 写想法 on /part-2/ are seen after a reload, listed on 摘抄本, and its link leads back to the words', async () => {
      const tab = await open(browser.engine, build.site, '/part-2/');
      await firstMove(tab);
      const before = await shots(tab);
      for (const [style, id, words] of STYLED) await highlight(tab, style, id, words);
      await writeNote(tab, ...NOTED, NOTE);
      store = await tab.run((key: string) => localStorage.getItem(key) ?? '', STORE_KEY);
      await tab.reload();
      await studyPainted(tab);
      assertSeen(before, await shots(tab), name);

      await tab.goto(`${build.site.origin}/notes/`);
      await until(tab, () => document.querySelectorAll('.notes-entry').length === 5);
      const listed = await tab.run(() =>
        [...document.querySelectorAll('.notes-entry')].map((entry) => ({
          words: entry.querySelector('.notes-words')?.textContent,
          note: entry.querySelector('.notes-note')?.textContent ?? '',
          href: entry.querySelector<HTMLAnchorElement>('.notes-place a')!.href,
        })),
      );
      assert.ok(
        listed.some((entry) => entry.note === `想法：${NOTE}`),
        JSON.stringify(listed),
      );
      const line = listed.find((entry) => entry.words === STYLED[0][2])!;
      assert.match(line.href, /\/part-2\/#p12:~:text=/);
      await tab.goto(line.href);
      await until(tab, () => scrollY > 100);
      await until(
        tab,
        (id: string) => {
          const box = document.getElementById(id)!.getBoundingClientRect();
          return (
            box.top >= document.querySelector('.site-header')!.getBoundingClientRect().bottom - 1 &&
            box.top < innerHeight
          );
        },
        'p12',
      );
      await closeClean(tab, build.site);
    });

    test('in light, dark and the four high-contrast schemes, each style changes its paragraph after a reload', async () => {
      assert.ok(store, 'the passages of the test before');
      const tab = await open(browser.engine, build.site, '/robots.txt');
      for (const theme of SCHEMES) {
        await tab.run((theme: string) => (localStorage.clear(), localStorage.setItem('theme', theme)), theme);
        await tab.goto(`${build.site.origin}/part-2/`);
        await firstMove(tab);
        const before = await shots(tab);
        await tab.run((key: string, store: string) => localStorage.setItem(key, store), STORE_KEY, store);
        await tab.reload();
        await studyPainted(tab);
        assertSeen(before, await shots(tab), `${name}, ${theme}`);
      }
      await closeClean(tab, build.site);
    });

    test('the JSON backup downloaded on 摘抄本 and imported into a fresh browser gives the same passages; twice adds nothing', async () => {
      assert.ok(store, 'the passages of the first test');
      const from = await open(browser.engine, build.site, '/notes/', { [STORE_KEY]: store });
      await until(from, () => document.querySelectorAll('.notes-entry').length === 5);
      // The download's boundary: the file the page hands the browser, read as it is handed over.
      await from.run(() => {
        const make = URL.createObjectURL;
        URL.createObjectURL = (blob: Blob) => (
          blob.text().then((text) => Object.assign(window, { __file: text })),
          make(blob)
        );
      });
      await from.click('[data-export="json"]');
      const backup = (await until(from, () => (window as unknown as { __file?: string }).__file))!;
      await closeClean(from, build.site);

      const to = await open(browser.engine, build.site, '/notes/');
      // The file chooser's boundary: the chosen file, put in the input as the browser does.
      const choose = (text: string) =>
        to.run((text: string) => {
          const input = document.querySelector<HTMLInputElement>('#notes-import')!;
          const files = new DataTransfer();
          files.items.add(new File([text], 'backup.json', { type: 'application/json' }));
          input.files = files.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }, text);
      await until(to, () => !!document.querySelector('#notes-import'));
      await choose(backup);
      await until(to, () => /新增5条/.test(document.querySelector('.notes-status')?.textContent ?? ''));
      await until(to, () => document.querySelectorAll('.notes-entry').length === 5);
      await choose(backup);
      await until(to, () => /没有变化/.test(document.querySelector('.notes-status')?.textContent ?? ''));
      assert.equal(await to.run(() => document.querySelectorAll('.notes-entry').length), 5);
      await closeClean(to, build.site);
    });

    test('the 直线 and 波浪线 buttons show their style on their names', async () => {
      const tab = await open(browser.engine, build.site, '/part-2/');
      await firstMove(tab);
      await selectWords(tab, 'p12', '工业是辽宁的命脉');
      await until(tab, () => !!document.querySelector('.study-style-2'));
      await studyStyled(tab);
      for (const sample of ['.study-style-0', '.study-style-2']) {
        const shown = await shotOf(tab, sample);
        await tab.run(
          (sample: string) => (document.querySelector<HTMLElement>(sample)!.style.textDecorationLine = 'none'),
          sample,
        );
        const plain = await shotOf(tab, sample);
        assert.ok(
          changedPixels(shown, plain) > 10,
          `${sample}: the sample is drawn (${changedPixels(shown, plain)} pixels)`,
        );
      }
      await closeClean(tab, build.site);
    });
  });
}
