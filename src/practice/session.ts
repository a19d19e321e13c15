import { accepts } from './answer.ts';
import type { Kind } from './questions.ts';

// A session: which questions, in which order; the graded hints; whether a response is right.

/** A question as the session uses it, read from the page (browser/read-questions.ts). */
export interface SessionQuestion {
  id: string;
  kind: Kind;
  part: number;
  /** The instruction, in the page's edition. */
  ask: string;
  stem: string[];
  answers: string[];
  options: string[];
  correct: string[];
  link: string;
  /** The link's words: 原文：二、第四，一是第22段. */
  place: string;
}

/** The sentence with its answers put back. */
export const sentenceOf = (q: Pick<SessionQuestion, 'stem' | 'answers'>) =>
  q.stem.length === 1 ? q.stem[0]! : q.stem.map((piece, i) => piece + (q.answers[i] ?? '')).join('');

/** A small seeded generator (mulberry32): a session's order can be replayed in a test. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Choice {
  /** How many questions (Infinity: all). */
  count: number;
  /** One part, or 0 for the whole speech. */
  part: number;
  /** Ids asked first, in this order (those due for review). */
  first: string[];
  /** Only these ids (a review of the 错题本); all when absent. */
  only?: string[];
  seed: number;
}

/** The session's questions: the ids asked first, then the others shuffled, never two on the same sentence. */
export function pickSession(questions: SessionQuestion[], choice: Choice): SessionQuestion[] {
  const next = random(choice.seed);
  const inScope = questions.filter(
    (q) => (!choice.part || q.part === choice.part) && (!choice.only || choice.only.includes(q.id)),
  );
  const byId = new Map(inScope.map((q) => [q.id, q]));
  const first = choice.first.flatMap((id) => byId.get(id) ?? []);
  const rest = inScope
    .filter((q) => !first.includes(q))
    .map((q) => [next(), q] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, q]) => q);
  const sentences = new Set<string>();
  const picked: SessionQuestion[] = [];
  for (const q of [...first, ...rest]) {
    if (picked.length >= choice.count) break;
    const sentence = sentenceOf(q);
    if (sentences.has(sentence)) continue;
    sentences.add(sentence);
    picked.push(q);
  }
  return picked;
}

/** A hint: the first character of each answer, the first half of each, or where the answer stands. */
export type Hint = { level: 'first' | 'more'; text: string } | { level: 'paragraph' };

/** The hints a question offers, in order: each shows more than the one before and never the whole answer. */
export function hintsOf(q: SessionQuestion): Hint[] {
  const hints: Hint[] = [];
  if (q.kind === 'fill' || q.kind === 'choice') {
    const answers = [...new Set(q.answers)].map((a) => [...a]);
    if (answers.every((a) => a.length >= 2)) hints.push({ level: 'first', text: answers.map((a) => a[0]).join('、') });
    if (answers.every((a) => a.length >= 3))
      hints.push({ level: 'more', text: answers.map((a) => a.slice(0, Math.ceil(a.length / 2)).join('')).join('、') });
  }
  hints.push({ level: 'paragraph' });
  return hints;
}

/** Whether a response is right: each blank typed (fill), or the options chosen (the others). */
export function isRight(q: SessionQuestion, response: string[], table: Map<string, string>): boolean {
  if (q.kind === 'fill') return q.answers.every((answer, i) => accepts(response[i] ?? '', answer, table));
  const chosen = [...new Set(response)].sort().join('|');
  return chosen === [...q.correct].sort().join('|');
}
