import type { Outline, Paragraph, Part } from '../speech/outline.ts';
import { t } from '../i18n/zh-CN.ts';
import { url } from '../site/urls.ts';

export interface Link {
  /** Empty for the page the reader is on. */
  href: string;
  label: string;
}

/** Where a table-of-contents entry points: a part, or an anchor inside it (its id). */
export type OutlineHref = (part: Part, id?: string) => string;

/** A path on the site, below its base: `url` of src/site/urls.ts, or another base's in a test. */
export type SitePath = (path?: string) => string;

/** To the part's own page, for lists on other pages. */
export const onPartPageAt =
  (path: SitePath): OutlineHref =>
  (part, id) =>
    `${path(`${part.slug}/`)}${id ? `#${id}` : ''}`;

/** To the part's own page, for links in a page's text. */
export const onPartPage: OutlineHref = onPartPageAt(url);

/** Into the page itself, for pages that show the part (or the whole text). */
export const onThisPage: OutlineHref = (part, id) => `#${id ?? part.id}`;

/** The address of a paragraph on its part's page. */
export function paragraphHref(outline: Outline, paragraph: Paragraph): string {
  const part = outline.parts.find((p) => p.paragraphs.includes(paragraph));
  if (!part) throw new Error(`paragraph ${paragraph.id} is in no part of the outline`);
  return onPartPage(part, paragraph.id);
}

/** 第2至20段: the paragraphs a part holds, for its description; empty for a part without paragraphs. */
export function paragraphSpan(part: Part): string {
  const first = part.paragraphs[0]?.number;
  const last = part.paragraphs.at(-1)?.number;
  if (first === undefined || last === undefined) return '';
  return last > first ? t('paragraph.spanRange', { first, last }) : t('paragraph.span', { first });
}

/** How many parts, sections, relationships and items the outline holds, for the home page's description and lede. */
export function outlineCounts(outline: Outline) {
  const sections = outline.parts.flatMap((p) => p.sections);
  return {
    parts: outline.parts.length,
    sections: sections.length,
    relationships: outline.parts.flatMap((p) => p.relationships).length,
    items: sections.flatMap((s) => s.items).length,
  };
}
