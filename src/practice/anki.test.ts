import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSpeech } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { ankiDeck } from './anki.ts';
import { generateQuestions, sentencesOf } from './questions.ts';

const speech = loadSpeech(speechPaths);
const questions = generateQuestions(speech.outline, speech.plan);
const deck = ankiDeck(questions, (q) => `https://example.org/${q.page}#${q.target}`);
const sentences = new Set(speech.outline.parts.flatMap((p) => p.paragraphs).flatMap((p) => sentencesOf(p.text)));

test('the Anki file has the header lines Anki reads and three tab-separated fields on every line', () => {
  const lines = deck.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 5), [
    '#separator:tab',
    '#html:false',
    '#notetype:Cloze',
    '#deck:辽宁讲话::自测',
    '#tags column:3',
  ]);
  const notes = lines.slice(5);
  assert.equal(notes.length, questions.filter((q) => q.kind === 'fill').length);
  for (const note of notes) assert.equal(note.split('\t').length, 3, note);
});

test('each cloze’s full text is a sentence of the speech, and each card names its place and permalink', () => {
  for (const note of deck.trimEnd().split('\n').slice(5)) {
    const [cloze = '', back = ''] = note.split('\t');
    assert.match(cloze, /\{\{c1::[^}]+\}\}/);
    const full = cloze.replace(/\{\{c\d+::([^}]*)\}\}/g, '$1');
    assert.ok(sentences.has(full), full);
    assert.match(back, /^出处：\S+第\d+段 https:\/\/example\.org\/part-\d\/#p\d+$/);
  }
});
