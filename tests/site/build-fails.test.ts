import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import { contentCases } from '../helpers/content-cases.ts';

// One copy of the project for every real build below; each case puts its chapters over the real ones.
const copy = mkdtempSync(join(tmpdir(), 'speech-broken-'));
// public/ only if there is one (the site's files are all built from src/ today).
for (const entry of ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'content', 'public'])
  if (existsSync(entry)) cpSync(entry, join(copy, entry), { recursive: true });
symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
after(() => rmSync(copy, { recursive: true, force: true }));

/** Restores the real chapters in the copy, then lays the given chapter files over them. */
function chapters(fixture?: string): void {
  rmSync(join(copy, 'content/speech'), { recursive: true, force: true });
  cpSync('content/speech', join(copy, 'content/speech'), { recursive: true });
  if (fixture) cpSync(`tests/fixtures/content/${fixture}`, join(copy, 'content/speech'), { recursive: true });
}

/** A real `astro build` of the copy: its exit status and everything it printed, stdout and stderr in order. */
function build(): { status: number | null; lines: string[] } {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const run = spawnSync('sh', ['-c', `"${process.execPath}" "${astro}" build 2>&1`], { cwd: copy, encoding: 'utf8' });
  return { status: run.status, lines: run.stdout.split('\n') };
}

test('deleting one sentence from a chapter makes the real build fail, naming the file and line first', () => {
  chapters();
  const chapter = join(copy, 'content/speech/part-2.mdx');
  const text = readFileSync(chapter, 'utf8');
  const sentence = '为实现新突破积蓄力量。';
  const line = text.slice(0, text.indexOf(sentence)).split('\n').length;
  writeFileSync(chapter, text.replace(sentence, ''));
  const { status, lines } = build();
  assert.notEqual(status, 0, 'the build must fail');
  assert.match(lines[0]!, new RegExp(`^content/speech/part-2\\.mdx:${line}: text differs from the source`));
});

for (const { folder, file, line, message } of contentCases) {
  // An unclosed tag was once reported against whichever chapter Astro compiled first: it is built three times.
  const runs = folder === 'unclosed-note' ? 3 : 1;
  test(`a real build with ${folder.replaceAll('-', ' ')} prints content/speech/${file}:${line}: first${runs > 1 ? `, on each of ${runs} runs` : ''}`, () => {
    chapters(folder);
    for (let run = 0; run < runs; run++) {
      const { status, lines } = build();
      assert.notEqual(status, 0, 'the build must fail');
      assert.ok(lines[0]!.startsWith(`content/speech/${file}:${line}: `), `first line: ${lines[0]}`);
      assert.match(lines[0]!, message);
    }
  });
}

test('a build run in-process stops on a broken chapter with its error, and the test process goes on', async () => {
  chapters('item-out-of-sequence');
  const { build } = await import('astro');
  const here = process.cwd();
  // The project's paths are taken from the directory the build runs in (src/speech/paths.ts).
  process.chdir(copy);
  try {
    await assert.rejects(build({ root: copy, logLevel: 'silent' }), (error: Error & { error?: Error }) => {
      assert.equal(error.message, 'the build stopped on the content error above');
      assert.match(error.error!.message, /^content\/speech\/part-3\.mdx:13: item 三是 is out of sequence/);
      return true;
    });
  } finally {
    process.chdir(here);
  }
});

test('a real build of the real chapters prints no warning', () => {
  chapters();
  const { status, lines } = build();
  assert.equal(status, 0, lines.join('\n'));
  assert.deepEqual(
    lines.filter((l) => /warn/i.test(l)),
    [],
  );
});

test("a date in words in the editors' metadata file makes the real build fail, naming the file and line", () => {
  chapters();
  cpSync('tests/fixtures/metadata/wrong-date.yaml', join(copy, 'content/metadata.yaml'));
  try {
    const { status, lines } = build();
    assert.notEqual(status, 0, 'the build must fail');
    assert.match(lines.join('\n'), /content\/metadata\.yaml:2: "date" is wrong: write a date as YYYY-MM-DD/);
  } finally {
    cpSync('content/metadata.yaml', join(copy, 'content/metadata.yaml'));
  }
});
