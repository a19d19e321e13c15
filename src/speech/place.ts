import { numeral } from './text.ts';

// An id says where its block stands (see README, Addresses): part-2, section 2-1, item 2-1-3, relationship 2-r1.
const ID = /^(?:part-(\d+)|(\d+)-(?:r(\d+)|(\d+)(?:-(\d+))?))$/;

/**
 * Where the block with this id stands, in words: part-2 → 二、, 2-1 → 二、第一, 2-1-3 → 二、第一，三是, 2-r1 → 二、一是;
 * '' for any other id. The outline names every place with it, and the browser reads places back from ids with it.
 */
export function placeOf(id: string): string {
  const match = ID.exec(id);
  if (!match) return '';
  const [, part, inPart, relationship, section, item] = match;
  const head = `${numeral(Number(part ?? inPart))}、`;
  if (part) return head;
  if (relationship) return `${head}${numeral(Number(relationship))}是`;
  const lead = `${head}第${numeral(Number(section))}`;
  return item ? `${lead}，${numeral(Number(item))}是` : lead;
}

/** The number of a paragraph from its id: p12 → 12. */
export const paragraphNumber = (id: string) => Number(id.slice(1));
