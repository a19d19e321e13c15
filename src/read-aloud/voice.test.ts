import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseVoice } from './voice.ts';

const voice = (lang: string, isDefault = false) => ({ lang, default: isDefault, name: lang });

test('a mainland Mandarin voice is chosen by its language, however the browser spells it', () => {
  for (const lang of ['zh-CN', 'zh_CN', 'cmn-CN', 'cmn-Hans-CN', 'ZH-cn'])
    assert.equal(chineseVoice([voice('en-US', true), voice(lang)])?.lang, lang);
});

test('the system default wins among equally good voices', () => {
  assert.equal(chineseVoice([voice('zh-CN'), { ...voice('zh-CN', true), name: 'default' }])?.name, 'default');
});

test('Taiwan Mandarin reads when there is no mainland voice; Cantonese and English do not', () => {
  assert.equal(chineseVoice([voice('zh-HK'), voice('zh-TW')])?.lang, 'zh-TW');
  assert.equal(chineseVoice([voice('zh-HK'), voice('yue-HK'), voice('en-US', true)]), undefined);
  assert.equal(chineseVoice([]), undefined);
});
