import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseHtml } from 'parse5';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { newPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/setup.ts';

// Reads the production build that `npm test` makes before the browser tests.
const DIST = 'dist';
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const simplifiedPages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('zh-Hant/') && !f.startsWith('pagefind/'))
  .sort();

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

/** What a reader meets on a page, read from its HTML: ids in order, the speech's blocks' text, links, the html lang. */
function readPage(html: string) {
  const ids: string[] = [];
  const blocks = new Map<string, string>();
  const links: { href: string; switch: boolean }[] = [];
  let lang = '';
  const text = (node: Node): string =>
    node.nodeName === '#text'
      ? (node.value ?? '')
      : attr(node, 'data-editorial') !== undefined
        ? ''
        : (node.childNodes ?? []).map(text).join('');
  const visit = (node: Node, speech: boolean) => {
    const id = attr(node, 'id');
    if (node.nodeName === 'html') lang = attr(node, 'lang') ?? '';
    const inSpeech = speech || attr(node, 'data-speech') !== undefined;
    if (id) {
      ids.push(id);
      if (inSpeech) blocks.set(id, text(node));
    }
    const href = attr(node, 'href');
    if (node.nodeName === 'a' && href) links.push({ href, switch: attr(node, 'data-edition-switch') !== undefined });
    for (const child of node.childNodes ?? []) visit(child, inSpeech);
  };
  visit(parseHtml(html) as unknown as Node, false);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  return { ids, blocks, links, lang, title };
}

