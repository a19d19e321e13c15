import type { Block } from './chapter.ts';
import { ContentError } from './errors.ts';
import type { EditedPart } from './source.ts';

const around = (text: string, at: number) => `“${text.slice(Math.max(0, at - 6), at)}⟨${text.slice(at, at + 8)}⟩”`;

/** Offsets in the part's running text where each paragraph after the first begins. */
function starts(lengths: number[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const length of lengths.slice(0, -1)) offsets.push((at += length));
  return offsets;
}

/**
 * Checks a chapter against its part of the source: the same title, the same characters in the same order,
 * and paragraphs split only where the editorial rules allow (at a section's lead sentence, an item, or after a note).
 */
export function checkAgainstSource(
  chapter: { file: string; title?: string; titleLine?: number; blocks: Block[] },
  part: EditedPart,
): ContentError[] {
  const { file, blocks } = chapter;
  if (chapter.title !== part.heading) {
    const expected =
      part.heading === undefined ? "no title: the source does not print this part's heading" : `title: ${part.heading}`;
    return [new ContentError(file, chapter.titleLine, `the title differs from the source; expected ${expected}`)];
  }
  const text = blocks.map((b) => b.text).join('');
  const source = part.paragraphs.join('');
  let at = 0;
  while (at < text.length && text[at] === source[at]) at++;
  if (at < text.length || at < source.length) {
    let offset = 0;
    const block = blocks.find((b) => (offset += b.text.length) > at) ?? blocks.at(-1);
    const problem =
      at >= text.length
        ? `text of the source is missing at the end: ${around(source, at)}`
        : `text differs from the source: the chapter has ${around(text, at)} where the source has ${around(source, at)}`;
    return [new ContentError(file, block?.line, problem)];
  }
  const sourceStarts = new Set(starts(part.paragraphs.map((p) => p.length)));
  const chapterStarts = starts(blocks.map((b) => b.text.length));
  const errors: ContentError[] = [];
  chapterStarts.forEach((offset, i) => {
    const block = blocks[i + 1]!;
    const previous = blocks[i]!;
    const allowed =
      sourceStarts.has(offset) ||
      block.kind === 'note' ||
      block.kind === 'item' ||
      block.kind === 'relationship' ||
      previous.kind === 'section' ||
      previous.kind === 'note';
    if (!allowed)
      errors.push(
        new ContentError(
          file,
          block.line,
          `a new paragraph starts inside a source paragraph at ${around(source, offset)}; split only at an item or after a section's lead sentence`,
        ),
      );
    sourceStarts.delete(offset);
  });
  for (const offset of sourceStarts) {
    let length = 0;
    const block = blocks.find((b) => (length += b.text.length) > offset);
    errors.push(
      new ContentError(
        file,
        block?.line,
        `two source paragraphs are joined at ${around(source, offset)}; keep them apart`,
      ),
    );
  }
  return errors;
}
