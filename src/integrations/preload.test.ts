import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunksWithCss, preloadHelper } from './preload.ts';

test('the helper asks for each dependency below the base as a modulepreload link, then imports', async () => {
  const head: { rel: string; href: string }[] = [];
  const document = { createElement: () => ({ rel: '', href: '' }), head: { append: (link: never) => head.push(link) } };
  const code = preloadHelper('/speech/').replace('export const __vitePreload =', 'return');
  const helper = new Function('document', code)(document) as (load: () => unknown, deps?: string[]) => unknown;
  assert.equal(await helper(() => Promise.resolve('module'), ['_astro/a.js', '_astro/b.js']), 'module');
  assert.deepEqual(head, [
    { rel: 'modulepreload', href: '/speech/_astro/a.js' },
    { rel: 'modulepreload', href: '/speech/_astro/b.js' },
  ]);
  assert.equal(await helper(() => 'alone'), 'alone', 'no dependencies (Vite passes none for a chunk without imports)');
});

test('a chunk that brings CSS is named, so the build stops rather than ship a page without its styles', () => {
  const bundle = {
    'a.js': { type: 'chunk', fileName: '_astro/a.js', viteMetadata: { importedCss: new Set<string>() } },
    'b.js': { type: 'chunk', fileName: '_astro/b.js', viteMetadata: { importedCss: new Set(['_astro/b.css']) } },
    'b.css': { type: 'asset', fileName: '_astro/b.css' },
  };
  assert.deepEqual(chunksWithCss(bundle), ['_astro/b.js']);
});
