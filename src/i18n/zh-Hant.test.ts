import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAloudText, recordText, studyStrings, zhCN } from './zh-CN.ts';
import { readAloudTextHant, recordTextHant, studyStringsHant, zhHant } from './zh-Hant.ts';
import { convertToTraditional } from '../traditional/convert.ts';

const keys = Object.keys(zhCN) as (keyof typeof zhCN)[];
const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// That both tables have the same keys is the type checker's (Table<typeof zhCN>); the {values} inside are not.
test('every Traditional string fills the same {values} as its Simplified one, so no filled word goes missing', () => {
  for (const key of keys) assert.deepEqual(names(zhHant[key]), names(zhCN[key]), key);
});

test('one Simplified string has one Traditional form, so the built page can be matched string by string', () => {
  const forms = new Map<string, string>();
  for (const key of keys) {
    const known = forms.get(zhCN[key]);
    if (known !== undefined) assert.equal(zhHant[key], known, `${key}: ${zhCN[key]}`);
    forms.set(zhCN[key], zhHant[key]);
  }
});

test('every Traditional string is in Traditional characters: the converter leaves it as it is', () => {
  for (const key of keys) assert.equal(convertToTraditional(zhHant[key]), zhHant[key], key);
});

test('the study tools, 朗读 and 学习记录 fill the same {values} in Traditional, in Traditional characters', () => {
  const pairs = [
    [studyStrings, studyStringsHant],
    [readAloudText, readAloudTextHant],
    [recordText, recordTextHant],
  ] as [Record<string, string>, Record<string, string>][];
  for (const [simplified, traditional] of pairs) {
    for (const [key, form] of Object.entries(traditional)) {
      assert.deepEqual(names(form), names(simplified[key] ?? ''), key);
      assert.equal(convertToTraditional(form), form, key);
    }
  }
});
