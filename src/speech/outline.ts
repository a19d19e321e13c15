import type { Block } from './chapter.ts';
import { ContentError } from './errors.ts';
import { placeOf } from './place.ts';
import { leadSentence } from './text.ts';
import { t } from '../i18n/zh-CN.ts';

/** A chapter as read from `content/speech/`: its frontmatter and its blocks. */
export interface Chapter {
  file: string;
  part: number;
  title?: string;
  /** The frontmatter lines of `part:` and `title:`, for errors about them. */
  partLine?: number;
  titleLine?: number;
  coverage: 'complete' | 'ending-only' | 'opening-only';
  blocks: Block[];
}

/** Anything a reader can link to: its id (the URL fragment), where it stands in words, and the words that name it. */
export interface Entry {
  id: string;
  /** Where it stands in the speech, in words: 二、第一，三是. */
  place: string;
  /** Its lead sentence, or for a paragraph its first sentence. */
  label: string;
}

export interface Paragraph extends Entry {
  number: number;
  text: string;
}

export interface Section extends Entry {
  number: number;
  items: Entry[];
}

export interface Part extends Entry {
  number: number;
  /** The heading as printed; absent when the source does not print it. */
  title?: string;
  coverage: Chapter['coverage'];
  /** The page that shows this part alone, relative to the site root. */
  slug: string;
  file: string;
  relationships: Entry[];
  sections: Section[];
  paragraphs: Paragraph[];
  /** Each block of the chapter in order, with the ids and numbers it receives in the page. */
  blocks: PlacedBlock[];
}

/**
 * One block of a chapter with what it receives in the page: a section heading its section's id; an item or
 * relationship its own id and its paragraph's; any other paragraph its number; a note nothing but its words. `line`
 * is its first line in the chapter file, by which the rendered page's node finds it.
 */
export type PlacedBlock = { line: number } & (
  | { kind: 'section'; section: Section }
  | { kind: 'item' | 'relationship'; entry: Entry; paragraph: Paragraph }
  | { kind: 'paragraph'; paragraph: Paragraph }
  | { kind: 'note'; note: { source: string; comment: string } }
);

export interface Outline {
  title: string;
  parts: Part[];
}

/** Stops on a part that two chapters claim, naming the second. */
function oneChapterPerPart(chapters: Chapter[]) {
  const claimed = new Map<number, string>();
  for (const chapter of chapters) {
    const other = claimed.get(chapter.part);
    if (other)
      throw new ContentError(
        chapter.file,
        chapter.partLine,
        `part ${chapter.part} is already the chapter in ${other}; each part has one chapter`,
      );
    claimed.set(chapter.part, chapter.file);
  }
}

/** A chapter's part, before its blocks. */
function emptyPart(chapter: Chapter): Part {
  const id = `part-${chapter.part}`;
  return {
    id,
    place: placeOf(id),
    label: chapter.title ?? t('part.untitled', { place: placeOf(id) }),
    number: chapter.part,
    title: chapter.title,
    coverage: chapter.coverage,
    slug: `part-${chapter.part}`,
    file: chapter.file,
    relationships: [],
    sections: [],
    paragraphs: [],
    blocks: [],
  };
}

/** Adds a chapter's blocks to its part, numbering paragraphs on from `count`; returns the count after them. */
function addBlocks(part: Part, chapter: Chapter, count: number): number {
  let section: Section | undefined;
  for (const block of chapter.blocks) {
    if (block.kind === 'note') {
      part.blocks.push({ line: block.line, kind: 'note', note: { source: block.source, comment: block.comment } });
      continue;
    }
    if (block.kind === 'section') {
      const id = `${part.number}-${block.number}`;
      section = { id, place: placeOf(id), label: block.text, number: block.number, items: [] };
      part.sections.push(section);
      part.blocks.push({ line: block.line, kind: 'section', section });
      continue;
    }
    const number = ++count;
    const paragraph = (place: string): Paragraph => ({
      id: `p${number}`,
      place,
      label: leadSentence(block.text),
      number,
      text: block.text,
    });
    if (block.kind === 'paragraph') {
      const own = paragraph(section?.place ?? part.place);
      part.paragraphs.push(own);
      part.blocks.push({ line: block.line, kind: 'paragraph', paragraph: own });
      continue;
    }
    // readBlocks calls an enumerated block an item only inside a section.
    const id = section ? `${section.id}-${block.number}` : `${part.number}-r${block.number}`;
    const entry: Entry = { id, place: placeOf(id), label: block.lead };
    if (section) section.items.push(entry);
    else part.relationships.push(entry);
    const own = paragraph(entry.place);
    part.paragraphs.push(own);
    part.blocks.push({ line: block.line, kind: block.kind, entry, paragraph: own });
  }
  return count;
}

/** Derives every id, number and place from the chapters; the single structure behind every table of contents. */
export function buildOutline(title: string, chapters: Chapter[]): Outline {
  oneChapterPerPart(chapters);
  let count = 0;
  const parts = [...chapters]
    .sort((a, b) => a.part - b.part)
    .map((chapter) => {
      const part = emptyPart(chapter);
      count = addBlocks(part, chapter, count);
      return part;
    });
  return { title, parts };
}
