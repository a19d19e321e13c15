import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readProofreading, type Correction } from './convert.ts';
import { editionHref, interfaceLookup, traditionalPage, twinPath } from './edition.ts';

const FILE = 'content/traditional.yaml';
const proofreading = readProofreading(FILE, readFileSync(FILE, 'utf8'));
const table: [string, string][] = [
  ['跳到正文', '跳到正文'],
  ['链接：{place}', '連結：{place}'],
  ['显示设置', '顯示設定'],
  ['{label}{span}。', '{label}{span}。'],
];
const convert = (html: string, base = '/') =>
  traditionalPage(html, {
    file: 'dist/x.html',
    twinFile: 'dist/zh-Hant/x.html',
    base,
    site: 'https://example.org',
    proofreading,
    table,
    uses: new Map<Correction, number>(),
  });

test('a page and its twin: /part-2/ ↔ /zh-Hant/part-2/, under any base', () => {
  assert.equal(twinPath('/part-2/', '/'), '/zh-Hant/part-2/');
  assert.equal(twinPath('/zh-Hant/part-2/', '/'), '/part-2/');
  assert.equal(twinPath('/speech/', '/speech/'), '/speech/zh-Hant/');
  assert.equal(twinPath('/speech/zh-Hant/', '/speech/'), '/speech/');
});

test('links to pages and to the plain text move into the edition (a query converted); other files and sites stay', () => {
  const href = (h: string, base = '/') => editionHref(h, base, 'https://example.org', (t) => t.replace('营', '營'));
  assert.equal(href('/part-2/#p12'), '/zh-Hant/part-2/#p12');
  assert.equal(href('/'), '/zh-Hant/');
  assert.equal(href('/search/?q=营商'), `/zh-Hant/search/?q=${encodeURIComponent('營商')}`);
  assert.equal(href('https://example.org/part-2/'), 'https://example.org/zh-Hant/part-2/');
  assert.equal(href('/speech.txt'), '/zh-Hant/speech.txt');
  for (const kept of [
    '/speech.txt.gz',
    '/_astro/a.css',
    '/manifest.webmanifest',
    '#p3',
    'https://other.org/',
    '/zh-Hant/',
  ])
    assert.equal(href(kept), kept);
  assert.equal(href('/speech/part-2/', '/speech/'), '/speech/zh-Hant/part-2/');
});

test('interface strings come from the hand-written table, their values converted', () => {
  const lookup = interfaceLookup(table);
  assert.equal(
    lookup('显示设置', (v) => v),
    '顯示設定',
  );
  assert.equal(
    lookup(' 跳到正文 ', (v) => v),
    ' 跳到正文 ',
  );
  assert.equal(
    lookup('链接：二、第一', (v) => `[${v}]`),
    '連結：[二、第一]',
  );
  assert.equal(
    lookup('链接', (v) => v),
    undefined,
  );
});

test('the twin keeps the markup byte for byte and converts text, worded attributes, links and lang', () => {
  const html =
    '<!DOCTYPE html><html lang="zh-CN" data-twin="/zh-Hant/part-2/"><head><title>积蓄发展</title></head><body><a href="/part-2/#p1" aria-label="链接：二、">显示设置</a>' +
    '<a class="edition-switch" href="/zh-Hant/part-2/" hreflang="zh-Hant" lang="zh-Hant" aria-label="繁體中文" data-edition-switch>繁</a>' +
    '<cite-tools data-reference="{&quot;newspaper&quot;:&quot;辽宁日报&quot;}"></cite-tools><p id="p1" data-speech>深入落实，<strong>积蓄发展</strong>势能 &amp; 资金链</p><script>var 发 = 1</script></body></html>';
  const { html: out, errors } = convert(html);
  assert.deepEqual(errors, []);
  assert.equal(
    out,
    '<!DOCTYPE html><html lang="zh-Hant" data-twin="/part-2/"><head><title>積蓄發展</title></head><body><a href="/zh-Hant/part-2/#p1" aria-label="連結：二、">顯示設定</a>' +
      '<a class="edition-switch" href="/part-2/" hreflang="zh-CN" lang="zh-CN" aria-label="简体中文" data-edition-switch>简</a>' +
      '<cite-tools data-reference="{&quot;newspaper&quot;:&quot;遼寧日報&quot;}"></cite-tools><p id="p1" data-speech>深入落實，<strong>積蓄發展</strong>勢能 &amp; 資金鏈</p><script>var 发 = 1</script></body></html>',
  );
});

test('a run that does not read back, or shows a known wrong form, is reported with the page and the paragraph', () => {
  // A Traditional form written into a Simplified page by mistake: converted, it stays, and reads back as 发展.
  const { errors } = convert('<html lang="zh-CN"><body><p id="p7">髮展</p></body></html>');
  assert.ok(errors.some((e) => /^dist\/zh-Hant\/x\.html:1: a known wrong form, 髮展, stands in #p7/.test(e.message)));
  assert.ok(errors.some((e) => /the round trip differs in #p7 at character 1/.test(e.message)));
});