describe('the Traditional edition, from the built HTML', () => {
  test('every Simplified page has its twin under /zh-Hant/, lang="zh-Hant", with the same ids in the same order', () => {
    assert.ok(simplifiedPages.length >= 11, simplifiedPages.join());
    for (const file of simplifiedPages) {
      const simplified = readPage(read(file));
      const traditional = readPage(read(`zh-Hant/${file}`));
      assert.equal(simplified.lang, 'zh-CN', file);
      assert.equal(traditional.lang, 'zh-Hant', file);
      assert.deepEqual(traditional.ids, simplified.ids, file);
    }
  });

  // Not the build's own round trip again (that converter would agree with itself): what a reader can check by eye.
  // A block keeps every character in its place, only Han characters change, and part 2's heading reads as written.
  test('every block of the speech on every Traditional page keeps the Simplified block character for character, only Han characters changed', () => {
    let blocks = 0;
    const han = /\p{Script=Han}/u;
    for (const file of simplifiedPages) {
      const simplified = readPage(read(file));
      const traditional = readPage(read(`zh-Hant/${file}`));
      for (const [id, text] of simplified.blocks) {
        const [from, to] = [[...text], [...(traditional.blocks.get(id) ?? '')]];
        assert.equal(to.length, from.length, `${file} #${id}: as many characters`);
        const moved = from.findIndex((c, i) => c !== to[i] && !(han.test(c) && han.test(to[i]!)));
        assert.equal(
          moved,
          -1,
          `${file} #${id}: ${from.slice(moved, moved + 8).join('')} became ${to.slice(moved, moved + 8).join('')}`,
        );
        if (han.test(text)) assert.notDeepEqual(to, from, `${file} #${id} is converted`);
        blocks++;
      }
    }
    assert.ok(blocks > 150, `${blocks} blocks`);
    assert.equal(
      readPage(read('zh-Hant/part-2/index.html')).blocks.get('part-2'),
      '二、牢牢把握三年行動重點任務，以中國式現代化遼寧實踐推動全面振興取得新突破',
    );
  });

  test('the plain text has its Traditional twin, linked from /zh-Hant/full/: the same text character for character, in Traditional characters', () => {
    const [simplified, traditional] = [[...read('speech.txt')], [...read('zh-Hant/speech.txt')]];
    assert.equal(traditional.length, simplified.length);
    assert.ok(traditional.join('').includes('遼寧振興首先要工業振興'));
    assert.ok(!traditional.join('').includes('辽宁振兴'));
    assert.match(read('zh-Hant/full/index.html'), /href="\/zh-Hant\/speech\.txt"/);
  });

  test('no known wrong form appears on any Traditional page, and part 2 shows 積蓄發展, 資金鏈 and 催征鼓', () => {
    const { wrong } = parseYaml(readFileSync('content/traditional.yaml', 'utf8')) as { wrong: { form: string }[] };
    assert.ok(wrong.some((w) => w.form === '髮展'));
    for (const file of simplifiedPages) {
      // Elements in a language of their own are quotations (the editorial page quotes the converter's errors).
      const html = read(`zh-Hant/${file}`).replace(/<span lang="[^"]+">[^<]*<\/span>/g, '');
      for (const { form } of wrong) assert.ok(!html.includes(form), `${file} shows ${form}`);
    }
    // 催征鼓 stands in part 1's first paragraph (the issue placed it in part 2); /full/ shows all four.
    const part1 = read('zh-Hant/part-1/index.html');
    const part2 = read('zh-Hant/part-2/index.html');
    for (const phrase of ['積蓄發展', '資金鏈', '厚植發展', '牽一髮而動全身', '關係', '偉大復興'])
      assert.ok(part2.includes(phrase), phrase);
    assert.ok(part1.includes('催征鼓'), '催征鼓');
    const full = read('zh-Hant/full/index.html');
    for (const phrase of ['積蓄發展', '資金鏈', '催征鼓', '厚植發展'])
      assert.ok(full.includes(phrase), `/full/: ${phrase}`);
  });

  test('links stay inside the edition, the 简 link leads to the Simplified twin, and every page names both in hreflang', () => {
    for (const file of simplifiedPages) {
      const path = file.replace(/index\.html$/, '');
      const traditional = readPage(read(`zh-Hant/${file}`));
      for (const link of traditional.links) {
        if (link.switch) assert.equal(link.href, file === '404.html' ? '/' : `/${path}`, file);
        else if (link.href.startsWith('/') && !/\.\w+$/.test(link.href.split(/[?#]/)[0]!))
          assert.ok(link.href.startsWith('/zh-Hant/'), `${file}: ${link.href}`);
      }
      const switches = readPage(read(file)).links.filter((l) => l.switch);
      assert.deepEqual(
        switches.map((l) => l.href),
        [file === '404.html' ? '/zh-Hant/' : `/zh-Hant/${path}`],
        file,
      );
      if (file === '404.html') continue;
      for (const html of [read(file), read(`zh-Hant/${file}`)]) {
        assert.ok(html.includes(`<link rel="alternate" hreflang="zh-CN" href="https://speech.example.org/${path}">`));
        assert.ok(
          html.includes(`<link rel="alternate" hreflang="zh-Hant" href="https://speech.example.org/zh-Hant/${path}">`),
        );
      }
    }
    const sitemap = readdirSync(DIST)
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .map(read)
      .join('');
    for (const path of ['', 'part-2/', 'editorial/'])
      for (const prefix of ['', 'zh-Hant/'])
        assert.ok(sitemap.includes(`<loc>https://speech.example.org/${prefix}${path}</loc>`), prefix + path);
  });

  test('the interface is the hand-written Traditional table, and the Traditional part pages weigh at most 10 % more', () => {
    const part2 = read('zh-Hant/part-2/index.html');
    for (const words of ['跳到正文', '全文目錄', '顯示設定', '搜尋', '編輯說明', '上一部分'])
      assert.ok(part2.includes(words), words);
    for (const part of ['part-1', 'part-2', 'part-3', 'part-4', 'full']) {
      const simplified = read(`${part}/index.html`).length;
      const traditional = read(`zh-Hant/${part}/index.html`).length;
      assert.ok(traditional <= simplified * 1.1, `${part}: ${traditional} B against ${simplified} B`);
    }
  });

  test('the editorial page of both editions says the Traditional text is a conversion, lists every correction, and names the Simplified text authoritative', () => {
    const { corrections } = parseYaml(readFileSync('content/traditional.yaml', 'utf8')) as {
      corrections: { from: string; to: string }[];
    };
    for (const [file, words] of [
      ['editorial/index.html', ['繁体中文版', '简体文本为准']],
      ['zh-Hant/editorial/index.html', ['繁體中文版', '簡體文本為準']],
    ] as const) {
      const html = read(file);
      for (const word of words) assert.ok(html.includes(word), `${file}: ${word}`);
      for (const { from, to } of corrections)
        assert.ok(html.includes(from) && html.includes(to), `${file}: ${from} → ${to}`);
    }
  });
});

describe('a broken corrections file stops the build', () => {
  // One copy of the project; each case lays its corrections file over the real one.
  const copy = mkdtempSync(join(tmpdir(), 'speech-traditional-'));
  for (const entry of ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'content', 'public'])
    if (existsSync(entry)) cpSync(entry, join(copy, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  after(() => rmSync(copy, { recursive: true, force: true }));
  const build = (fixture: string) => {
    cpSync(`tests/fixtures/traditional/${fixture}`, join(copy, 'content/traditional.yaml'));
    const astro = resolve('node_modules/astro/bin/astro.mjs');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${astro}" build 2>&1`], { cwd: copy, encoding: 'utf8' });
    return { status: run.status, lines: run.stdout.split('\n') };
  };

  test('a correction that matches nothing: content/traditional.yaml:line first', () => {
    const { status, lines } = build('matches-nothing.yaml');
    assert.notEqual(status, 0);
    assert.match(lines[0]!, /^content\/traditional\.yaml:6: the correction 遼寧髮展 → 遼寧發展 matches nothing/);
  });

  test('a correction that breaks the round trip: content/traditional.yaml:line first', () => {
    const { status, lines } = build('breaks-round-trip.yaml');
    assert.notEqual(status, 0);
    assert.match(lines[0]!, /^content\/traditional\.yaml:6: the correction 資金鍊 → 資金練 breaks the round trip/);
  });
});

describe('in Chromium', () => {
  const session = useSite();
  const open = async (path: string, page?: Page) => {
    const tab = page ?? (await newPage(session.browser));
    await tab.goto(`${session.site.origin}${path}`);
    return tab;
  };
  /** The controls module is there (it loads on the first move, or at once for an address with a fragment). */
  const controlsReady = (page: Page) =>
    page.waitForFunction(() => customElements.get('site-preferences') !== undefined);

  test('the 简 / 繁 link on /part-2/#p12 leads to /zh-Hant/part-2/#p12 and back, and the choice is remembered', async () => {
    const page = await open('/part-2/#p12');
    await controlsReady(page);
    await page.click('a.edition-switch');
    await page.waitForURL('**/zh-Hant/part-2/#p12');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hant');
    assert.equal(await page.locator('a.edition-switch').textContent(), '简');
    // Remembered: a Simplified address opened later leads to its Traditional twin, with its fragment.
    await open('/part-3/#p30', page);
    await page.waitForURL('**/zh-Hant/part-3/#p30');
    await controlsReady(page);
    await page.click('a.edition-switch');
    await page.waitForURL((url) => url.pathname === '/part-3/' && url.hash === '#p30');
    await open('/part-2/#p12', page);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    assert.equal(new URL(page.url()).pathname, '/part-2/', 'the Simplified choice is remembered too');
    await page.context().close();
  });

  for (const start of ['/part-3/', '/zh-Hant/part-3/']) {
    test(`營商環境 typed on ${start} lists the paragraphs that hold 营商环境 and lands on one with the phrase marked`, async () => {
      const page = await open(start);
      const hant = start.startsWith('/zh-Hant/');
      const results = async (query: string) => {
        await page.keyboard.press('/');
        await page.waitForFunction(() => document.activeElement?.id === 'search-query');
        await page.fill('#search-query', '');
        await page.keyboard.type(query);
        await page.waitForFunction(
          (q) => document.querySelector('.search-results')?.getAttribute('data-query') === q,
          query,
        );
        const found = await page.locator('.search-results a').evaluateAll((links) =>
          links.map((a) => ({
            id: new URL((a as HTMLAnchorElement).href).hash,
            path: new URL((a as HTMLAnchorElement).href).pathname,
            mark: a.querySelector('mark')?.textContent,
          })),
        );
        await page.keyboard.press('Escape');
        // The next / must reach the page, not the field of the dialog just closed.
        await page.waitForFunction(() => document.activeElement?.id !== 'search-query');
        return found;
      };
      const simplified = await results('营商环境');
      const traditional = await results('營商環境');
      assert.ok(simplified.length >= 1, JSON.stringify(simplified));
      assert.deepEqual(
        traditional.map((r) => r.id),
        simplified.map((r) => r.id),
      );
      for (const r of traditional) {
        assert.equal(r.path.startsWith('/zh-Hant/'), hant, r.path);
        assert.equal(r.mark, hant ? '營商環境' : '营商环境');
      }
      await page.keyboard.press('/');
      await page.waitForFunction(() => document.activeElement?.id === 'search-query');
      await page.fill('#search-query', '');
      await page.keyboard.type('營商環境');
      await page.waitForFunction(
        () => document.querySelector('.search-results')?.getAttribute('data-query') === '營商環境',
      );
      await page.locator('.search-results a').first().click();
      await page.waitForURL((url) => url.hash === traditional[0]!.id);
      await page.waitForSelector('.search-landing');
      const marked = await page.waitForFunction(() => {
        const ranges = [...(CSS.highlights.get('search-phrase') ?? [])] as Range[];
        return ranges.length > 0 && ranges.map((r) => r.toString());
      });
      const texts = (await marked.jsonValue()) as string[];
      assert.ok(
        texts.every((t) => t === (hant ? '營商環境' : '营商环境')),
        texts.join('|'),
      );
      await page.context().close();
    });
  }
});
