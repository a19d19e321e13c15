import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementRewrite, switchRewrite } from './attributes.ts';
import { conversion, element } from './conversion.fixture.ts';
import { applyEdits } from './page-tree.ts';

/** The first <tag> of a snippet with its attributes in the edition. */
const rewrite = (html: string, tag: string, where = '') => {
  const c = conversion();
  const { edits, errors } = elementRewrite(element(html, tag), where, c);
  return { html: applyEdits(html, edits), errors };
};

test("the page says it is Traditional Chinese, and the pre-paint script's twin is the Simplified page", () => {
  const { html } = rewrite('<html lang="zh-CN" data-twin="/zh-Hant/part-2/"><body></body></html>', 'html');
  assert.equal(html, '<html lang="zh-Hant" data-twin="/part-2/"><body></body></html>');
});

test('social cards name the edition: og:url moves into it, og:locale is zh_TW, the description is converted', () => {
  const meta = (html: string) => rewrite(`<head>${html}</head>`, 'meta').html;
  assert.equal(
    meta('<meta property="og:url" content="https://example.org/part-2/">'),
    '<head><meta property="og:url" content="https://example.org/zh-Hant/part-2/"></head>',
  );
  assert.equal(
    meta('<meta property="og:locale" content="zh_CN">'),
    '<head><meta property="og:locale" content="zh_TW"></head>',
  );
  assert.equal(
    meta('<meta name="description" content="资金链">'),
    '<head><meta name="description" content="資金鏈"></head>',
  );
});

test('a link with hreflang (to the other language) stays; worded attributes take the interface table first', () => {
  assert.equal(
    rewrite('<a href="/part-1/" hreflang="zh-CN">x</a>', 'a').html,
    '<a href="/part-1/" hreflang="zh-CN">x</a>',
  );
  assert.equal(
    rewrite('<a href="/part-1/" aria-label="链接：发展">x</a>', 'a').html,
    '<a href="/zh-Hant/part-1/" aria-label="連結：發展">x</a>',
  );
});

test("摘抄本's paragraphs lead to their pages in the edition, their words converted", () => {
  const data = JSON.stringify({ p1: { path: '/part-1/', text: '资金链' } }).replace(/"/g, '&quot;');
  const { html } = rewrite(`<study-notes data-paragraphs="${data}"></study-notes>`, 'study-notes');
  assert.equal(
    html,
    '<study-notes data-paragraphs="{&quot;p1&quot;:{&quot;path&quot;:&quot;/zh-Hant/part-1/&quot;,&quot;text&quot;:&quot;資金鏈&quot;}}"></study-notes>',
  );
});

test('a worded attribute that shows a wrong form is reported with the paragraph and the attribute', () => {
  const { errors } = rewrite('<p title="髮展">x</p>', 'p', ' in #p7');
  assert.ok(errors.some((e) => e.message.includes('a known wrong form, 髮展, stands in #p7 (title)')));
});

test('the edition switch leads back to the Simplified twin, as 简', () => {
  const html =
    '<a href="/zh-Hant/part-2/" hreflang="zh-Hant" lang="zh-Hant" aria-label="繁體中文" data-edition-switch>繁</a>';
  const { edits } = switchRewrite(element(html, 'a'), conversion());
  assert.equal(
    applyEdits(html, edits),
    '<a href="/part-2/" hreflang="zh-CN" lang="zh-CN" aria-label="简体中文" data-edition-switch>简</a>',
  );
});
