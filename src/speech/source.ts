import { numberOf, toFullWidth } from './text.ts';

/** One part of the speech as the source prints it. */
export interface SourcePart {
  /** 1 for 一, 2 for 二… */
  number: number;
  /** The heading line without its `## ` marker; absent when the source does not print it. */
  heading?: string;
  /** Each non-empty line, as printed; a newspaper page break splits one paragraph into two lines. */
  lines: string[];
}

export interface Source {
  title: string;
  parts: SourcePart[];
}

/** Reads the verbatim source: a `# ` title, then parts headed `## 二、…`; text before the first part heading belongs to the part before it. */
export function parseSource(text: string): Source {
  let title = '';
  const parts: SourcePart[] = [];
  let current: SourcePart | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('# ')) {
      title = line.slice(2);
    } else if (line.startsWith('## ')) {
      const heading = line.slice(3);
      current = { number: numberOf(heading[0] ?? ''), heading, lines: [] };
      parts.push(current);
    } else if (line.trim() !== '') {
      if (!current) {
        current = { number: 0, lines: [] };
        parts.push(current);
      }
      current.lines.push(line);
    }
  }
  // An unheaded opening is the part before the first printed heading.
  if (parts[0] && parts[0].number === 0) parts[0].number = (parts[1]?.number ?? 2) - 1;
  return { title, parts };
}

/** A part after the editorial rules: page breaks rejoined, full-width punctuation. */
export interface EditedPart {
  number: number;
  heading?: string;
  paragraphs: string[];
  /** Where a page break was rejoined: the text on each side of the join, and its offset in the part's running text. */
  rejoined: { before: string; after: string; at: number }[];
  /** True when the source stops in the middle of this part's last paragraph. */
  cutOff: boolean;
  /** The newspaper's own marks that are not the speech, such as （上接第一版）: taken out of the paragraphs, shown only in notes. */
  marks: string[];
}

// A newspaper's page mark: （上接第一版）, （下转第二版）… (after full-width punctuation).
const PAGE_MARK = /（(?:上接|下转|接|转)第[一二三四五六七八九十\d]+版）/g;

/** The page marks a line of the source prints, and the line without them. */
export function takeMarks(line: string): { marks: string[]; text: string } {
  return { marks: line.match(PAGE_MARK) ?? [], text: line.replace(PAGE_MARK, '') };
}

// A paragraph that ends without one of these was cut by a page break or by the end of the source.
const ENDS_SENTENCE = /[。！？!?”…]$/;

/** Applies the editorial rules that touch the text itself (page marks out, breaks rejoined, full-width marks); splitting at items is left to the chapters. */
export function editPart(part: SourcePart): EditedPart {
  const paragraphs: string[] = [];
  const rejoined: EditedPart['rejoined'] = [];
  const lines = part.lines.map((line) => takeMarks(toFullWidth(line)));
  // The length of the running text so far (every paragraph joined): where the next line is put on.
  let length = 0;
  for (const line of lines.map((l) => l.text).filter((text) => text !== '')) {
    const last = paragraphs.at(-1);
    if (last !== undefined && !ENDS_SENTENCE.test(last)) {
      rejoined.push({ before: last.slice(-8), after: line.slice(0, 8), at: length });
      paragraphs[paragraphs.length - 1] = last + line;
    } else {
      paragraphs.push(line);
    }
    length += line.length;
  }
  return {
    number: part.number,
    heading: part.heading === undefined ? undefined : toFullWidth(part.heading),
    paragraphs,
    rejoined,
    cutOff: !ENDS_SENTENCE.test(paragraphs.at(-1) ?? '。'),
    marks: lines.flatMap((l) => l.marks),
  };
}
