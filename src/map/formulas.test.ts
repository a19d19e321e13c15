import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSpeech } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { onPartPageAt } from '../data/navigation.ts';
import { generateQuestions } from '../practice/questions.ts';
import { mapFormulas } from './formulas.ts';

const { outline, plan } = loadSpeech(speechPaths);
const formulas = mapFormulas(
  outline,
  plan,
  onPartPageAt((path = '') => `/${path}`),
);

test('结构图 draws the counted formulas the speech lists, each phrase under its entry and linked to its paragraph', () => {
  const drawn = Object.fromEntries(
    Object.entries(formulas).map(([under, list]) => [
      under,
      list.map((f) => [f.label, f.href, ...f.members.map((m) => `${m.label} ${m.href}`)]),
    ]),
  );
  assert.deepEqual(drawn, {
    '/part-2/#2-r1': [
      [
        '行动方案提出了三个“坚决不要”的要求',
        '/part-2/#p3',
        '坚决不要带水分的经济增长 /part-2/#p3',
        '坚决不要带污染的经济增长 /part-2/#p3',
        '坚决不要带血的经济增长 /part-2/#p3',
      ],
    ],
    '/part-2/#2-1': [
      [
        '三个“万亿突破”',
        '/part-2/#p8',
        '固定资产投资 /part-2/#p8',
        '招商引资实际到位资金 /part-2/#p8',
        '进出口总额 /part-2/#p8',
      ],
    ],
  });
});

test('the map and 自测 share one rule: every formula on the map is asked as a 多选 with its members as the answers', () => {
  const asked = generateQuestions(outline, plan)
    .filter((q) => q.kind === 'multi' && q.ask === 'formula')
    .map((q) => [q.stem[0], ...q.answers]);
  for (const formula of Object.values(formulas).flat())
    assert.ok(
      asked.some((q) => JSON.stringify(q) === JSON.stringify([formula.label, ...formula.members.map((m) => m.label)])),
      formula.label,
    );
});

test('a group is drawn only when its first quotation names exactly as many members as follow it', () => {
  const [intro, ...members] = plan.find((t) => t.topic === '三个“坚决不要”')!.quotations;
  const drawn = (quotations: typeof members) =>
    Object.values(mapFormulas(outline, [{ topic: '', quotations }], (_, id) => `#${id}`)).flat().length;
  assert.equal(drawn([intro!, ...members]), 1);
  assert.equal(drawn([intro!, ...members.slice(0, 2)]), 0, 'three named, two follow');
  assert.equal(drawn([members[0]!, ...members.slice(1)]), 0, 'no count named');
});
