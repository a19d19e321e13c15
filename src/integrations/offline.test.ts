import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addressOf, fileOf, isKept, keptFiles, serviceWorker, versionOf } from './offline.ts';

// The list is one of files to leave out: that everything a page loads is kept is shown by reading the site offline
// (tests/site/offline.test.ts); here, that each file left out is one no reader asks for, and only those.
test('the offline copy leaves out host files and the Pagefind UIs and worker the site does not load, and nothing near them', () => {
  for (const file of [
    '_headers',
    'robots.txt',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'sw.js',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-worker.js',
  ])
    assert.ok(!isKept(file), file);
  // Names that differ from those by a character are a reader's files: a pattern too wide would drop them.
  for (const file of ['part-2/robots.txt.html', 'sw.json', 'pagefind/pagefind.js', 'notes/_headers/index.html'])
    assert.ok(isKept(file), file);
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
