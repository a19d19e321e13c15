import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContentError, throwAll, visible } from './errors.ts';

test('invisible and look-alike characters are shown by code point, so two strings that differ look different', () => {
  assert.equal(visible('积蓄\u200b力量'), '积蓄⟨U+200B⟩力量');
  assert.equal(visible('\ufeff甲\u202e乙\u2066'), '⟨U+FEFF⟩甲⟨U+202E⟩乙⟨U+2066⟩');
  // U+F967 is a compatibility ideograph that looks exactly like 不 (U+4E0D).
  assert.equal(visible('坚决\uf967要'), '坚决⟨U+F967⟩要');
  assert.equal(visible('甲\u3000乙\u00a0丙'), '甲⟨U+3000⟩乙⟨U+00A0⟩丙');
  assert.equal(visible('RCEP，6000亿元“不”。\n'), 'RCEP，6000亿元“不”。\n');
});

test('an error names its file and line first, and shows hidden characters', () => {
  assert.equal(new ContentError('a.mdx', 3, '“甲\u200b”').message, 'a.mdx:3: “甲⟨U+200B⟩”');
});

test('several problems are thrown together, the first one on the first line', () => {
  assert.throws(() => throwAll([new ContentError('a.mdx', 3, 'one'), new ContentError('b.mdx', 9, 'two')]), {
    message: 'a.mdx:3: one\n  and 1 more:\n  b.mdx:9: two',
  });
});
