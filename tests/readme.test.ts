import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const README = readFileSync('README.md', 'utf8');
// Built or installed, not in a fresh clone: the README may name them.
const GENERATED = /^(dist|node_modules|bench-results|test-results)\//;
const FILE = /^[\w.-]+\.(ts|js|mjs|md|mdx|astro|css|json|yaml|txt)$/;
const PATH = /^[\w.-]+\/[\w.[\]/-]*$/;

/** The README's paragraphs and list items, each with the repository paths it names in `code` or as a link. */
function blocks(markdown: string): string[][] {
  return markdown
    .replace(/```[\s\S]*?```/g, '')
    .split(/\n(?=\s*\n|- )/)
    .map((block) =>
      [...block.matchAll(/`([^`\s]+)`|\]\(([^)\s]+)\)/g)]
        .map((m) => (m[1] ?? m[2])!)
        .filter((name) => PATH.test(name) || FILE.test(name)),
    )
    .filter((names) => names.length > 0);
}

test('every path the README names exists in the repository', () => {
  const missing: string[] = [];
  for (const names of blocks(README)) {
    // A bare file name (`route.ts`) is in a folder the same paragraph names (`src/data/`), or at the top.
    const folders = ['', ...names.filter((name) => name.endsWith('/'))];
    for (const name of names) {
      if (GENERATED.test(name)) continue;
      const found = name.includes('/') ? existsSync(name) : folders.some((folder) => existsSync(join(folder, name)));
      if (!found) missing.push(name);
    }
  }
  assert.deepEqual(missing, []);
});

test('the README names the paths of its layout (the check above has something to check)', () => {
  const names = blocks(README).flat();
  assert.ok(names.length > 30, `${names.length} paths`);
  for (const name of ['content/source/', 'src/data/', 'src/i18n/zh-CN.ts', 'docs/measurements.md'])
    assert.ok(names.includes(name), name);
});

test('the README stays an introduction: under 15 KB, the measurement diary in docs/', () => {
  const size = statSync('README.md').size;
  assert.ok(size < 15_000, `README.md is ${size} B`);
  assert.ok(existsSync('docs/measurements.md'));
});
