import type { SearchTarget } from '../search/targets.ts';
import { ContentError } from '../speech/errors.ts';

/**
 * The Traditional edition's search data: each target with the text it shows there (`shown`, the same length as the
 * Simplified `text`, which search matches), and the fold table that turns a query's Traditional characters into
 * the Simplified ones they stand for in this speech.
 */
export interface EditionSearch {
  targets: SearchTarget[];
  /** Pairs of characters, Traditional then Simplified: 發发營营… */
  fold: string;
}

/**
 * Pairs every target with its Traditional text and gathers the fold table. The table folds character by character,
 * so it must be exact: each Traditional character stands for one Simplified character wherever it is, and none is
 * also a character of the Simplified text (so a Simplified query never changes). Otherwise the build stops.
 */
export function editionSearch(
  targets: SearchTarget[],
  convert: (text: string) => string,
  pageOf: (page: string) => string,
): EditionSearch {
  const simplified = new Set(targets.flatMap((t) => [...t.text]));
  const fold = new Map<string, string>();
  const errors: string[] = [];
  const out = targets.map((target) => {
    const shown = convert(target.text);
    const from = [...target.text];
    const to = [...shown];
    if (from.length !== to.length || shown.length !== target.text.length)
      errors.push(`#${target.id}: the Traditional text is not as long as the Simplified text`);
    to.forEach((char, i) => {
      const source = from[i]!;
      if (char === source) return;
      const known = fold.get(char);
      if (known && known !== source)
        errors.push(
          `#${target.id}: ${char} stands for both ${known} and ${source}: a query cannot be folded character by character`,
        );
      if (simplified.has(char)) errors.push(`#${target.id}: ${char} is also a character of the Simplified text`);
      fold.set(char, source);
    });
    return { ...target, page: pageOf(target.page), shown };
  });
  if (errors.length) throw new ContentError('the Traditional search data', undefined, errors.join('; '));
  return { targets: out, fold: [...fold].map(([t, s]) => t + s).join('') };
}
