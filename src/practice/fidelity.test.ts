import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkQuestions, readQuestions, type BuiltSpeech, type PublishedQuestion } from './fidelity.ts';

const speech: BuiltSpeech = {
  text: '要持续优化营商环境。营商环境是“牛鼻子”。\n第一，深入落实扩大内需战略。',
  target: (link) => ({ '/part-2/#p22': '要持续优化营商环境。营商环境是“牛鼻子”。' })[link],
};
const fill: PublishedQuestion = {
  id: 'q-fill',
  kind: 'fill',
  stem: ['营商环境是“', '”。'],
  answers: ['牛鼻子'],
  options: [],
  correct: [],
  link: '/part-2/#p22',
  line: 1,
};
const choice: PublishedQuestion = {
  ...fill,
  id: 'q-choice',
  kind: 'choice',
  options: ['牛鼻子', '营商环境'],
  correct: ['牛鼻子'],
};

test('a question whose words are all the speech’s passes', () => {
  assert.deepEqual(checkQuestions([fill, choice], speech), []);
});

test('an edited option, an edited stem, a wrong link or a wrong key each fail, naming the question', () => {
  const cases: [PublishedQuestion, RegExp][] = [
    [{ ...choice, options: ['牛鼻子', '营商环境好'] }, /“营商环境好” is not in the speech/],
    [{ ...fill, stem: ['营商环境就是“', '”。'] }, /is not in \/part-2\/#p22/],
    [{ ...fill, link: '/part-2/#p23' }, /lands nowhere/],
    [{ ...choice, correct: ['营商环境'] }, /单选/],
    [{ ...fill, answers: ['牛鼻子', '牛'] }, /填空 with 1 blanks, 2 answers/],
  ];
  for (const [question, problem] of cases) assert.match(checkQuestions([question], speech).join('\n'), problem);
});

test('the questions are read back from the page’s HTML: stem pieces around each blank, answers, options and link', () => {
  const html = `<ol><li data-question id="q-x" data-kind="choice"><p data-stem>营商环境是“<span data-blank>（　　）</span>”。</p>
    <ol><li data-option data-correct>牛鼻子</li><li data-option>营商环境</li></ol>
    <details><p><span data-answer>牛鼻子</span></p><p><a href="/part-2/#p22" data-link>原文</a></p></details></li></ol>`;
  const [q] = readQuestions(html);
  assert.deepEqual({ ...q, line: 0 }, { ...choice, id: 'q-x', line: 0 });
});
