import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadOutline } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { searchTargets } from './targets.ts';
import { findPhrase, prepare, resultHref } from './phrase.ts';

const targets = prepare(searchTargets(loadOutline(speechPaths), (slug) => `/${slug}/`));
const ids = (query: string) => findPhrase(targets, query).map((r) => r.target.id);

test('a phrase typed with full-width, half-width or no punctuation finds the same paragraphs', () => {
  const expected = ids('“质”与“量”的关系');
  assert.deepEqual(expected, ['p3']);
  assert.deepEqual(ids('"质"与"量"的关系'), expected);
  assert.deepEqual(ids('质与量的关系'), expected);
});

test('results come in reading order, each paragraph once, with every occurrence counted', () => {
  const results = findPhrase(targets, '营商环境');
  const numbers = results.map((r) => r.target.number ?? 0);
  assert.deepEqual(
    numbers,
    [...numbers].sort((a, b) => a - b),
  );
  assert.ok(results.find((r) => r.target.id === 'p22')!.matches.length >= 2);
});

test('Latin terms and numbers are found in any width', () => {
  assert.deepEqual(ids('ＲＣＥＰ'), ids('rcep'));
  assert.ok(ids('RCEP').length > 0);
  assert.ok(ids('６０００亿元').length > 0);
  assert.ok(ids('300个').length > 0);
});

test('a section heading is found by its own words', () => {
  assert.deepEqual(ids('深入落实扩大内需战略'), ['2-1']);
});

test('the excerpt shows the match as it is printed, punctuation included', () => {
  const [result] = findPhrase(targets, '质与量');
  assert.equal(result!.excerpt.match, '质”与“量');
});

test('a query of punctuation alone, or of words not in the speech, finds nothing', () => {
  assert.deepEqual(ids('，。、'), []);
  assert.deepEqual(ids('营商鳄鱼'), []);
  assert.deepEqual(ids('<img src=x onerror=alert(1)>'), []);
});

test('a result opens its target on the part page and carries the phrase', () => {
  const [result] = findPhrase(targets, '辽老大');
  assert.equal(resultHref(result!.target, ' 辽老大 '), `/part-1/?mark=${encodeURIComponent('辽老大')}#p1`);
});

test('a phrase that runs on across a paragraph break is found in the paragraph where it begins', () => {
  // The source prints the section's last sentence and the first item as one paragraph; the site splits them.
  const [result, ...rest] = findPhrase(targets, '谋突破、促振兴。一是要提升政治能力');
  assert.equal(result!.target.id, 'p31');
  assert.equal(rest.length, 0);
  assert.equal(result!.excerpt.match, '谋突破、促振兴。一是要提升政治能力');
  const [start, end] = result!.matches[0]!;
  assert.equal(result!.target.text.slice(start, end), '谋突破、促振兴', 'the range in the paragraph stops at its end');
});

test('a section heading and the paragraph under it read on as one text', () => {
  assert.deepEqual(ids('积蓄发展势能。行动方案将积极扩大有效需求'), ['2-1']);
});

test('no phrase runs on from one part page into the next', () => {
  const lastOfPart1 = targets.targets.find((b) => b.id === 'p1')!.text.slice(-4);
  const part2Title = targets.targets.find((b) => b.id === 'part-2')!.text.slice(0, 4);
  assert.deepEqual(ids(lastOfPart1 + part2Title), []);
});
