import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadOutline } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { onPartPageAt } from '../data/navigation.ts';
import { outlineEntries } from '../data/route.ts';
import { speechMap } from './map.ts';

const outline = loadOutline(speechPaths);
const map = speechMap(
  outline,
  outlineEntries(
    outline,
    onPartPageAt((path = '') => `/${path}`),
  ),
);

test('the map holds the four parts, the ten sections and the thirty items and relationships, each linked to its place', () => {
  assert.equal(map.length, 4);
  const entries = map.flatMap(({ entry }) => [...entry.entries, ...entry.entries.flatMap((e) => e.entries)]);
  assert.equal(entries.filter((e) => e.kind === 'section').length, 10);
  assert.equal(entries.filter((e) => e.kind === 'item' || e.kind === 'relationship').length, 30);
  const section = entries.find((e) => e.label === '第四，深化改革开放，释放发展活力。');
  assert.equal(section?.href, '/part-2/#2-4');
  assert.equal(section?.entries[0]?.href, '/part-2/#2-4-1');
});

test('each part says what it holds, counted by hand from the text, and what the text lacks of it', () => {
  assert.deepEqual(
    map.map(({ counts, missing }) => [counts, missing]),
    [
      ['', '本文只有这一部分的最后一段'],
      ['4个关系 · 5个小节 · 16个条目', undefined],
      ['5个小节 · 10个条目', undefined],
      ['', '本文只有这一部分的开头，在半句处中断'],
    ],
  );
});
