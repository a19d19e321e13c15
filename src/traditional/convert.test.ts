import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ContentError } from '../speech/errors.ts';
import { convertRun, convertToSimplified, convertToTraditional, firstDifference, readProofreading } from './convert.ts';
import { parseProofreading } from './proofreading.ts';

const FILE = 'content/traditional.yaml';
const proofreading = readProofreading(FILE, readFileSync(FILE, 'utf8'));
const convert = (text: string) => convertRun(text, proofreading, new Map()).text;

test('the converter writes Taiwan standard forms by phrase, and keeps the words (no vocabulary mode)', () => {
  assert.equal(convertToTraditional('牵一发而动全身'), '牽一髮而動全身');
  assert.equal(convertToTraditional('关系到中华民族伟大复兴'), '關係到中華民族偉大復興');
  assert.equal(convertToTraditional('实现良性循环，推进重点项目'), '實現良性循環，推進重點項目');
  assert.equal(convertToTraditional('骨子里'), '骨子裡');
});

test("the editors' corrections mend what the converter gets wrong in this speech", () => {
  // The converter's own output first: each correction is needed.
  assert.equal(convertToTraditional('积蓄发展势能'), '積蓄髮展勢能');
  assert.equal(convertToTraditional('创新链产业链资金链人才链'), '創新鏈產業鏈資金鍊人才鏈');
  assert.equal(convertToTraditional('“催征鼓”'), '“催徵鼓”');
  assert.equal(convert('积蓄发展势能'), '積蓄發展勢能');
  assert.equal(convert('厚植发展新优势'), '厚植發展新優勢');
  assert.equal(convert('创新链产业链资金链人才链'), '創新鏈產業鏈資金鏈人才鏈');
  assert.equal(convert('“催征鼓”'), '“催征鼓”');
  for (const text of ['积蓄发展势能', '厚植发展新优势', '资金链', '“催征鼓”'])
    assert.equal(convertToSimplified(convert(text)), text);
});

test('each correction counts its matches, so one that matches nothing can be named', () => {
  const uses = new Map();
  convertRun('积蓄发展势能，积蓄发展势能', proofreading, uses);
  const [first] = proofreading.corrections;
  assert.equal(uses.get(first), 2);
  assert.equal(uses.size, 1);
});

const problem = (yaml: string) => {
  try {
    readProofreading('x.yaml', yaml);
  } catch (error) {
    assert.ok(error instanceof ContentError);
    return error.message;
  }
  assert.fail('no problem found');
};

test('a correction that breaks the round trip, changes the length or writes a wrong form is refused at its line', () => {
  assert.match(
    problem('corrections:\n  - from: 資金鍊\n    to: 資金練\n    why: wrong\n'),
    /^x\.yaml:2: the correction 資金鍊 → 資金練 breaks the round trip: 資金練 reads back as 资金练, not 资金链/,
  );
  assert.match(
    problem('corrections:\n  - from: 資金鍊\n    to: 資金之鏈\n    why: w\n'),
    /^x\.yaml:2: .*changes the text's length/,
  );
  assert.match(
    problem('corrections:\n  - from: 積蓄發展\n    to: 積蓄髮展\n    why: w\nwrong:\n  - form: 髮展\n    why: w\n'),
    /^x\.yaml:2: .*writes 髮展, a wrong form \(line 6\)/,
  );
  assert.match(problem('corrections:\n  - from: 資金鍊\n    why: w\n'), /^x\.yaml:2: `corrections` entry without “to”/);
  assert.match(
    problem('corrections:\n  - from: a\n    to: b\n    why: w\n    note: n\n'),
    /^x\.yaml:2: unknown field “note”/,
  );
});

test('the file is read with each entry’s line, without the converter', () => {
  const { corrections, wrong } = parseProofreading(FILE, readFileSync(FILE, 'utf8'));
  const lines = readFileSync(FILE, 'utf8').split('\n');
  for (const c of corrections) assert.equal(lines[c.line - 1], `  - from: ${c.from}`);
  for (const w of wrong) assert.equal(lines[w.line - 1], `  - form: ${w.form}`);
  assert.ok(corrections.every((c) => c.why.length > 0));
});

test('the first difference is counted in characters', () => {
  assert.equal(firstDifference('資金鏈', '資金鏈'), -1);
  assert.equal(firstDifference('𠀀資金鍊', '𠀀資金鏈'), 3);
  assert.equal(firstDifference('資金', '資金鏈'), 2);
});
