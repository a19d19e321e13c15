import { t } from '../i18n/zh-CN.ts';
import type { Outline } from '../speech/outline.ts';
import type { OutlineEntry } from '../data/route.ts';

// 结构图: the speech's structure as a picture, drawn from the outline alone. Every label on it is a heading or lead
// sentence of the speech, or a string of the site's own (counts, what a part lacks); nothing is summarised.

/** One part on the map: its entry (relationships, sections, items under it) and what the map says of it. */
export interface MapPart {
  entry: OutlineEntry;
  /** “4个关系 · 5个小节 · 16个条目”, the kinds it holds; empty for a part the text has only a piece of. */
  counts: string;
  /** What the text lacks of this part, for the parts it holds only in part. */
  missing?: string;
}

const COUNTED = [
  ['relationship', 'map.count.relationships'],
  ['section', 'map.count.sections'],
  ['item', 'map.count.items'],
] as const;

/** The map of the speech from the whole table of contents (`outlineEntries`): every part, its entries linked. */
export function speechMap(outline: Outline, contents: OutlineEntry[]): MapPart[] {
  return contents.map((entry, at) => {
    const part = outline.parts[at]!;
    const all = [...entry.entries, ...entry.entries.flatMap((e) => e.entries)];
    const counts = COUNTED.flatMap(([kind, key]) => {
      const count = all.filter((e) => e.kind === kind).length;
      return count ? [t(key, { count })] : [];
    }).join(t('map.count.separator'));
    const missing = part.coverage === 'complete' ? undefined : t(`map.missing.${part.coverage}`);
    return { entry, counts, ...(missing && { missing }) };
  });
}
