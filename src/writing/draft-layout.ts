import { arranged, pieceText, setting, type DraftPiece, type RecordWords } from './draft.ts';

// The 心得 as the files give it: the reader's title, headings and paragraphs, their quotations in quotation marks
// each with a numbered note giving its GB/T 7714 source. Nothing is added but the marks, the numbers and the sources.

export type DraftBlock =
  { kind: 'title' | 'heading' | 'text'; text: string } | { kind: 'quote'; text: string; note: number };

export interface DraftDocument {
  blocks: DraftBlock[];
  /** The sources, note 1 first. */
  notes: string[];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The draft in order; a quotation whose passage is gone from 摘抄本 (or has no source) is left out. */
export function draftLayout(
  pieces: DraftPiece[],
  words: RecordWords,
  sourceOf: (record: string) => string | undefined,
): DraftDocument {
  const blocks: DraftBlock[] = [];
  const notes: string[] = [];
  const title = setting(pieces, 'title').trim();
  if (title) blocks.push({ kind: 'title', text: title });
  for (const piece of arranged(pieces)) {
    const text = pieceText(piece, words);
    if (piece.kind === 'quote') {
      const source = sourceOf(piece.record);
      if (!text || !source) continue;
      notes.push(source);
      blocks.push({ kind: 'quote', text, note: notes.length });
    } else if (piece.kind === 'heading') {
      if (text.trim()) blocks.push({ kind: 'heading', text: lines(text).join(' ') });
    } else for (const line of lines(text)) blocks.push({ kind: 'text', text: line });
  }
  return { blocks, notes };
}

/** The 心得 as plain text: a quotation's note number in brackets, the sources at the end under `notesLabel`. */
export function toText({ blocks, notes }: DraftDocument, notesLabel: string): string {
  const body = blocks.map((b) => (b.kind === 'quote' ? `${b.text}[${b.note}]` : b.text));
  const end = notes.length ? [[`${notesLabel}：`, ...notes.map((n, i) => `[${i + 1}] ${n}`)].join('\n')] : [];
  return `${[...body, ...end].join('\n\n')}\n`;
}

// Characters Markdown would read as markup.
const escape = (text: string) => text.replace(/([\\`*_[\]<>|~])/g, '\\$1').replace(/^(#|\d+\.|[-+] )/, '\\$1');

/** The 心得 as Markdown: headings as ## , each quotation with a footnote giving its source. */
export function toMarkdown({ blocks, notes }: DraftDocument): string {
  const body = blocks.map((b) => {
    if (b.kind === 'title') return `# ${escape(b.text)}`;
    if (b.kind === 'heading') return `## ${escape(b.text)}`;
    return b.kind === 'quote' ? `${escape(b.text)}[^${b.note}]` : escape(b.text);
  });
  return `${[...body, ...notes.map((n, i) => `[^${i + 1}]: ${escape(n)}`)].join('\n\n')}\n`;
}
