import { directiveContext, gbt7714, textDirective, type Reference } from '../citation/citation.ts';
import { inEdition, inSpeechOrder, toUtf16, type Fold, type StudyRecord } from './model.ts';

// The entries of the 学习笔记 a reader hands in, each with its place, words, note, date, GB/T 7714 citation and
// permalink; notes-layout.ts sets them out for the three files.

/** What the exports know of a paragraph, from the outline at build time. */
export interface ParagraphInfo {
  /** Its page's address, absolute, without a fragment. */
  page: string;
  number: number;
  /** 二、第一 · 第12段 */
  place: string;
  /** The part and section it stands in, as the table of contents names them. */
  part: string;
  section?: string;
  /** The paragraph's text, for the link back's context. */
  text: string;
}

/** What a page that lists passages carries of each paragraph (src/data/notes.ts writes it at build time). */
export type PageParagraphs = Record<string, Omit<ParagraphInfo, 'page'> & { path: string }>;

/** The paragraphs a page carries, with their absolute page addresses. */
export function paragraphsOf(data: string | undefined, origin: string): Record<string, ParagraphInfo> {
  const paths = JSON.parse(data ?? '{}') as PageParagraphs;
  const paragraphs: Record<string, ParagraphInfo> = {};
  for (const [id, { path, ...info }] of Object.entries(paths))
    paragraphs[id] = { ...info, page: new URL(path, origin).href };
  return paragraphs;
}

export interface Entry {
  record: StudyRecord;
  info: ParagraphInfo;
  /** …/part-2/#p12:~:text=prefix-,words,-suffix: opens the paragraph with exactly these words marked. */
  permalink: string;
  citation: string;
  day: string;
}

/** Facts GB/T 7714 takes besides the address and day (the title and the editors' metadata). */
export type Facts = Omit<Reference, 'url' | 'accessed'>;

/** The link that marks exactly the record's words: the paragraph's address and a text directive with context. */
export function permalinkOf(record: StudyRecord, info: ParagraphInfo, pageText = info.text): string {
  const start = toUtf16(info.text, record.start);
  const end = toUtf16(info.text, record.end);
  const words = info.text.slice(start, end) === record.exact;
  const context = words ? directiveContext(pageText, info.text, start, end, true) : {};
  return `${info.page}#${record.paragraph}${textDirective(record.exact, 10, context)}`;
}

/** Each live record with its place, link and citation, in the speech's order; records of unknown paragraphs are left out. */
export function entriesOf(
  records: StudyRecord[],
  paragraphs: Record<string, ParagraphInfo>,
  facts: Facts,
  accessed: string,
  // With the fold, a passage saved in the other edition is given in this one's script.
  fold?: Fold,
): Entry[] {
  return inSpeechOrder(records).flatMap((saved) => {
    const info = paragraphs[saved.paragraph];
    if (!info) return [];
    const record = fold ? inEdition(saved, info.text, fold) : saved;
    const citation = gbt7714({ ...facts, url: `${info.page}#${record.paragraph}`, accessed });
    // The link is worked out when first asked for (segmenting words is slow): 摘抄本 shows its first screen at once.
    let link: string | undefined;
    const entry = { record, info, citation, day: record.created.slice(0, 10) } as Entry;
    Object.defineProperty(entry, 'permalink', { get: () => (link ??= permalinkOf(record, info)), enumerable: true });
    return [entry];
  });
}

/** Entries grouped by part, then by section (undefined for a part's opening paragraphs), in order. */
export function grouped(entries: Entry[]): { part: string; sections: { section?: string; entries: Entry[] }[] }[] {
  const parts: { part: string; sections: { section?: string; entries: Entry[] }[] }[] = [];
  for (const entry of entries) {
    let part = parts.at(-1);
    if (part?.part !== entry.info.part) parts.push((part = { part: entry.info.part, sections: [] }));
    let section = part.sections.at(-1);
    if (!section || section.section !== entry.info.section)
      part.sections.push((section = { section: entry.info.section, entries: [] }));
    section.entries.push(entry);
  }
  return parts;
}

export interface Heading {
  title: string;
  name?: string;
  date?: string;
}
