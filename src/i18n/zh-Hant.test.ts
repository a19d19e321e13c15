import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAloudText, recordText, studyStrings, zhCN } from './zh-CN.ts';
import { readAloudTextHant, recordTextHant, studyStringsHant, zhHant } from './zh-Hant.ts';
import { writingStrings } from './writing.ts';
import { fullTextStrings } from './full-text.ts';
import { fullTextStringsHant } from './full-text-hant.ts';
import { writingPageText } from './writing-page.ts';
import { writingPageTextHant } from './writing-page-hant.ts';
import { writingStringsHant } from './writing-hant.ts';
import { convertToTraditional } from '../traditional/convert.ts';

const keys = Object.keys(zhCN) as (keyof typeof zhCN)[];
const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// That both tables have the same keys is the type checker's (Table<typeof zhCN>); the {values} inside are not.
test('every Traditional string fills the same {values} as its Simplified one, so no filled word goes missing', () => {
  for (const key of keys) assert.deepEqual(names(zhHant[key]), names(zhCN[key]), key);
});

test('one Simplified string has one Traditional form, so the built page can be matched string by string', () => {
  const forms = new Map<string, string>();
  const pairs = [
    ...keys.map((key) => [key, zhCN[key], zhHant[key]]),
    ...Object.entries(writingPageText).map(([key, form]) => [
      key,
      form,
      writingPageTextHant[key as keyof typeof writingPageText],
    ]),
  ];
  for (const [key, simplified, traditional] of pairs) {
    const known = forms.get(simplified!);
    if (known !== undefined) assert.equal(traditional, known, `${key}: ${simplified}`);
    forms.set(simplified!, traditional!);
  }
});

test('every Traditional string is in Traditional characters: the converter leaves it as it is', () => {
  for (const key of keys) assert.equal(convertToTraditional(zhHant[key]), zhHant[key], key);
});

test('the study tools, 朗读, 学习记录 and the 心得提纲 fill the same {values} in Traditional, in Traditional characters', () => {
  const pairs = [
    [studyStrings, studyStringsHant],
    [readAloudText, readAloudTextHant],
    [recordText, recordTextHant],
    [writingStrings, writingStringsHant],
    [writingPageText, writingPageTextHant],
    [fullTextStrings, fullTextStringsHant],
  ] as [Record<string, string>, Record<string, string>][];
  for (const [simplified, traditional] of pairs) {
    for (const [key, form] of Object.entries(traditional)) {
      assert.deepEqual(names(form), names(simplified[key] ?? ''), key);
      assert.equal(convertToTraditional(form), form, key);
    }
  }
});
