import type { Outline } from '../speech/outline.ts';

/** One thing a search can land on: a paragraph or a heading of the speech, with the words it shows. */
export interface SearchTarget {
  /** The element's id on its part page (and on /full/). */
  id: string;
  /** The part page that shows it, with the site's base. */
  page: string;
  /** Where it stands in words: 二、第一，三是. */
  place: string;
  /** The paragraph's number through the whole speech; absent for a heading. */
  number?: number;
  text: string;
  /** On the Traditional edition, the text as it is shown there: as long as `text`, which search matches. */
  shown?: string;
}

/** Every heading and paragraph of the speech in reading order; the data behind the phrase search. */
export function searchTargets(outline: Outline, pageOf: (slug: string) => string): SearchTarget[] {
  return outline.parts.flatMap((part) => {
    const page = pageOf(part.slug);
    // A part without its printed title has only an editorial label, which is not the speech's text.
    const heading: SearchTarget[] = part.title ? [{ id: part.id, page, place: part.place, text: part.title }] : [];
    const targets = part.blocks.flatMap((block): SearchTarget[] => {
      if (block.kind === 'note') return [];
      if (block.kind === 'section') {
        const { section } = block;
        return [{ id: section.id, page, place: section.place, text: section.label }];
      }
      const { paragraph } = block;
      return [{ id: paragraph.id, page, place: paragraph.place, number: paragraph.number, text: paragraph.text }];
    });
    return [...heading, ...targets];
  });
}
