import { fill } from '../i18n/fill.ts';
import { grouped, type Entry, type Heading } from './export.ts';
import type { Style } from './model.ts';

// One layout of 学习笔记 (微信读书's shape: 《书名》, ◆ part, ◇ section, then each passage), rendered as plain text,
// Markdown and Word: the three files say the same, in the words of the page's edition.

/** The strings the exports write; the page passes its edition's table. */
export type NotesLabels = Record<
  | 'notes.title'
  | 'notes.name'
  | 'notes.date'
  | 'notes.style'
  | 'notes.filter.excerpt'
  | 'notes.noteLabel'
  | 'notes.source'
  | 'notes.link'
  | `study.style.${Style}`,
  string
>;

/** One passage as the exports set it out. */
export interface NotesEntry {
  place: string;
  /** 摘抄, or 划线（直线）. */
  kind: string;
  day: string;
  words: string;
  note: string;
  noteLabel: string;
  /** The label and the GB/T 7714 citation. */
  source: string;
  linkLabel: string;
  link: string;
}

export type NotesBlock =
  { kind: 'title' | 'by' | 'part' | 'section'; text: string } | { kind: 'entry'; entry: NotesEntry };

/** 学习笔记 as blocks in order: the title, the optional name and date, then parts, sections and passages. */
export function notesLayout(entries: Entry[], { title, name, date }: Heading, labels: NotesLabels): NotesBlock[] {
  const blocks: NotesBlock[] = [{ kind: 'title', text: fill(labels['notes.title'], { title }) }];
  const by = [name && `${labels['notes.name']}：${name}`, date && `${labels['notes.date']}：${date}`];
  if (name || date) blocks.push({ kind: 'by', text: by.filter(Boolean).join('　') });
  for (const { part, sections } of grouped(entries)) {
    blocks.push({ kind: 'part', text: part });
    for (const { section, entries } of sections) {
      if (section) blocks.push({ kind: 'section', text: section });
      for (const { record, info, citation, permalink, day } of entries) {
        const kind =
          record.kind === 'excerpt'
            ? labels['notes.filter.excerpt']
            : fill(labels['notes.style'], { style: labels[`study.style.${record.style}`] });
        const entry = { place: info.place, kind, day, words: record.exact, note: record.note };
        const source = `${labels['notes.source']}${citation}`;
        const links = { noteLabel: labels['notes.noteLabel'], linkLabel: labels['notes.link'], link: permalink };
        blocks.push({ kind: 'entry', entry: { ...entry, source, ...links } });
      }
    }
  }
  return blocks;
}

type Frame = Record<Exclude<NotesBlock['kind'], 'entry'>, (text: string) => string[]>;

const TEXT: Frame = {
  title: (text) => [text],
  by: (text) => [text],
  part: (text) => ['', `◆ ${text}`],
  section: (text) => ['', `◇ ${text}`],
};
function textEntry({ place, kind, day, words, note, noteLabel, source, linkLabel, link }: NotesEntry): string[] {
  return ['', `${place}　${kind}　${day}`, `“${words}”`, ...(note ? [noteLabel + note] : []), source, linkLabel + link];
}

/** 学习笔记 as plain text, for the clipboard and the .txt file. */
export const toText = (blocks: NotesBlock[]): string =>
  `${blocks.flatMap((block) => (block.kind === 'entry' ? textEntry(block.entry) : TEXT[block.kind](block.text))).join('\n')}\n`;

// Characters Markdown would read as markup at a line's start or inside a line.
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
const quoteLines = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');

const MARKDOWN: Frame = {
  title: (text) => [`# ${escapeMarkdown(text)}`],
  by: (text) => ['', escapeMarkdown(text)],
  part: (text) => ['', `## ${escapeMarkdown(text)}`],
  section: (text) => ['', `### ${escapeMarkdown(text)}`],
};
function markdownEntry({ place, kind, day, words, note, noteLabel, source, linkLabel, link }: NotesEntry): string[] {
  const noteLines = note ? ['', noteLabel + escapeMarkdown(note).replace(/\n/g, '  \n')] : [];
  return [
    '',
    `**${place}**　${kind}　${day}`,
    '',
    quoteLines(words),
    ...noteLines,
    '',
    source,
    '',
    `${linkLabel}<${link}>`,
  ];
}

/** 学习笔记 as Markdown, for the .md file: what the reader wrote is text, never markup. */
export const toMarkdown = (blocks: NotesBlock[]): string =>
  `${blocks.flatMap((block) => (block.kind === 'entry' ? markdownEntry(block.entry) : MARKDOWN[block.kind](block.text))).join('\n')}\n`;
