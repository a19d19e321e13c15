// 背诵: a text hidden progressively — all hidden, the first character of each clause (首字), every other character
// (隔字), all shown — with characters the reader has revealed. Punctuation is never hidden: it gives the shape.

export const LEVELS = ['hidden', 'first', 'alternate', 'shown'] as const;
export type Level = (typeof LEVELS)[number];

/** A run of characters shown or hidden alike; `start` is its first character's index (code points). */
export interface Run {
  text: string;
  hidden: boolean;
  start: number;
}

const MARK = /[\p{P}\s]/u;

/** Each character's clause: a clause ends after ，、；：。！？ (and the closing quotes that follow). */
function clauseStarts(chars: string[]): boolean[] {
  return chars.map((c, i) => i === 0 || (/[，、；：。！？]/.test(chars[i - 1]!) && !/[”’]/.test(c)));
}

/** Whether each character is hidden at this level, before the reader's reveals. */
export function hiddenAt(text: string, level: Level): boolean[] {
  const chars = [...text];
  const starts = clauseStarts(chars);
  let inClause = 0;
  return chars.map((c, i) => {
    if (starts[i]) inClause = 0;
    if (MARK.test(c)) return false;
    const n = inClause++;
    if (level === 'shown') return false;
    if (level === 'first') return n > 0;
    if (level === 'alternate') return n % 2 === 1;
    return true;
  });
}

/** The text as runs of shown and hidden characters. */
export function masked(text: string, level: Level, revealed: ReadonlySet<number>): Run[] {
  const chars = [...text];
  const hidden = hiddenAt(text, level).map((h, i) => h && !revealed.has(i));
  const runs: Run[] = [];
  chars.forEach((c, i) => {
    const last = runs.at(-1);
    if (last && last.hidden === hidden[i]) last.text += c;
    else runs.push({ text: c, hidden: hidden[i]!, start: i });
  });
  return runs;
}

/** The next hidden character in reading order (from `from`), or -1. */
export function nextHidden(text: string, level: Level, revealed: ReadonlySet<number>, from = 0): number {
  const hidden = hiddenAt(text, level);
  return hidden.findIndex((h, i) => i >= from && h && !revealed.has(i));
}

/** The hidden characters of the first clause that still has any: what 显示一句 reveals. */
export function nextClause(text: string, level: Level, revealed: ReadonlySet<number>): number[] {
  const first = nextHidden(text, level, revealed);
  if (first < 0) return [];
  const chars = [...text];
  const starts = clauseStarts(chars);
  const hidden = hiddenAt(text, level);
  const indices: number[] = [];
  for (let i = first; i < chars.length && (i === first || !starts[i]); i++)
    if (hidden[i] && !revealed.has(i)) indices.push(i);
  return indices;
}
