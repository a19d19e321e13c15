import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A copy of the project to break, with node_modules linked; removed after `check` runs. */
function inCopy(change: (copy: string) => void, check: (output: string, status: number | null) => void) {
  const copy = mkdtempSync(join(tmpdir(), 'speech-broken-'));
  try {
    for (const entry of ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'content', 'public'])
      cpSync(entry, join(copy, entry), { recursive: true });
    symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
    change(copy);
    const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: copy,
      encoding: 'utf8',
    });
    check(build.stdout + build.stderr, build.status);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

test("a date in words in the editors' metadata file makes the real build fail, naming the file and line", () => {
  inCopy(
    (copy) => cpSync('tests/fixtures/metadata/wrong-date.yaml', join(copy, 'content/metadata.yaml')),
    (output, status) => {
      assert.notEqual(status, 0, 'the build must fail');
      assert.match(output, /content\/metadata\.yaml:2: "date" is wrong: write a date as YYYY-MM-DD/);
    },
  );
});

test('deleting one sentence from a chapter makes the real build fail, naming the file and line', () => {
  const sentence = '为实现新突破积蓄力量。';
  let line = 0;
  inCopy(
    (copy) => {
      const chapter = join(copy, 'content/speech/part-2.mdx');
      const text = readFileSync(chapter, 'utf8');
      line = text.slice(0, text.indexOf(sentence)).split('\n').length;
      writeFileSync(chapter, text.replace(sentence, ''));
    },
    (output, status) => {
      assert.notEqual(status, 0, 'the build must fail');
      assert.match(output, new RegExp(`content/speech/part-2\\.mdx:${line}: text differs from the source`));
    },
  );
});
