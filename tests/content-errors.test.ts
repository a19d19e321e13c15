import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readOutline } from '../src/speech/load.ts';
import { speechPaths } from '../src/speech/paths.ts';

// Each folder under tests/fixtures/content holds the chapters of one broken case, read against the real source.
const cases: { folder: string; file: string; line?: number; message: RegExp }[] = [
  { folder: 'missing-frontmatter', file: 'part-4.mdx', line: 1, message: /frontmatter "part" is wrong/ },
  { folder: 'wrong-frontmatter', file: 'part-4.mdx', line: 2, message: /frontmatter "part" is wrong/ },
  { folder: 'duplicate-part', file: 'part-4.mdx', message: /part 4 is already the chapter in .*part-4(-copy)?\.mdx/ },
  {
    folder: 'item-out-of-sequence',
    file: 'part-3.mdx',
    line: 13,
    message: /item 三是 is out of sequence: expected number 2/,
  },
  {
    folder: 'section-out-of-sequence',
    file: 'part-3.mdx',
    line: 9,
    message: /section 第三 is out of sequence: expected section number 2/,
  },
  {
    folder: 'text-not-in-source',
    file: 'part-4.mdx',
    line: 7,
    message: /text differs from the source|the source is missing/,
  },
  { folder: 'joined-paragraphs', file: 'part-3.mdx', message: /two source paragraphs are joined at “.*⟨宏伟蓝图/ },
];

for (const { folder, file, line, message } of cases) {
  test(`a chapter with ${folder.replaceAll('-', ' ')} stops the build, naming the file${line ? ' and line' : ''}`, () => {
    const chapters = `tests/fixtures/content/${folder}`;
    assert.throws(
      () => readOutline({ ...speechPaths, chapters }),
      (error: Error) => {
        const where = `${chapters}/${file}${line ? `:${line}` : ''}:`;
        assert.ok(error.message.includes(where), `the message names ${where}: ${error.message}`);
        assert.match(error.message, message);
        return true;
      },
    );
  });
}

test('the real chapters pass every check', () => {
  const outline = readOutline(speechPaths);
  assert.equal(outline.parts.length, 4);
});
