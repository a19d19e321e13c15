import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { serveSite } from '../helpers/site.ts';
import { axeViolations } from '../helpers/axe.ts';

let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;

// Every page of the build, found from the files, not from a list.
const PAGES = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/${f.replace(/index\.html$/, '').replace(/^404\.html$/, '404.html')}`);
const THEMES = ['light', 'dark'] as const;

before(async () => {
  site = await serveSite();
  browser = await launch();
  mkdirSync('test-results', { recursive: true });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, options: { width?: number; theme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.theme ?? 'light',
  });
  await page.goto(`${site.origin}${path}`);
  return page;
}

test('every built page passes the HTML validator', async () => {
  // Reads .htmlvalidate.json: the recommended rules, with ids such as 2-1-3 allowed as HTML5 allows them.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateFile(`dist/${file}`);
    // html-validate reads a script after </html> as in the body; the HTML parser calls it a stray tag (the Nu checker).
    if (!/<\/html>\s*$/.test(readFileSync(`dist/${file}`, 'utf8')))
      problems.push(`dist/${file}: something after </html>`);
    for (const result of report.results)
      for (const m of result.messages) problems.push(`dist/${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  assert.ok(PAGES.length >= 10);
  // The Traditional edition's pages are files of the build like the others, so they are checked too.
  assert.ok(PAGES.includes('/zh-Hant/part-2/') && PAGES.includes('/zh-Hant/404.html'), PAGES.join(' '));
  assert.deepEqual(problems, []);
});

test('axe-core finds no violation on any page, in the light and the dark theme', async () => {
  // axe is injected by the test, which the site's own policy would rightly block.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  for (const path of PAGES) {
    await page.goto(`${site.origin}${path}`);
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${path} (${theme})`);
    }
  }
  await page.close();
});

for (const width of [375, 1280]) {
  for (const theme of THEMES) {
    test(`at ${width} px in the ${theme} theme: no sideways scrolling, readable size, leading and measure`, async () => {
      for (const path of ['/', '/part-2/', '/full/']) {
        const page = await open(path, { width, theme });
        await page.screenshot({ path: `test-results/${path.replace(/\W/g, '') || 'home'}-${width}-${theme}.png` });
        const m = await page.evaluate(() => {
          const p = document.querySelector('.speech .paragraph, .lede p')!;
          const style = getComputedStyle(p);
          const size = parseFloat(style.fontSize);
          const width = p.getBoundingClientRect().width;
          return {
            overflow: document.documentElement.scrollWidth - innerWidth,
            size,
            leading: parseFloat(style.lineHeight) / size,
            measure: width / size,
            dark: getComputedStyle(document.body).backgroundColor,
          };
        });
        assert.ok(m.overflow <= 0, `${path}: ${m.overflow}px of sideways scrolling`);
        if (width < 600) assert.ok(m.size >= 16, `${path}: body text ${m.size}px on a phone`);
        else assert.ok(m.size >= 17 && m.size <= 19, `${path}: body text ${m.size}px on a desktop`);
        assert.ok(m.leading >= 1.7 && m.leading <= 1.9, `${path}: line height ${m.leading}`);
        if (width >= 1280)
          assert.ok(m.measure >= 30 && m.measure <= 40, `${path}: ${m.measure.toFixed(1)} characters a line`);
        await page.close();
      }
    });
  }
}

test('the theme and text-size choices survive a reload, and apply before the page is shown', async () => {
  const page = await open('/part-2/', { theme: 'light' });
  await page.locator('.preferences > summary').click();
  await page.getByRole('button', { name: '深色' }).click();
  await page.getByRole('button', { name: '放大字号' }).click();
  const before = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.querySelector('.paragraph')!).fontSize),
  );
  await page.reload();
  // Read at the first moment the body exists: the saved theme must already be on.
  const early = await page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    size: document.documentElement.dataset.textSize,
    bg: getComputedStyle(document.body).backgroundColor,
  }));
  assert.equal(early.theme, 'dark');
  assert.equal(early.size, 'large');
  const [r, g, b] = early.bg.match(/\d+/g)!.map(Number);
  assert.ok(r! + g! + b! < 150, `dark background, got ${early.bg}`);
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.paragraph')!).fontSize));
  assert.equal(after, before);
  assert.ok(after > 18);
  await page.close();
});

test('touch targets are at least 44 px tall on a phone', async () => {
  for (const path of ['/', '/part-2/', '/plan/', '/terms/']) {
    const page = await open(path, { width: 375 });
    await page.locator('details.sidebar > summary').click();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('a, button, summary')]
        // Links inside running text are exempt (WCAG 2.5.8): readers tap words, not boxes.
        .filter((el) => !el.closest('p, dd li') || el.matches('.paragraph-number'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0 && box.height < 44)
        .map(({ el, box }) => `${el.tagName} “${el.textContent!.trim().slice(0, 12)}” ${box.height.toFixed(0)}px`),
    );
    assert.deepEqual(small, [], path);
    await page.close();
  }
});

test('no page asks any other origin for anything, and the Content-Security-Policy is never broken', async () => {
  for (const path of PAGES) {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${site.origin}${path}`);
    await page.mouse.move(400, 400);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp!, /script-src 'self' 'sha256-[\w+/]+=*' 'wasm-unsafe-eval';/);
    assert.doesNotMatch(csp!, /unsafe-inline/);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), [], path);
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith('data:')),
      [],
      path,
    );
    // One inline script, the saved choices, allowed by its hash alone: it ran (data-js) and broke no policy.
    assert.equal(await page.locator('script:not([src])').count(), 1, `${path}: one inline script`);
    assert.equal(
      await page.evaluate(() => document.documentElement.dataset.js),
      '',
      `${path}: the pre-paint script ran`,
    );
    await page.close();
  }
});

