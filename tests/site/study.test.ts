import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import mammoth from 'mammoth';
import { useSite } from '../helpers/setup.ts';
import { serveSite } from '../helpers/site.ts';
import { countColour, decodePng } from '../helpers/png.ts';
import { barShown, paintedWords, pointOf, selectWords } from '../helpers/study.ts';
import { loadSpeech } from '../../src/speech/load.ts';
import { speechPaths } from '../../src/speech/paths.ts';
import { hashText } from '../../src/study/model.ts';
import { axeViolations } from '../helpers/axe.ts';

const session = useSite();
mkdirSync('test-results', { recursive: true });

const WORDS = '辽宁振兴首先要工业振兴';
const NOTE = '关键在工业。';
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

async function reader(options: BrowserContextOptions = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext(options);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.site.origin });
  return { context, page: await context.newPage() };
}

/** Selects the words, then 划线 in a style, then 写想法 with a note, through the bar as a reader does. */
async function highlightWithNote(page: Page, id: string, words: string, note: string, style = '马克笔') {
  await selectWords(page, id, words);
  await barShown(page);
  await page.locator('selection-bar button', { hasText: '写想法' }).click();
  const editor = page.locator('.study-editor');
  await editor.waitFor({ state: 'visible' });
  await editor.locator('button', { hasText: style }).click();
  await editor.locator('textarea').fill(note);
  await editor.locator('button', { hasText: '保存想法' }).click();
  await editor.locator('.study-status', { hasText: '已保存' }).waitFor();
  await editor.locator('button', { hasText: '关闭' }).click();
}

const stored = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('liaoning-speech:study:v1') ?? '[]') as {
        exact: string;
        note: string;
        deleted?: boolean;
      }[],
  );

// A saved passage is found again by its paragraph's hash: the hash the study code took in the browser must be the
// build's, and every paragraph's text on the page the build's text, or passages saved on one page go astray on another.
test("a passage saved in the browser carries the hash of the build's text for its paragraph, and every paragraph's text on /full/ is the build's", async () => {
  const { outline } = loadSpeech(speechPaths);
  const { context, page } = await reader();
  const built = Object.fromEntries(outline.parts.flatMap((p) => p.paragraphs).map((p) => [p.id, p.text]));
  await page.goto(`${session.site.origin}/full/`);
  const texts = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-speech] .paragraph')].map((p) => [p.id, p.textContent!])),
  );
  assert.deepEqual(Object.keys(texts).sort(), Object.keys(built).sort());
  for (const [id, text] of Object.entries(texts)) assert.equal(text, built[id], id);
  await selectWords(page, 'p12', WORDS);
  await barShown(page);
  await page.locator('selection-bar button', { hasText: '摘抄' }).click();
  await page.waitForFunction(() => localStorage.getItem('liaoning-speech:study:v1'));
  const [saved] = (await stored(page)) as { paragraph?: string; hash?: string }[];
  assert.equal(saved?.paragraph, 'p12');
  assert.equal(saved?.hash, hashText(built.p12!), 'the hash the browser took');
  await context.close();
});

