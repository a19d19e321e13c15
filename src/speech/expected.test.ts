import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { expectedSpeech, splitAtItems } from './expected.ts';
import { parseSource } from './source.ts';

const sourceText = readFileSync(new URL('../../content/source/000_9559937d0be914b2.txt', import.meta.url), 'utf8');
const speech = expectedSpeech(parseSource(sourceText));

test('the source, under the editorial rules, makes 46 paragraphs: 1, 27, 17 and 1 in the four parts', () => {
  assert.deepEqual(
    speech.parts.map((p) => p.paragraphs.length),
    [1, 27, 17, 1],
  );
});

test('a section lead sentence stands alone and each item starts a paragraph with its lead sentence', () => {
  const part2 = speech.parts[1]!;
  const at = part2.texts.indexOf('第一，深入落实扩大内需战略，积蓄发展势能。');
  assert.ok(at > 0);
  assert.match(part2.texts[at + 2]!, /^一是要切实扩大有效投资。/);
  assert.equal(part2.paragraphs.filter((p) => /^[一二三四五]是/.test(p)).length, 4 + 16);
});

test('the page mark is not the speech but is kept as one of the source marks', () => {
  assert.deepEqual(speech.marks, ['（上接第一版）']);
  assert.match(speech.parts[0]!.paragraphs[0]!, /^今天，/);
});

test('an item is counted only where a sentence begins and in sequence', () => {
  assert.deepEqual(splitAtItems('甲。一是乙，统一是丙。二是丁。一是戊。', 1).paragraphs, [
    '甲。',
    '一是乙，统一是丙。',
    '二是丁。一是戊。',
  ]);
});
