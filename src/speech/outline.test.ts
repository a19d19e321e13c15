import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readChapter } from './read-chapter.ts';
import { buildOutline } from './outline.ts';

const chapter = (part: number, body: string) =>
  readChapter(
    `part-${part}.mdx`,
    `---\npart: ${part}\ntitle: ${'一二三'[part - 1]}、标题\ncoverage: complete\n---\n\n${body}\n`,
  );

test('ids come from positions: part-N, N-S, N-S-I, N-rK and p1…pN through the whole speech', () => {
  const outline = buildOutline('题', [
    chapter(2, '开头一段。\n\n**一是要甲。**乙。\n\n## 第一，丙。\n\n丁。\n\n**一是要戊。**己。\n\n**二是要庚。**辛。'),
    chapter(1, '第一部分一段。'),
  ]);
  const [one, two] = outline.parts;
  assert.deepEqual([one!.id, two!.id], ['part-1', 'part-2'], 'parts in order of their number, not of the files');
  assert.deepEqual(
    two!.relationships.map((r) => [r.id, r.place]),
    [['2-r1', '二、一是']],
  );
  assert.deepEqual(
    two!.sections.map((s) => [s.id, s.place, s.label]),
    [['2-1', '二、第一', '第一，丙。']],
  );
  assert.deepEqual(
    two!.sections[0]!.items.map((i) => [i.id, i.place, i.label]),
    [
      ['2-1-1', '二、第一，一是', '一是要戊。'],
      ['2-1-2', '二、第一，二是', '二是要庚。'],
    ],
  );
  assert.deepEqual(
    outline.parts.flatMap((p) => p.paragraphs.map((q) => q.id)),
    ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'],
  );
  assert.equal(two!.paragraphs.find((p) => p.id === 'p6')!.place, '二、第一，二是');
});

test('changing the words of a block leaves every id as it was', () => {
  const ids = (body: string) =>
    buildOutline('题', [chapter(2, body)]).parts[0]!.paragraphs.map((p) => `${p.id}@${p.place}`);
  assert.deepEqual(
    ids('甲。\n\n## 第一，乙。\n\n**一是要丙。**丁。'),
    ids('另一句。\n\n## 第一，别的。\n\n**一是要别的。**别的。'),
  );
});
