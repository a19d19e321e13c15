import type { Outline, Paragraph, Part } from '../speech/outline.ts';
import { t } from '../i18n/zh-CN.ts';
import { partUrl, url } from '../site/urls.ts';

export interface Link {
  /** Empty for the page the reader is on. */
  href: string;
  label: string;
}

/** Where a table-of-contents entry points: a part, or an anchor inside it (its id). */
export type OutlineHref = (part: Part, id?: string) => string;

/** To the part's own page, for lists on other pages. */
export const onPartPage: OutlineHref = (part, id) => `${partUrl(part.slug)}${id ? `#${id}` : ''}`;

/** Into the page itself, for pages that show the part (or the whole text). */
export const onThisPage: OutlineHref = (part, id) => `#${id ?? part.id}`;

/** The address of a paragraph on its part's page. */
export function paragraphHref(outline: Outline, paragraph: Paragraph): string {
  const part = outline.parts.find((p) => p.paragraphs.includes(paragraph));
  if (!part) throw new Error(`paragraph ${paragraph.id} is in no part of the outline`);
  return onPartPage(part, paragraph.id);
}

/** The part before and after this one, in reading order. */
export function neighbours(outline: Outline, part: Part): { prev?: Link; next?: Link } {
  const at = outline.parts.indexOf(part);
  const link = (p: Part | undefined) => (p ? { href: partUrl(p.slug), label: p.label } : undefined);
  return { prev: link(outline.parts[at - 1]), next: link(outline.parts[at + 1]) };
}

/** 目录 › 二、… : the trail from the home page (the table of contents) to this page; the section the reader is in is added while scrolling. */
export function breadcrumb(page: Part | string): Link[] {
  const home = { href: url(), label: t('breadcrumb.home') };
  return [home, { href: '', label: typeof page === 'string' ? page : page.label }];
}

/** 第2至20段: the paragraphs a part holds, for its description; empty for a part without paragraphs. */
export function paragraphSpan(part: Part): string {
  const first = part.paragraphs[0]?.number;
  const last = part.paragraphs.at(-1)?.number;
  if (first === undefined || last === undefined) return '';
  return last > first ? t('paragraph.spanRange', { first, last }) : t('paragraph.span', { first });
}
