import type { MarkStyle } from './model.ts';

// The whole text with the reader's marks: a paragraph cut into runs, each plain or drawn as the passage over it (a
// highlight in its style, or an excerpt), and each note after the run where its passage ends (a footnote in Word).
// Offsets are code points.

export interface Mark {
  start: number;
  end: number;
  style: MarkStyle;
  note: string;
}

/** A block of the whole text in order: a heading, an editorial note of the page (编者注), or a paragraph's runs. */
export type FullBlock =
  { kind: 'title' | 'part' | 'section' | 'note'; text: string } | { kind: 'paragraph'; runs: Run[] };

export interface Run {
  text: string;
  style?: MarkStyle;
  /** The notes of the passages that end with this run, in order. */
  notes: string[];
}

/** The paragraph's text as runs; where passages overlap, the later one in the list gives the style. */
export function markedRuns(text: string, marks: Mark[]): Run[] {
  const chars = [...text];
  const cuts = new Set([0, chars.length]);
  for (const m of marks) if (m.start < m.end && m.end <= chars.length) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const over = marks.filter((m) => m.start <= from && to <= m.end);
    const notes = marks.filter((m) => m.end === to && m.note && m.start < m.end).map((m) => m.note);
    const style = over.at(-1)?.style;
    runs.push({ text: chars.slice(from, to).join(''), ...(style ? { style } : {}), notes });
  }
  return runs.filter((run) => run.text || run.notes.length);
}

/** Noted passages in reading order (by paragraph, then where each ends), numbered from 1 as footnotes are. */
export function numberNotes<T extends { paragraph: number; start: number; end: number }>(
  items: T[],
): (T & { n: number })[] {
  return [...items]
    .sort((a, b) => a.paragraph - b.paragraph || a.end - b.end || a.start - b.start)
    .map((item, i) => ({ ...item, n: i + 1 }));
}
