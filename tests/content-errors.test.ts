import { test } from 'node:test';
import assert from 'node:assert/strict';
// The test of a quote left open lives here, not beside errors.ts: this file already pays for importing the parser.
import { readOutline } from '../src/speech/load.ts';
import { unclosedQuote } from '../src/speech/read-chapter.ts';
import { speechPaths } from '../src/speech/paths.ts';
import { contentCases } from './helpers/content-cases.ts';

// Each folder under tests/fixtures/content holds the chapters of one broken case, read against the real source.
for (const { folder, file, line, message } of contentCases) {
  test(`a chapter with ${folder.replaceAll('-', ' ')} stops the build, naming the file and line first`, () => {
    const chapters = `tests/fixtures/content/${folder}`;
    assert.throws(
      () => readOutline({ ...speechPaths, chapters }),
      (error: Error) => {
        const where = `${chapters}/${file}:${line}: `;
        assert.ok(error.message.startsWith(where), `the message starts with ${where}: ${error.message}`);
        assert.match(error.message.split('\n')[0]!, message);
        return true;
      },
    );
  });
}

test('the real chapters pass every check', () => {
  const outline = readOutline(speechPaths);
  assert.equal(outline.parts.length, 4);
});

test('a quotation mark left open in the frontmatter is found on the line that opens it', () => {
  assert.equal(unclosedQuote(['---', 'part: 2', 'title: "二、甲', 'coverage: complete', '---']), 3);
  assert.equal(unclosedQuote(['---', "title: '甲''乙'", 'part: 2', '---']), undefined);
  assert.equal(unclosedQuote(['---', 'title: "甲\\"乙"', '---']), undefined);
});
