import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addressOf, fileOf, isKept, keptFiles, serviceWorker, versionOf } from './offline.ts';

test('the offline copy keeps pages, styles, scripts and the search data, not host files or unused Pagefind UIs', () => {
  for (const file of [
    'index.html',
    'part-2/index.html',
    '_astro/site.abc.js',
    'phrase-data/ids.json',
    'phrase-data/b/0.json',
  ])
    assert.ok(isKept(file), file);
  for (const file of ['pagefind/pagefind.js', 'pagefind/wasm.unknown.pagefind', 'pagefind/index/zh-cn_1.pf_index'])
    assert.ok(isKept(file), file);
  for (const file of [
    '_headers',
    'robots.txt',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'sw.js',
    'pagefind/pagefind-ui.js',
  ])
    assert.ok(!isKept(file), file);
  assert.ok(!isKept('pagefind/pagefind-worker.js'), 'search runs without a worker');
});

test('a page is kept under the address a reader opens', () => {
  assert.equal(addressOf('index.html'), '');
  assert.equal(addressOf('part-2/index.html'), 'part-2/');
  assert.equal(addressOf('404.html'), '404.html');
  assert.equal(fileOf('part-2/'), 'part-2/index.html');
  assert.equal(fileOf(''), 'index.html');
});

test('the version changes exactly when a kept file does', () => {
  const folder = mkdtempSync(join(tmpdir(), 'offline-'));
  try {
    mkdirSync(join(folder, 'part-2'));
    writeFileSync(join(folder, 'index.html'), 'home');
    writeFileSync(join(folder, 'part-2/index.html'), '二');
    writeFileSync(join(folder, 'robots.txt'), 'User-agent: *');
    const first = keptFiles(folder);
    assert.deepEqual(
      first.map(([path]) => path),
      ['', 'part-2/'],
    );
    writeFileSync(join(folder, 'robots.txt'), 'User-agent: none');
    assert.equal(versionOf(keptFiles(folder)), versionOf(first));
    writeFileSync(join(folder, 'part-2/index.html'), '二，改');
    assert.notEqual(versionOf(keptFiles(folder)), versionOf(first));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('sw.js names the base and the files before the worker’s code', () => {
  const sw = serviceWorker([['', 'abc']], '/speech/', '// code');
  assert.match(sw, /^const OFFLINE = \{"version":"\w+","base":"\/speech\/","files":\[\["","abc"\]\]\};\n\/\/ code$/);
});
