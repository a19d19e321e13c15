import type { Outline, Paragraph, Part } from '../speech/outline.ts';
import type { Topic } from '../speech/quotations.ts';
import type { OutlineHref } from '../data/navigation.ts';
import { countedGroups, runsOf } from '../practice/runs.ts';

// 结构图's counted formulas (三个“坚决不要”): the same plan groups 自测 asks as 多选 (countedGroups), each drawn under
// the entry of the outline that holds its paragraph, its label and its members quotations of the speech.

/** A phrase of the speech on the map, linked to the paragraph that holds it. */
export interface MapPhrase {
  label: string;
  href: string;
}

/** A counted formula: the quotation that names the count, and its members. */
export interface MapFormula extends MapPhrase {
  members: MapPhrase[];
}

/** The outline entry (a part, relationship, section or item) a paragraph belongs to: an item's own paragraph is the item's. */
export function entryOf(part: Part, paragraph: Paragraph): string {
  let branch = part.id;
  for (const block of part.blocks) {
    if (block.kind === 'section') branch = block.section.id;
    if (block.kind === 'relationship') branch = part.id;
    if (block.kind === 'note' || block.kind === 'section' || block.paragraph !== paragraph) continue;
    return block.kind === 'paragraph' ? branch : block.entry.id;
  }
  return branch;
}

/** The counted formulas, by the href of the entry they are drawn under. */
export function mapFormulas(outline: Outline, plan: Topic[], href: OutlineHref): Record<string, MapFormula[]> {
  const drawn: Record<string, MapFormula[]> = {};
  for (const { intro, members, paragraph, part } of countedGroups(outline, plan, runsOf(outline))) {
    const at = (id: string) => href(part, id);
    // A member is linked to the formula's paragraph when it stands there, else to the first that holds it.
    const phrase = ({ text, paragraphs }: Topic['quotations'][number]) => ({
      label: text,
      href: at((paragraphs.includes(paragraph) ? paragraph : paragraphs[0]!).id),
    });
    const entry = entryOf(part, paragraph);
    (drawn[href(part, entry === part.id ? undefined : entry)] ??= []).push({
      ...phrase(intro),
      members: members.map(phrase),
    });
  }
  return drawn;
}
