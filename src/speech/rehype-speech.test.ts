import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { ContentError } from './errors.ts';
import { loadOutline } from './load.ts';
import { speechMarkdown } from './markdown.ts';
import { speechPaths } from './paths.ts';

/** A chapter rendered by the site's own MDX pipeline (as Astro runs it), as HTML just after the outline's ids are in. */
async function render(name: string, edit: (text: string) => string = (text) => text): Promise<string> {
  let html = '';
  const processor = speechMarkdown(speechPaths);
  // After the site's own plugins (the processor's renderer reads its options when it is created).
  processor.options.rehypePlugins.push(() => (tree: Root) => void (html = toHtml(tree)));
  const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
  const file = join(speechPaths.root, speechPaths.chapters, name);
  // Astro's MDX integration blanks the frontmatter out the same way, keeping every line where it is.
  const { content, frontmatter } = parseFrontmatter(edit(readFileSync(file, 'utf8')), {
    frontmatter: 'empty-with-spaces',
  });
  await renderer.process(content, file, frontmatter);
  return html;
}

const part = (number: number) => loadOutline(speechPaths).parts.find((p) => p.number === number)!;

test('a paragraph carries its id and, first, its margin number, an empty link to itself', async () => {
  const html = await render('part-2.mdx');
  const first = part(2).paragraphs[0]!;
  assert.ok(
    html.includes(
      `<p id="${first.id}" class="paragraph"><a href="#${first.id}" class="paragraph-number" aria-label="第${first.number}段"></a>${first.text.slice(0, 10)}`,
    ),
    html.slice(0, 400),
  );
});

test('an item is a block with its own id, and its link mark follows its bold lead sentence', async () => {
  const html = await render('part-2.mdx');
  assert.match(
    html,
    /<div id="2-1-1" class="item"><p id="p\d+" class="paragraph"><a href="#p\d+" class="paragraph-number" aria-label="第\d+段"><\/a><strong>一是要切实扩大有效投资。<\/strong><a href="#2-1-1" class="permalink" aria-label="链接：二、第一，一是"><\/a>投资/,
  );
});

test('a section heading carries its id and ends with its link mark', async () => {
  const html = await render('part-2.mdx');
  assert.match(
    html,
    /<h2 id="2-1">第一，深入落实扩大内需战略，积蓄发展势能。<a href="#2-1" class="permalink" aria-label="链接：二、第一"><\/a><\/h2>/,
  );
});

test('every block of the outline is in the page, in order, each once', async () => {
  const html = await render('part-3.mdx');
  const ids = [...html.matchAll(/<(?:p|div|h2) id="([^"]+)"/g)].map(([, id]) => id);
  const expected = part(3).blocks.flatMap((b) =>
    b.kind === 'section'
      ? [b.section.id]
      : b.kind === 'paragraph'
        ? [b.paragraph.id]
        : b.kind === 'note'
          ? []
          : [b.entry.id, b.paragraph.id],
  );
  assert.deepEqual(ids, expected);
});

const noteWithSource =
  '<div class="note" role="note" data-editorial="" data-pagefind-ignore=""><p><strong class="note-label">编者注</strong><span class="note-source" data-source="">（上接第一版）</span>报纸版面标记：';

test("a note is the editors' block, marked as not the speech, with the source's mark it shows", async () => {
  const first = await render('part-1.mdx');
  assert.ok(first.includes(noteWithSource), first.slice(0, 400));
  const html = await render('part-4.mdx');
  assert.match(
    html,
    /<div class="note" role="note" data-editorial="" data-pagefind-ignore=""><p><strong class="note-label">编者注<\/strong>原文至此中断/,
  );
  assert.doesNotMatch(html, /Note/);
});

test('a note written on one line renders as the same block as one written on three', async () => {
  const threeLines = await render('part-4.mdx');
  // The same words on the note's first line, and two blank lines: every block stays on its line.
  const oneLine = await render('part-4.mdx', (text) => {
    const edited = text.replace(/<Note>\n(.*)\n<\/Note>/, '<Note>$1</Note>\n\n');
    assert.match(edited, /^<Note>原文.*<\/Note>$/m);
    return edited;
  });
  assert.notEqual(oneLine, '');
  assert.equal(oneLine, threeLines);
});

test('a chapter that changed after the outline was read stops with its file and the line that moved', async () => {
  // A blank line at the top moves every block down one line from where the outline read it.
  await assert.rejects(
    render('part-3.mdx', (text) => text.replace('---\n\n', '---\n\n\n')),
    (error: Error) => {
      assert.ok(error instanceof ContentError, String(error));
      assert.match(
        error.message,
        /^content\/speech\/part-3\.mdx:\d+: the outline read no block on this line: the chapter changed while it was built/,
      );
      return true;
    },
  );
});

test('an item whose lead sentence lost its bold after the outline was read stops on its line', async () => {
  const line = part(2).blocks.find((b) => b.kind === 'item')!.line;
  await assert.rejects(
    render('part-2.mdx', (text) => text.replace('**一是要切实扩大有效投资。**', '一是要切实扩大有效投资。')),
    (error: Error) =>
      error.message.startsWith(
        `content/speech/part-2.mdx:${line}: the outline read an item here, but the paragraph has no bold lead sentence`,
      ),
  );
});