for (const [name, options] of [
  ['at 1280 px', DESKTOP],
  ['at 375 px with touch', PHONE],
] as const) {
  test(`${name}: words of /part-2/#p12 highlighted with a note are painted again after a reload, open on a tap, and are listed on 摘抄本 with a link back that marks them`, async () => {
    const { context, page } = await reader(options);
    await page.goto(`${session.site.origin}/part-2/#p12`);
    await highlightWithNote(page, 'p12', WORDS, NOTE);
    await page.reload();
    // The controls (and with saved passages, the study code) load on the first move.
    await page.mouse.move(200, 300);
    await page.waitForFunction(() => CSS.highlights.has('study-marker'));
    assert.deepEqual(await paintedWords(page), { 'study-marker': [`p12:${WORDS}`] });
    assert.equal(
      await page
        .locator('#p12')
        .textContent()
        .then((t) => t!.includes(WORDS)),
      true,
      'the text is unchanged',
    );
    assert.equal(await page.locator('#p12 mark').count(), 0, 'no element was added to the speech');

    const point = await pointOf(page, 'p12', WORDS);
    if (options.hasTouch) await page.touchscreen.tap(point.x, point.y);
    else await page.mouse.click(point.x, point.y);
    const editor = page.locator('.study-editor');
    await editor.waitFor({ state: 'visible' });
    assert.equal(await editor.locator('textarea').inputValue(), NOTE);
    assert.equal(await editor.locator('button[aria-pressed="true"]').textContent(), '马克笔');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden' });

    await page.goto(`${session.site.origin}/notes/`);
    const entry = page.locator('.notes-entry');
    await entry.waitFor();
    assert.equal(await entry.count(), 1);
    assert.equal(await entry.locator('.notes-place a').textContent(), '二、第二 · 第12段');
    assert.equal(await entry.locator('.notes-words').textContent(), WORDS);
    assert.equal(await entry.locator('.notes-note').textContent(), `想法：${NOTE}`);
    assert.match((await entry.locator('time').textContent()) ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.match((await page.locator('.notes-summary').textContent()) ?? '', /共1条：摘抄11字，想法6字/);
    const link = (await entry.locator('.notes-place a').getAttribute('href'))!;
    assert.match(link, /\/part-2\/#p12:~:text=/);

    // The link back, opened as a reader does, marks the words (the browser's own text-fragment highlight).
    const back = await context.newPage();
    await back.addInitScript(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '::target-text { background-color: rgb(255, 0, 255) !important; color: rgb(255, 0, 255) !important; }',
      );
      document.adoptedStyleSheets = [sheet];
    });
    await back.goto(link);
    await back.waitForFunction(() => scrollY > 100);
    const box = await back.locator('#p12').boundingBox();
    const shot = await back.screenshot({ clip: box! });
    assert.ok(countColour(decodePng(shot), [255, 0, 255]) > 100, 'the words are marked in their paragraph');
    await context.close();
  });
}

test('the bar never covers the selected words, and is reached and used from the keyboard', async () => {
  for (const options of [DESKTOP, PHONE]) {
    const { context, page } = await reader(options);
    await page.goto(`${session.site.origin}/part-2/#p12`);
    await selectWords(page, 'p12', '我省工业产业体系完备');
    await barShown(page);
    // Placed after the selection is still (on a touch screen, after a pause for the handles' drag).
    await page.waitForTimeout(500);
    const overlap = await page.evaluate(() => {
      const words = getSelection()!.getRangeAt(0).getBoundingClientRect();
      const bar = document.querySelector('selection-bar')!.getBoundingClientRect();
      return words.bottom > bar.top && words.top < bar.bottom && words.right > bar.left && words.left < bar.right;
    });
    assert.equal(overlap, false, `${options.viewport!.width} px: the bar is clear of the words`);
    await page.locator('#p12 .paragraph-number').focus();
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      '直线',
      'the bar follows the paragraph in tab order',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('selection-bar .study-status', { hasText: '已划线' }).waitFor();
    assert.deepEqual(await paintedWords(page), { 'study-marker': ['p12:我省工业产业体系完备'] });
    await context.close();
  }
});

test('where the Custom Highlight API is missing, saved passages are shown with marks that keep the text as it was', async () => {
  const { context, page } = await reader();
  await context.addInitScript(() => {
    Reflect.deleteProperty(CSS, 'highlights');
  });
  await page.goto(`${session.site.origin}/part-2/#p12`);
  const text = await page.locator('#p12').textContent();
  await selectWords(page, 'p12', WORDS);
  await barShown(page);
  await page.locator('selection-bar button', { hasText: '波浪线' }).click();
  const mark = page.locator('#p12 mark.study-wave');
  await mark.waitFor();
  assert.equal(await mark.textContent(), WORDS);
  assert.equal(await page.locator('#p12').textContent(), text, "the paragraph's text is unchanged");
  assert.match(await mark.evaluate((m) => getComputedStyle(m).textDecorationStyle), /wavy/);
  await context.close();
});