test('every page but the 404 has a title, a description, a canonical address and Open Graph tags', async () => {
  const page = await browser.newPage();
  for (const path of PAGES.filter((p) => !p.includes('404'))) {
    await page.goto(`${site.origin}${path}`);
    const meta = await page.evaluate(() => ({
      title: document.title,
      lang: document.documentElement.lang,
      description: document.querySelector('meta[name=description]')?.getAttribute('content'),
      canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href'),
      og: ['og:title', 'og:description', 'og:url', 'og:type'].every((p) =>
        document.querySelector(`meta[property="${p}"]`)?.getAttribute('content'),
      ),
    }));
    assert.equal(meta.lang, path.startsWith('/zh-Hant/') ? 'zh-Hant' : 'zh-CN', path);
    assert.ok(meta.title.length > 4 && meta.description!.length > 10 && meta.og, path);
    assert.match(meta.canonical!, /^https:\/\//);
  }
  await page.close();
  const index = await (await fetch(`${site.origin}/sitemap-index.xml`)).text();
  const [, first] = /<loc>https:\/\/speech\.example\.org(\/sitemap-0\.xml)<\/loc>/.exec(index) ?? [];
  assert.ok(first, index);
  const sitemap = await (await fetch(`${site.origin}${first}`)).text();
  for (const path of PAGES.filter((p) => !p.includes('404')))
    assert.ok(sitemap.includes(`<loc>https://speech.example.org${path}</loc>`), `sitemap lists ${path}`);
  assert.doesNotMatch(sitemap, /404|speech\.txt/);
  assert.match(
    await (await fetch(`${site.origin}/robots.txt`)).text(),
    /Sitemap: https:\/\/speech\.example\.org\/sitemap-index\.xml/,
  );
});

test('an unknown address shows the Chinese 404 page with the table of contents', async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${site.origin}/no-such-page/`);
  assert.equal(response?.status(), 404);
  assert.equal(await page.locator('h1').textContent(), '找不到该页面');
  assert.equal(await page.locator('main nav.contents .outline a').count(), 44);
  // It has no address of its own: no canonical or og:url pointing at a /404/ that does not exist.
  assert.equal(await page.locator('link[rel=canonical], meta[property="og:url"]').count(), 0);
  assert.equal(await page.locator('meta[name=robots]').getAttribute('content'), 'noindex');
  await page.close();
});
