import { getCollection, render } from 'astro:content';
import { loadOutline } from '../speech/load.ts';
import type { Paragraph, Part } from '../speech/outline.ts';
import { partUrl } from '../site/urls.ts';
import { speechPaths } from '../speech/paths.ts';

/** The one outline of the speech; every table of contents, prev/next link and index is drawn from it. */
export const outline = loadOutline(speechPaths);

/** The rendered chapter of a part. */
export async function renderPart(part: Part) {
  const entries = await getCollection('speech');
  const entry = entries.find((e) => e.data.part === part.number);
  if (!entry) throw new Error(`${part.file}: the content collection has no entry for part ${part.number}`);
  return render(entry);
}

/** The address of a paragraph on its part's page. */
export function paragraphHref(paragraph: Paragraph): string {
  const part = outline.parts.find((p) => p.paragraphs.includes(paragraph))!;
  return `${partUrl(part.slug)}#${paragraph.id}`;
}