test('printed, 摘抄本 is a clean 学习笔记: title, the name and date typed in, each entry with its 出处, no site chrome or tools', async () => {
  const { context, page } = await reader();
  await page.goto(`${session.site.origin}/part-2/`);
  await highlightWithNote(page, 'p12', WORDS, NOTE);
  await page.goto(`${session.site.origin}/notes/`);
  await page.locator('.notes-entry').waitFor();
  await page.locator('#notes-name').fill('张三');
  await page.emulateMedia({ media: 'print' });
  const shown = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((e) => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0);
  for (const chrome of ['.site-header', '.sidebar', '.site-footer', '.notes-tools', 'main > h1'])
    assert.equal(await shown(chrome), false, `${chrome} is not printed`);
  for (const part of ['.notes-print-heading', '.notes-entry', '.notes-source', '.notes-note'])
    assert.equal(await shown(part), true, `${part} is printed`);
  assert.match((await page.locator('.notes-print-heading').textContent()) ?? '', /姓名：张三/);
  assert.match(
    await page.locator('.notes-print-heading').evaluate((e) => getComputedStyle(e, '::before').content),
    /学习笔记/,
  );
  await page.pdf({ path: 'test-results/notes-print.pdf' });
  await context.close();
});

test('a note with markup shows as those characters everywhere, runs nothing and breaks no Content-Security-Policy rule', async () => {
  const { context, page } = await reader();
  const note = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await context.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${session.site.origin}/part-2/`);
  await highlightWithNote(page, 'p12', WORDS, note);
  const point = await pointOf(page, 'p12', WORDS);
  await page.mouse.click(point.x, point.y);
  await page.locator('.study-editor').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.study-editor textarea').inputValue(), note);
  await page.goto(`${session.site.origin}/notes/`);
  await page.locator('.notes-note').waitFor();
  assert.equal(await page.locator('.notes-note').textContent(), `想法：${note}`);
  assert.equal(await page.locator('study-notes img').count(), 0);
  const copied = await page.evaluate(async () => {
    document.querySelector<HTMLButtonElement>('[data-export="copy-md"]')!.click();
    await new Promise((r) => setTimeout(r, 300));
    return navigator.clipboard.readText();
  });
  assert.ok(copied.includes('\\<img src=x onerror=alert(1)\\>'), 'Markdown escapes it as text');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
  await context.close();
});

/** Imports a file through 导入备份 and gives the status line's words. */
async function importFile(page: Page, name: string, buffer: Buffer): Promise<string> {
  const status = page.locator('.notes-status');
  await page.evaluate(() => (document.querySelector('.notes-status')!.textContent = ''));
  await page.locator('#notes-import').setInputFiles({ name, mimeType: 'application/json', buffer });
  await page.waitForFunction(() => document.querySelector('.notes-status')!.textContent !== '');
  return (await status.textContent()) ?? '';
}

test('a JSON backup from one browser imported into a fresh one gives the same highlights and notes; twice adds nothing; a version-1 file still imports; a truncated, other-version or 20 MB file is refused and changes nothing', async () => {
  const first = await reader();
  await first.page.goto(`${session.site.origin}/part-2/`);
  await highlightWithNote(first.page, 'p12', WORDS, NOTE, '波浪线');
  await highlightWithNote(first.page, 'p6', '稳是主基调', '稳中求进', '直线');
  const painted = await paintedWords(first.page);
  await first.page.goto(`${session.site.origin}/notes/`);
  const [file] = await Promise.all([
    first.page.waitForEvent('download'),
    first.page.locator('[data-export="json"]').click(),
  ]);
  const backup = readFileSync((await file.path())!);
  assert.match((await first.page.locator('.notes-backup-state').textContent()) ?? '', /上次备份：\d{4}-/);
  const parsed = JSON.parse(backup.toString()) as {
    format: string;
    version: number;
    items: { target: { selector: { type: string; refinedBy: { type: string } }[] } }[];
  };
  // Version 4: the study records, 自测's schedule, 学习记录 and the 心得提纲 (docs/study-backup.md).
  assert.equal(parsed.version, 4);
  assert.deepEqual(
    parsed.items[0]!.target.selector.map((s) => `${s.type}/${s.refinedBy.type}`),
    ['FragmentSelector/TextQuoteSelector', 'FragmentSelector/TextPositionSelector'],
  );
  await first.context.close();

  const fresh = await reader();
  await fresh.page.goto(`${session.site.origin}/notes/`);
  assert.match(await importFile(fresh.page, 'backup.json', backup), /新增2条/);
  assert.equal(await fresh.page.locator('.notes-entry').count(), 2);
  assert.match(await importFile(fresh.page, 'backup.json', backup), /没有变化/);
  // A version-1 file (the format before 自测's schedule joined it) still imports.
  const v1 = Buffer.from(backup.toString().replace('"version": 4', '"version": 1'));
  assert.match(await importFile(fresh.page, 'v1.json', v1), /没有变化/);
  assert.equal(await fresh.page.locator('.notes-entry').count(), 2);
  const before = await stored(fresh.page);

  const text = backup.toString();
  const refusals: [string, Buffer, RegExp][] = [
    ['truncated.json', Buffer.from(text.slice(0, text.length / 2)), /不是完整的 JSON/],
    ['v5.json', Buffer.from(text.replace('"version": 4', '"version": 5')), /版本是 5/],
    ['big.json', Buffer.alloc(20_000_000, 32), /20\.0 MB，超过/],
  ];
  for (const [name, buffer, message] of refusals) {
    assert.match(await importFile(fresh.page, name, buffer), message, name);
    assert.deepEqual(await stored(fresh.page), before, `${name} leaves the saved entries as they were`);
    assert.equal(await fresh.page.locator('.notes-entry').count(), 2);
  }
  await fresh.page.goto(`${session.site.origin}/part-2/`);
  await fresh.page.mouse.move(200, 300);
  await fresh.page.waitForFunction(() => CSS.highlights.has('study-wave'));
  assert.deepEqual(await paintedWords(fresh.page), painted);
  const point = await pointOf(fresh.page, 'p6', '稳是主基调');
  await fresh.page.mouse.click(point.x, point.y);
  await fresh.page.locator('.study-editor').waitFor({ state: 'visible' });
  assert.equal(await fresh.page.locator('.study-editor textarea').inputValue(), '稳中求进');
  await fresh.context.close();
});

test('two tabs adding entries at the same time both keep every entry', async () => {
  const { context, page } = await reader();
  const other = await context.newPage();
  await Promise.all([page.goto(`${session.site.origin}/part-2/`), other.goto(`${session.site.origin}/part-2/`)]);
  await selectWords(page, 'p12', WORDS);
  await selectWords(other, 'p6', '稳是主基调');
  await Promise.all([barShown(page), barShown(other)]);
  await Promise.all([
    page.locator('selection-bar button', { hasText: '直线' }).click(),
    other.locator('selection-bar button', { hasText: '波浪线' }).click(),
  ]);
  await page.locator('selection-bar button', { hasText: '摘抄' }).click();
  await other.waitForFunction(() => JSON.parse(localStorage.getItem('liaoning-speech:study:v1')!).length === 3);
  const notes = await context.newPage();
  await notes.goto(`${session.site.origin}/notes/`);
  await notes.locator('.notes-entry').first().waitFor();
  assert.equal(await notes.locator('.notes-entry').count(), 3);
  for (const tab of [page, other]) {
    await tab.waitForFunction(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) === 3);
  }
  await context.close();
});

test('storage that throws says so at once and offers the copy and the download of what was just made', async () => {
  const { context, page } = await reader();
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(`${session.site.origin}/part-2/`);
  await selectWords(page, 'p12', WORDS);
  await barShown(page);
  await page.locator('selection-bar button', { hasText: '马克笔' }).click();
  const status = page.locator('selection-bar .study-status');
  assert.match((await status.textContent()) ?? '', /无法保存在本机/);
  await status.locator('button', { hasText: '复制刚才的内容' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes(WORDS) && copied.includes('第12段') && copied.includes('/part-2/#p12'), copied);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    status.locator('button', { hasText: '下载 .txt' }).click(),
  ]);
  assert.ok(readFileSync((await file.path())!, 'utf8').includes(WORDS));
  await context.close();
});

test('the .txt, .md and .docx exports and their copy twins give each excerpt, its note, its GB/T 7714 citation and its permalink', async () => {
  const { context, page } = await reader();
  await page.goto(`${session.site.origin}/part-2/`);
  await highlightWithNote(page, 'p12', WORDS, NOTE);
  await selectWords(page, 'p6', '稳是主基调');
  await page.locator('selection-bar button', { hasText: '摘抄' }).click();
  await page.goto(`${session.site.origin}/notes/`);
  await page.locator('#notes-name').fill('张三');
  const entries = page.locator('.notes-entry');
  await entries.first().waitFor();
  const links = await entries
    .locator('.notes-place a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const citations = (await entries.locator('.notes-source').allTextContents()).map((t) => t.replace(/^出处：/, ''));
  assert.equal(citations.length, 2);
  assert.match(citations[0]!, /\[EB\/OL\]\. .*\[\d{4}-\d{2}-\d{2}\]\. http:\/\/127\.0\.0\.1:\d+\/part-2\/#p6\.$/);
  const downloaded = async (kind: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
    return readFileSync((await file.path())!);
  };
  const copiedAs = async (kind: string) => {
    await page.locator(`[data-export="${kind}"]`).click();
    await page.locator('.notes-status', { hasText: '已复制' }).waitFor();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const docx = await downloaded('docx');
  const outputs = {
    txt: (await downloaded('txt')).toString(),
    md: (await downloaded('md')).toString(),
    docx: (await mammoth.extractRawText({ buffer: docx })).value,
    'copy-text': await copiedAs('copy-text'),
    'copy-md': await copiedAs('copy-md'),
  };
  for (const [kind, text] of Object.entries(outputs)) {
    for (const expected of [WORDS, '稳是主基调', NOTE, ...citations, ...links, '二、第二 · 第12段', '姓名：张三'])
      assert.ok(text.includes(expected), `${kind} holds ${expected}`);
  }
  assert.equal(outputs.txt, outputs['copy-text']);
  assert.equal(outputs.md, outputs['copy-md']);
  await context.close();
});

test('a selection link made from 三年行动 in paragraph 6 of /part-2/ opens at that occurrence and marks it, not the heading', async () => {
  const { context, page } = await reader();
  await page.goto(`${session.site.origin}/part-2/`);
  await selectWords(page, 'p6', '三年行动');
  await page.locator('selection-bar').waitFor({ state: 'visible' });
  await page.locator('selection-bar button', { hasText: '复制选段链接' }).click();
  await page.locator('selection-bar .cite-status', { hasText: '已复制' }).waitFor();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(url, /#p6:~:text=.+-,|,-/, url);
  const reader2 = await context.newPage();
  await reader2.addInitScript(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '::target-text { background-color: rgb(255, 0, 255) !important; color: rgb(255, 0, 255) !important; }',
    );
    document.adoptedStyleSheets = [sheet];
  });
  await reader2.goto(url);
  await reader2.waitForFunction(() => scrollY > 200);
  const magenta = async (selector: string) => {
    const box = await reader2.locator(selector).boundingBox();
    if (!box || box.y + box.height < 0 || box.y > 900) return 0;
    return countColour(decodePng(await reader2.screenshot({ clip: box })), [255, 0, 255]);
  };
  assert.ok((await magenta('#p6')) > 50, 'paragraph 6 is in view with the words marked');
  assert.equal(await magenta('h1'), 0, 'the heading is not marked');
  await context.close();
});

test('offline after one visit, 摘抄本 opens and lists the entries', async () => {
  const port = 5400 + Math.floor(Math.random() * 90);
  const site = await serveSite({ port });
  const context = await session.browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(`${site.origin}/part-2/`);
  await highlightWithNote(page, 'p12', WORDS, NOTE);
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.ready;
      const keys = await caches.keys();
      if (!registration.active || keys.length !== 1) return false;
      const cache = await caches.open(keys[0]!);
      return Boolean(await cache.match(new URL('/notes/', location.href).href)) && (await cache.keys()).length > 100;
    },
    undefined,
    { timeout: 60_000 },
  );
  await site.close();
  await context.setOffline(true);
  await page.goto(`${site.origin}/notes/`);
  await page.locator('.notes-entry').waitFor();
  assert.equal(await page.locator('.notes-words').textContent(), WORDS);
  await context.close();
});

const THEMES = ['light', 'dark'] as const;

test('axe finds nothing on 摘抄本 (empty and filled) or with the bar and the editor open, in both themes; screenshots at 375 and 1280 px', async () => {
  for (const [width, options] of [
    [375, PHONE],
    [1280, DESKTOP],
  ] as const) {
    for (const theme of THEMES) {
      const context = await session.browser.newContext({ ...options, colorScheme: theme, bypassCSP: true });
      const page = await context.newPage();
      const axe = async (where: string) => {
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${where} at ${width} px (${theme})`);
      };
      await page.goto(`${session.site.origin}/notes/`);
      await axe('empty 摘抄本');
      await page.goto(`${session.site.origin}/part-2/#p12`);
      await highlightWithNote(page, 'p12', WORDS, NOTE);
      await selectWords(page, 'p6', '稳是主基调');
      await page.locator('selection-bar button', { hasText: '摘抄' }).click();
      await selectWords(page, 'p12', '我省工业产业体系完备');
      await barShown(page);
      await page.screenshot({ path: `test-results/study-bar-${width}-${theme}.png` });
      await axe('the bar open');
      await page.locator('selection-bar button', { hasText: '波浪线' }).click();
      const point = await pointOf(page, 'p12', WORDS);
      await page.mouse.click(point.x, point.y);
      await page.locator('.study-editor').waitFor({ state: 'visible' });
      await page.screenshot({ path: `test-results/study-editor-${width}-${theme}.png` });
      await axe('the editor open');
      await page.goto(`${session.site.origin}/notes/`);
      await page.locator('.notes-entry').first().waitFor();
      await page.screenshot({ path: `test-results/notes-${width}-${theme}.png`, fullPage: true });
      await axe('摘抄本 filled');
      await context.close();
    }
  }
});

test('nothing a reader saves leaves the device: every request while highlighting, noting and exporting is a GET to the site itself', async () => {
  const { context, page } = await reader();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await page.goto(`${session.site.origin}/part-2/`);
  await highlightWithNote(page, 'p12', WORDS, NOTE);
  await page.goto(`${session.site.origin}/notes/`);
  await page.locator('.notes-entry').waitFor();
  await Promise.all([page.waitForEvent('download'), page.locator('[data-export="docx"]').click()]);
  await Promise.all([page.waitForEvent('download'), page.locator('[data-export="json"]').click()]);
  const away = requests.filter((r) => !r.startsWith(`GET ${session.site.origin}/`) && !/^GET (data|blob):/.test(r));
  assert.deepEqual(away, []);
  assert.ok(
    requests.some((r) => r.includes('notes-docx-worker')),
    'the Word writer came from the site',
  );
  await context.close();
});
