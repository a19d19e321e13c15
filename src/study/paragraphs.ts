import { t } from '../i18n/zh-CN.ts';
import { partUrl } from '../site/urls.ts';
import type { Outline } from '../speech/outline.ts';
import type { Metadata } from '../speech/metadata.ts';
import type { PageParagraphs } from './export.ts';

// What a page that lists saved passages carries (摘抄本, 心得提纲): every paragraph's place, part, section, page and
// text, to name and link each passage and find its words again, and the facts its GB/T 7714 citations take.

/** Every paragraph's place, part, section, page and text, for the page's data attribute. */
export function pageParagraphs(outline: Outline): PageParagraphs {
  const paragraphs: PageParagraphs = {};
  for (const part of outline.parts) {
    let section: string | undefined;
    for (const block of part.blocks) {
      if (block.kind === 'section') section = block.section.label;
      if (block.kind === 'note' || block.kind === 'section') continue;
      const { paragraph } = block;
      paragraphs[paragraph.id] = {
        path: partUrl(part.slug),
        number: paragraph.number,
        place: t('cite.paragraph', { place: paragraph.place, number: paragraph.number }),
        part: part.label,
        ...(section ? { section } : {}),
        text: paragraph.text,
      };
    }
  }
  return paragraphs;
}

/** The citation facts as the page's data attribute. */
export function pageFacts(outline: Outline, metadata: Metadata): string {
  const { speaker, occasion, publisher, publisherCity, issued, updated } = metadata;
  return JSON.stringify({ title: outline.title, speaker, occasion, publisher, publisherCity, issued, updated });
}
