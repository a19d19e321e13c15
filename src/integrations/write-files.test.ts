import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFilesAside } from './write-files.ts';

test('files written aside arrive whole, in folders made for them', async () => {
  const root = mkdtempSync(join(tmpdir(), 'write-files-'));
  try {
    const files: [string, string][] = Array.from({ length: 300 }, (_, i) => [
      join(root, `${'btc'[i % 3]}`, `${i}.json`),
      JSON.stringify({ i, text: '营商环境'.repeat(i % 7) }),
    ]);
    await writeFilesAside(files);
    for (const [path, text] of files) assert.equal(readFileSync(path, 'utf8'), text, path);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a file that cannot be written fails the promise, naming it', async () => {
  const root = mkdtempSync(join(tmpdir(), 'write-files-'));
  try {
    // A file stands where a folder is needed.
    writeFileSync(join(root, 'b'), '');
    await assert.rejects(writeFilesAside([[join(root, 'b', '0.json'), '{}']]), (error: Error) =>
      error.message.includes(join(root, 'b')),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
