import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChapter } from '../../src/speech/read-chapter.ts';
import { checkAgainstSource } from '../../src/speech/fidelity.ts';
import { editPart, parseSource } from '../../src/speech/source.ts';
import { scaleCorpus, sentencesOf, type Corpus } from './corpus.ts';

const root = new URL('../../', import.meta.url).pathname;
const speech: Corpus = {
  source: readFileSync(join(root, 'content/source/000_9559937d0be914b2.txt'), 'utf8'),
  chapters: Object.fromEntries(
    readdirSync(join(root, 'content/speech')).map((name) => [
      name,
      readFileSync(join(root, 'content/speech', name), 'utf8'),
    ]),
  ),
};
const chars = (source: string) =>
  parseSource(source)
    .parts.map(editPart)
    .reduce((n, p) => n + p.paragraphs.join('').length, 0);

test('a corpus ten times the speech is about ten times as long, and the same on every run', () => {
  const scaled = scaleCorpus(speech, 10);
  const ratio = chars(scaled.source) / chars(speech.source);
  assert.ok(ratio > 9 && ratio < 11, `ratio ${ratio}`);
  assert.deepEqual(scaleCorpus(speech, 10), scaled);
});

test('every chapter of a scaled corpus passes the fidelity check against its generated source', () => {
  const scaled = scaleCorpus(speech, 10);
  const parts = parseSource(scaled.source).parts;
  for (const [name, text] of Object.entries(scaled.chapters)) {
    const chapter = readChapter(`content/speech/${name}`, text);
    const part = parts.find((p) => p.number === chapter.part)!;
    assert.deepEqual(checkAgainstSource(chapter, editPart(part)), [], name);
  }
});

test('the speech keeps its own text at the start of each part, so quotations still stand in it', () => {
  const scaled = scaleCorpus(speech, 10);
  for (const [name, text] of Object.entries(speech.chapters))
    assert.ok(scaled.chapters[name]!.startsWith(text.trimEnd()), name);
});

test('generated paragraphs are made of the speech’s own sentences', () => {
  const own = new Set(sentencesOf(speech.source));
  assert.ok(own.size > 100);
  for (const sentence of sentencesOf(scaleCorpus(speech, 3).source)) assert.ok(own.has(sentence), sentence);
});
