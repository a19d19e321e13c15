import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderSize, isIndexData, moduleSize } from './sizes.ts';

test("the index size counts Pagefind's data for the text, not its engine or UI bundles", () => {
  const dir = mkdtempSync(join(tmpdir(), 'sizes-'));
  try {
    mkdirSync(join(dir, 'index'));
    writeFileSync(join(dir, 'index', 'zh-cn_1.pf_index'), 'abcd');
    writeFileSync(join(dir, 'pagefind.zh-cn_1.pf_meta'), 'ab');
    writeFileSync(join(dir, 'pagefind-ui.js'), 'abcdefgh');
    assert.deepEqual(folderSize(dir), { bytes: 14, files: 3 });
    assert.deepEqual(folderSize(dir, isIndexData), { bytes: 6, files: 2 });
    assert.deepEqual(folderSize(join(dir, 'missing')), { bytes: 0, files: 0 });
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test("a lazily loaded module's size counts its chunk and its stylesheet, not a module whose name starts the same", () => {
  const dir = mkdtempSync(join(tmpdir(), 'sizes-'));
  try {
    writeFileSync(join(dir, 'read-aloud.Ab12.js'), 'a'.repeat(1000));
    writeFileSync(join(dir, 'read-aloud.Cd34.css'), 'b'.repeat(100));
    writeFileSync(join(dir, 'read-aloud-extra.Ef56.js'), 'c');
    const size = moduleSize(dir, 'read-aloud');
    assert.deepEqual(size.files.sort(), ['read-aloud.Ab12.js', 'read-aloud.Cd34.css']);
    assert.equal(size.raw, 1100);
    assert.ok(size.gzip > 0 && size.gzip < 100, `${size.gzip} B gzip`);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
