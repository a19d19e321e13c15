import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

test('deleting one sentence from a chapter makes the real build fail, naming the file and line', () => {
  const copy = mkdtempSync(join(tmpdir(), 'speech-broken-'));
  try {
    for (const entry of ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'content', 'public'])
      cpSync(entry, join(copy, entry), { recursive: true });
    symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
    const chapter = join(copy, 'content/speech/part-2.mdx');
    const text = readFileSync(chapter, 'utf8');
    const sentence = '为实现新突破积蓄力量。';
    const line = text.slice(0, text.indexOf(sentence)).split('\n').length;
    writeFileSync(chapter, text.replace(sentence, ''));

    const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: copy,
      encoding: 'utf8',
    });
    const output = build.stdout + build.stderr;
    assert.notEqual(build.status, 0, 'the build must fail');
    assert.match(output, new RegExp(`content/speech/part-2\\.mdx:${line}: text differs from the source`));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
