import type { Outline, Part } from '../speech/outline.ts';
import { partUrl, url } from '../site/urls.ts';

export interface Link {
  /** Empty for the page the reader is on. */
  href: string;
  label: string;
}

/** The part before and after this one, in reading order. */
export function neighbours(outline: Outline, part: Part): { prev?: Link; next?: Link } {
  const at = outline.parts.indexOf(part);
  const link = (p: Part | undefined) => (p ? { href: partUrl(p.slug), label: p.label } : undefined);
  return { prev: link(outline.parts[at - 1]), next: link(outline.parts[at + 1]) };
}

/** 全文 › 二、… : the trail from the whole speech to this page; the section the reader is in is added while scrolling. */
export function breadcrumb(page?: Part | string): Link[] {
  const whole = { href: url('full/'), label: '全文' };
  if (page === undefined) return [{ href: '', label: '全文' }];
  if (typeof page === 'string') return [whole, { href: '', label: page }];
  return [whole, { href: partUrl(page.slug), label: page.label }];
}
