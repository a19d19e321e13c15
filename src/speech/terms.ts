import type { Outline, Paragraph } from './outline.ts';

export interface Term {
  term: string;
  /** How many times it is quoted in the whole speech. */
  count: number;
  /** The paragraphs that quote it, in reading order, each once. */
  paragraphs: Paragraph[];
}

const QUOTED = /“([^“”]+)”/g;

// Pinyin order, as a reader looks a term up in a Chinese dictionary.
const pinyin = new Intl.Collator('zh-CN-u-co-pinyin');

/** Every term the speech sets in quotation marks, with its paragraphs, sorted by pinyin. */
export function quotedTerms(outline: Outline): Term[] {
  const terms = new Map<string, Term>();
  for (const paragraph of outline.parts.flatMap((part) => part.paragraphs)) {
    for (const [, term = ''] of paragraph.text.matchAll(QUOTED)) {
      const entry = terms.get(term) ?? { term, count: 0, paragraphs: [] };
      entry.count++;
      if (entry.paragraphs.at(-1) !== paragraph) entry.paragraphs.push(paragraph);
      terms.set(term, entry);
    }
  }
  return [...terms.values()].sort((a, b) => pinyin.compare(a.term, b.term));
}
