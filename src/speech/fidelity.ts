import type { Block, NoteBlock, SpeechBlock } from './chapter.ts';
import { ContentError } from './errors.ts';
import type { EditedPart } from './source.ts';

/** A few characters either side of an offset, with the offset marked: “…积蓄力量‸为实现…”. */
const around = (text: string, at: number) => `“${text.slice(Math.max(0, at - 6), at)}‸${text.slice(at, at + 8)}”`;

/** Offsets in the part's running text where each paragraph after the first begins. */
function starts(lengths: number[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const length of lengths.slice(0, -1)) offsets.push((at += length));
  return offsets;
}

/** The speech block that holds the character at an offset of the running text. */
function blockAt(blocks: SpeechBlock[], offset: number): SpeechBlock | undefined {
  let end = 0;
  return blocks.find((b) => (end += b.text.length) > offset) ?? blocks.at(-1);
}

function differs(file: string, blocks: SpeechBlock[], text: string, source: string): ContentError[] {
  let at = 0;
  while (at < text.length && text[at] === source[at]) at++;
  if (at === text.length && at === source.length) return [];
  const before = `“${text.slice(Math.max(0, at - 8), at)}”`;
  const problem =
    at >= text.length
      ? `text of the source is missing at the end, after ${before}: the source goes on “${source.slice(at, at + 12)}”`
      : at >= source.length
        ? `text that is not in the source, at the end, after ${before}: “${text.slice(at, at + 12)}”`
        : `text differs from the source after ${before}: the chapter has “${text.slice(at, at + 12)}” where the source has “${source.slice(at, at + 12)}”`;
  return [new ContentError(file, blockAt(blocks, at)?.line, problem)];
}

/** Paragraphs split only at a source paragraph, an item, a relationship, or after a section's lead sentence; none joined. */
function splitsAndJoins(file: string, blocks: SpeechBlock[], part: EditedPart): ContentError[] {
  const source = part.paragraphs.join('');
  const sourceStarts = new Set(starts(part.paragraphs.map((p) => p.length)));
  const errors: ContentError[] = [];
  starts(blocks.map((b) => b.text.length)).forEach((offset, i) => {
    const block = blocks[i + 1]!;
    const allowed =
      sourceStarts.has(offset) ||
      block.kind === 'item' ||
      block.kind === 'relationship' ||
      blocks[i]!.kind === 'section';
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
  for (const offset of sourceStarts)
    errors.push(
      new ContentError(
        file,
        blockAt(blocks, offset)?.line,
        `two source paragraphs are joined at ${around(source, offset)}; keep them apart`,
      ),
    );
  return errors;
}

/** A note stands only between source paragraphs (or before the first, after the last), never inside one. */
function notePlaces(file: string, blocks: Block[], part: EditedPart): ContentError[] {
  const source = part.paragraphs.join('');
  const between = new Set([0, ...starts(part.paragraphs.map((p) => p.length)), source.length]);
  const errors: ContentError[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (block.kind !== 'note') offset += block.text.length;
    else if (!between.has(offset))
      errors.push(
        new ContentError(
          file,
          block.line,
          `a note stands inside a source paragraph, at ${around(source, offset)}; put it between paragraphs`,
        ),
      );
  }
  return errors;
}

/** A note's source shows one of the source's own marks (such as （上接第一版）), each once; never the speech. */
function noteSources(file: string, blocks: Block[], part: EditedPart): ContentError[] {
  const left = [...part.marks];
  return blocks.flatMap((block) => {
    if (block.kind !== 'note' || !block.source) return [];
    const at = left.indexOf(block.source);
    if (at < 0) return [notAMark(file, block, part)];
    left.splice(at, 1);
    return [];
  });
}

function notAMark(file: string, note: NoteBlock, part: EditedPart): ContentError {
  const quoted = `“${note.source.slice(0, 16)}${note.source.length > 16 ? '…' : ''}”`;
  const allowed = part.marks.length
    ? `this part's are ${part.marks.join('、')}`
    : 'this part of the source prints none';
  const what = part.paragraphs.join('').includes(note.source)
    ? `${quoted} is the speech's own text, which stays in its paragraph`
    : `${quoted} is not one`;
  return new ContentError(
    file,
    note.line,
    `a note's source shows only the source's own marks, such as （上接第一版） (${allowed}), each once; ${what}`,
  );
}

/**
 * Checks a chapter against its part of the source: the same title, the same characters of the speech in the same
 * order (notes never count), paragraphs split only where the editorial rules allow, notes only between paragraphs.
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
  const speech = blocks.filter((b): b is SpeechBlock => b.kind !== 'note');
  const sources = noteSources(file, blocks, part);
  const text = differs(file, speech, speech.map((b) => b.text).join(''), part.paragraphs.join(''));
  // Paragraph boundaries mean something only once the text is the source's.
  const errors = text.length
    ? [...sources, ...text]
    : [...sources, ...notePlaces(file, blocks, part), ...splitsAndJoins(file, speech, part)];
  // In the order of the file, so that the first problem an editor reads is the first in the chapter.
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
