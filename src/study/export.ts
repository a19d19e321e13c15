import { directiveContext, gbt7714, textDirective, type Reference } from '../citation/citation.ts';
import { inSpeechOrder, toUtf16, type StudyRecord } from './model.ts';

// The 学习笔记 a reader hands in: the same entries as plain text (微信读书's shape: 《书名》, ◆ part, then each
// passage) and as Markdown, each with its place, words, note, date, GB/T 7714 citation and permalink.

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
): Entry[] {
  return inSpeechOrder(records).flatMap((record) => {
    const info = paragraphs[record.paragraph];
    if (!info) return [];
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

const kindWord = (r: StudyRecord) => (r.kind === 'excerpt' ? '摘抄' : `划线（${r.style}）`);

/** 学习笔记 as plain text, for the clipboard and the .txt file. */
export function toText(entries: Entry[], { title, name, date }: Heading): string {
  const lines = [`《${title}》学习笔记`];
  const by = [name && `姓名：${name}`, date && `日期：${date}`].filter(Boolean).join('　');
  if (by) lines.push(by);
  for (const { part, sections } of grouped(entries)) {
    lines.push('', `◆ ${part}`);
    for (const { section, entries } of sections) {
      if (section) lines.push('', `◇ ${section}`);
      for (const { record, info, citation, permalink, day } of entries) {
        lines.push('', `${info.place}　${kindWord(record)}　${day}`, `“${record.exact}”`);
        if (record.note) lines.push(`想法：${record.note}`);
        lines.push(`出处：${citation}`, `链接：${permalink}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

// Characters Markdown would read as markup at a line's start or inside a line.
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
const quoteLines = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');

/** 学习笔记 as Markdown, for the .md file. */
export function toMarkdown(entries: Entry[], { title, name, date }: Heading): string {
  const out = [`# 《${escapeMarkdown(title)}》学习笔记`];
  const by = [name && `姓名：${escapeMarkdown(name)}`, date && `日期：${escapeMarkdown(date)}`].filter(Boolean);
  if (by.length) out.push('', by.join('　'));
  for (const { part, sections } of grouped(entries)) {
    out.push('', `## ${escapeMarkdown(part)}`);
    for (const { section, entries } of sections) {
      if (section) out.push('', `### ${escapeMarkdown(section)}`);
      for (const { record, info, citation, permalink, day } of entries) {
        out.push('', `**${info.place}**　${kindWord(record)}　${day}`, '', quoteLines(record.exact));
        if (record.note) out.push('', `想法：${escapeMarkdown(record.note).replace(/\n/g, '  \n')}`);
        out.push('', `出处：${citation}`, '', `链接：<${permalink}>`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
