import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Speech } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { parseProofreading } from '../traditional/proofreading.ts';

/** 编辑说明's route data: the examples it shows, taken from the outline, and the editors' Traditional corrections. */
export function editorialData({ outline }: Speech) {
  // The first section with items and its last item show how sections and items are set.
  const examplePart = outline.parts.find((p) => p.sections.some((s) => s.items.length > 0));
  const example = examplePart?.sections.find((s) => s.items.length > 0);
  const exampleItem = example?.items.at(-1);
  if (!examplePart || !example || !exampleItem) throw new Error('the editorial page needs a section with items');
  // The corrections are listed from their file, which the build checks.
  const { corrections } = parseProofreading(
    speechPaths.traditional,
    readFileSync(join(speechPaths.root, speechPaths.traditional), 'utf8'),
  );
  return {
    examplePart,
    example,
    exampleItem,
    firstPart: outline.parts[0],
    lastParagraph: outline.parts.at(-1)?.paragraphs.at(-1),
    corrections,
  };
}
