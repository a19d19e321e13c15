import type { Outline, Part } from '../speech/outline.ts';
import { partUrl, url } from './urls.ts';

export interface Link {
  href: string;
  label: string;
}

/** The part before and after this one, in reading order. */
export function neighbours(outline: Outline, part: Part): { prev?: Link; next?: Link } {
  const at = outline.parts.indexOf(part);
  const link = (p: Part | undefined) => (p ? { href: partUrl(p.slug), label: p.label } : undefined);
  return { prev: link(outline.parts[at - 1]), next: link(outline.parts[at + 1]) };
}

/** 全文 › 二、… : the trail from the whole speech to a part. */
export function breadcrumb(part?: Part): Link[] {
  const home = { href: url(), label: '目录' };
  return part ? [home, { href: partUrl(part.slug), label: part.label }] : [home];
}
