import type { Outline } from '../speech/outline.ts';

/** One thing a search can land on: a paragraph or a heading of the speech, with the words it shows. */
export interface SearchBlock {
  /** The element's id on its part page (and on /full/). */
  id: string;
  /** The part page that shows it, with the site's base. */
  page: string;
  /** Where it stands in words: 二、第一，三是. */
  place: string;
  /** The paragraph's number through the whole speech; absent for a heading. */
  number?: number;
  text: string;
}

/** Every heading and paragraph of the speech in reading order; the data behind the phrase search. */
export function searchBlocks(outline: Outline, pageOf: (slug: string) => string): SearchBlock[] {
  return outline.parts.flatMap((part) => {
    const page = pageOf(part.slug);
    // A part without its printed title has only an editorial label, which is not the speech's text.
    const heading: SearchBlock[] = part.title ? [{ id: part.id, page, place: part.place, text: part.title }] : [];
    const blocks = part.blocks.flatMap((mark): SearchBlock[] => {
      if (mark.paragraph)
        return [
          {
            id: mark.paragraph.id,
            page,
            place: mark.paragraph.place,
            number: mark.paragraph.number,
            text: mark.paragraph.text,
          },
        ];
      const { section } = mark;
      return section ? [{ id: section.id, page, place: section.place, text: section.label }] : [];
    });
    return [...heading, ...blocks];
  });
}
