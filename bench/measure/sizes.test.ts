import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderSize, isIndexData } from './sizes.ts';

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
