import type { MDXContent } from 'mdx/types';
import { loadSpeech, type Speech } from '../speech/load.ts';
import type { Part } from '../speech/outline.ts';
import { speechPaths } from '../speech/paths.ts';

/** The speech of this project, read and checked when a file changed since the last call (once per build). */
export const speech = (): Speech => loadSpeech(speechPaths);

// The chapters are imported as MDX modules rather than through a content collection: the outline loader already
// reads and checks every chapter's frontmatter, and a collection would add its sync and type generation to each build.
// The pattern must be a literal for Vite; it is `speechPaths.chapters`.
const chapters = import.meta.glob<{ Content: MDXContent }>('/content/speech/*.mdx');

/** The rendered chapter of a part. */
export async function renderPart(part: Part) {
  const load = chapters[`/${part.file}`];
  if (!load) throw new Error(`${part.file}: no chapter module for part ${part.number} under /${speechPaths.chapters}/`);
  return load();
}
