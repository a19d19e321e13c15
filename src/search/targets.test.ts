import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadOutline } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { searchTargets } from './targets.ts';

const outline = loadOutline(speechPaths);
const targets = searchTargets(outline, (slug) => `/${slug}/`);

test('every paragraph of the outline is searchable once, in reading order', () => {
  const paragraphs = outline.parts.flatMap((p) => p.paragraphs);
  assert.deepEqual(
    targets.filter((b) => b.number).map((b) => b.id),
    paragraphs.map((p) => p.id),
  );
});

test('section headings and printed part titles are searchable; the editorial label of part 一 is not', () => {
  const section = targets.find((b) => b.id === '2-1')!;
  assert.equal(section.text, '第一，深入落实扩大内需战略，积蓄发展势能。');
  assert.equal(section.place, '二、第一');
  assert.ok(targets.some((b) => b.id === 'part-2'));
  assert.ok(!targets.some((b) => b.id === 'part-1'));
});

test('a heading comes just before the paragraphs under it', () => {
  const at = targets.findIndex((b) => b.id === '2-1');
  assert.equal(targets[at + 1]!.place, '二、第一');
  assert.equal(targets[at + 1]!.page, '/part-2/');
});
