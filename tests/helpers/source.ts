import { readFileSync } from 'node:fs';

// The tests' own reading of the source, written apart from src/speech so that the site is checked against
// the source, not against the program's idea of it.
export const SOURCE = readFileSync(new URL('../../content/source/000_9559937d0be914b2.txt', import.meta.url), 'utf8');

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};
const toFullWidth = (line: string) => line.replace(/[,;:!?()]/g, (mark) => FULL_WIDTH[mark]!);

/** The source's lines without Markdown markers, with half-width marks made full-width (in this source every one stands in Chinese text). */
export function sourceLines(): string[] {
  return SOURCE.split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => toFullWidth(line.replace(/^#+ /, '')));
}

/** The lines of part n (1-based): part 一 is everything between the title and the first `## ` heading. */
export function partLines(n: number): string[] {
  const raw = SOURCE.split('\n').filter((line) => line.trim() !== '');
  const starts = raw.map((line, i) => (line.startsWith('## ') ? i : -1)).filter((i) => i >= 0);
  const bounds = [1, ...starts, raw.length];
  return sourceLines().slice(bounds[n - 1], bounds[n]);
}

/** Sentences, each with its closing mark. */
export const sentences = (text: string) => text.match(/[^。！？]+[。！？]?/g) ?? [];

/** The two sides of each newspaper page break: a body line that ends without closing its sentence, and the body line after it. */
export function pageBreaks(): { before: string; after: string }[] {
  const raw = SOURCE.split('\n').filter((line) => line.trim() !== '');
  const body = (line?: string) => line !== undefined && !line.startsWith('#');
  return raw.flatMap((line, i) =>
    body(line) && body(raw[i + 1]) && !/[。！？!?”]$/.test(line)
      ? [{ before: toFullWidth(line), after: toFullWidth(raw[i + 1]!) }]
      : [],
  );
}
