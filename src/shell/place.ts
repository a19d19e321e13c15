import { paragraphNumber, placeOf } from '../speech/place.ts';

// The page carries only ids; places and numbers are read back from them by the outline's own rule (src/speech/place.ts).

/** Where a block of the speech stands, in words: an entry's place from its id; a paragraph's from its item or
 * relationship, or else from the heading before it (its section's, or its part's). */
export function placeOfBlock(block: Element): string {
  if (!block.matches('.paragraph')) return placeOf(block.id);
  const entry = block.closest('.item, .relationship');
  if (entry) return placeOf(entry.id);
  let heading: Element | undefined;
  for (const candidate of document.querySelectorAll('[data-speech] :is(h1, h2, h3)[id]')) {
    if (!(candidate.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    heading = candidate;
  }
  return heading ? placeOf(heading.id) : '';
}

/** The number of a paragraph of the speech, from its id (p12 → 12). */
export const numberOfParagraph = (paragraph: Element) => paragraphNumber(paragraph.id);
