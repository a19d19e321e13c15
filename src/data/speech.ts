import { getCollection, render } from 'astro:content';
import { loadSpeech, type Speech } from '../speech/load.ts';
import type { Part } from '../speech/outline.ts';
import { speechPaths } from '../speech/paths.ts';

/** The speech of this project, read and checked when a file changed since the last call (once per build). */
export const speech = (): Speech => loadSpeech(speechPaths);

/** The rendered chapter of a part. */
export async function renderPart(part: Part) {
  const entries = await getCollection('speech');
  const entry = entries.find((e) => e.data.part === part.number);
  if (!entry) throw new Error(`${part.file}: the content collection has no entry for part ${part.number}`);
  return render(entry);
}
