import type { SearchBlock } from './blocks.ts';
import { excerpt, type Excerpt } from './excerpt.ts';
import { findAll, normalise, normaliseQuery } from './normalise.ts';

/** A block that contains the whole phrase: where it is, how often, and an excerpt around the first occurrence. */
export interface PhraseResult {
  block: SearchBlock;
  /** Each occurrence as a [start, end) range in the block's text. */
  matches: [number, number][];
  excerpt: Excerpt;
}

/** A block's text with its normalised form, prepared once when the blocks are loaded. */
export interface PreparedBlock {
  block: SearchBlock;
  normalised: ReturnType<typeof normalise>;
}

export const prepare = (blocks: SearchBlock[]): PreparedBlock[] => blocks.map((block) => ({ block, normalised: normalise(block.text) }));

/** Every block whose text contains the query literally (punctuation, spaces and width aside), in reading order. */
export function findPhrase(blocks: PreparedBlock[], query: string): PhraseResult[] {
  const phrase = normaliseQuery(query);
  if (!phrase) return [];
  return blocks.flatMap(({ block, normalised }) => {
    const matches = findAll(normalised, phrase);
    return matches.length > 0 ? [{ block, matches, excerpt: excerpt(block.text, matches[0]!) }] : [];
  });
}

/** The query parameter that carries the phrase to the page a result opens. */
export const MARK_PARAM = 'mark';

/** The address a result opens: the block on its part page, with the phrase to mark there. */
export const resultHref = (block: SearchBlock, query: string) =>
  `${block.page}?${MARK_PARAM}=${encodeURIComponent(query.trim())}#${block.id}`;
