import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSpeech } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { generateQuestions, sentencesOf } from './questions.ts';
import { restored } from './fidelity.ts';

const speech = loadSpeech(speechPaths);
const questions = generateQuestions(speech.outline, speech.plan);
const paragraphs = new Map(speech.outline.parts.flatMap((p) => p.paragraphs).map((p) => [p.id, p.text]));
const sections = new Map(speech.outline.parts.flatMap((p) => p.sections).map((s) => [s.id, s.label]));
const whole = [...paragraphs.values(), ...sections.values(), ...speech.outline.parts.map((p) => p.title ?? '')].join(
  '\n',
);

test('the speech yields 62 填空, 72 单选, 11 多选 and 45 出处, each id once', () => {
  const count = (kind: string) => questions.filter((q) => q.kind === kind).length;
  assert.deepEqual(
    { fill: count('fill'), choice: count('choice'), multi: count('multi'), source: count('source') },
    { fill: 62, choice: 72, multi: 11, source: 45 },
  );
  assert.equal(new Set(questions.map((q) => q.id)).size, questions.length);
});

test('every stem with its answers put back is a sentence of its paragraph, and every option a span of the speech', () => {
  for (const q of questions) {
    const target = paragraphs.get(q.target) ?? sections.get(q.target);
    assert.ok(target?.includes(restored(q)), `${q.id}: ${restored(q)}`);
    for (const words of [...q.options, ...q.answers]) assert.ok(whole.includes(words), `${q.id}: ${words}`);
    assert.ok(
      q.answers.every((a) => q.kind === 'fill' || q.options.includes(a)),
      q.id,
    );
  }
});

test('no question asks for a list the speech names but does not give (四个短板, the 10 breakthroughs, the 50 tasks)', () => {
  for (const q of questions.filter((q) => q.kind === 'multi')) {
    assert.doesNotMatch(q.stem[0]!, /四个短板|10个方面新突破|50项重点任务|10个突破/, q.id);
    // A 多选's right options are items the speech itself lists: its items' lead sentences or the editors' quotations.
    assert.ok(q.answers.length >= 2, q.id);
  }
  const named = questions.filter((q) => q.stem.join('').includes('短板”') && q.kind === 'fill');
  assert.ok(named.every((q) => q.answers.every((a) => ['四', '四个短板'].includes(a))));
});

test('the 4 relationships and the three 坚决不要 are asked as 多选 with true spans from elsewhere as the wrong options', () => {
  const relationships = questions.find(
    (q) => q.stem[0] === '实现这些目标任务，要注重把握好4个关系。' && q.kind === 'multi',
  );
  assert.deepEqual(relationships?.answers, [
    '一是要把握好“质”与“量”的关系。',
    '二是要把握好“谋”与“干”的关系。',
    '三是要把握好“点”与“面”的关系。',
    '四是要把握好“稳”与“进”的关系。',
  ]);
  assert.equal(relationships?.options.length, 6);
  const formula = questions.find((q) => q.stem[0] === '行动方案提出了三个“坚决不要”的要求');
  assert.deepEqual(formula?.answers, [
    '坚决不要带水分的经济增长',
    '坚决不要带污染的经济增长',
    '坚决不要带血的经济增长',
  ]);
});

test('a 填空 on counts blanks every count of its sentence: 10, 50 and 5 of the plan', () => {
  const q = questions.find((q) => q.ask === 'count' && q.target === 'p2' && q.answers.length === 3);
  assert.deepEqual(q?.answers, ['10', '50', '5']);
});

test('a 单选 blanks its term each time the sentence quotes it, and offers no other term of the sentence', () => {
  const q = questions.find((q) => q.kind === 'choice' && restored(q) === '要善“谋”重“谋”。');
  assert.deepEqual(q?.stem, ['要善“', '”重“', '”。']);
  assert.deepEqual(q?.answers, ['谋', '谋']);
  for (const q of questions.filter((q) => q.kind === 'choice'))
    for (const option of q.options.filter((o) => o !== q.answers[0]))
      assert.ok(!restored(q).includes(`“${option}”`), `${q.id}: ${option}`);
});

test('sentences end at 。！？ and keep the closing quote after it', () => {
  assert.deepEqual(sentencesOf('甲。“乙！”丙'), ['甲。', '“乙！”', '丙']);
});
