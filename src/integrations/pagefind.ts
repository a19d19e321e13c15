import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { loadOutline } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';

/** The languages of a written index and how many pages each holds, as listed in its entry file. */
export function indexLanguages(outputPath: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(
    Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]),
  );
}

/**
 * Writes the Pagefind index of the built site's part pages into dist/pagefind/; any indexing error fails the build.
 * Only the part pages carry data-pagefind-body: reading the others (/full/ holds the whole speech again) would only
 * slow the build, by about a third at ×100 of the text.
 */
export async function writeIndex(site: string, slugs: string[]): Promise<{ pages: number; language: string }> {
  const outputPath = join(site, 'pagefind');
  try {
    const { index, errors } = await createIndex();
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: `{${slugs.join(',')}}/index.html` });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    if (added.page_count !== slugs.length)
      throw new Error(
        `pagefind: ${added.page_count} of the ${slugs.length} part pages were indexed; each needs data-pagefind-body`,
      );
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    const languages = Object.entries(indexLanguages(outputPath));
    // Pagefind searches one language's index alone: two values of lang would split the speech in two.
    if (languages.length !== 1)
      throw new Error(
        `pagefind: the index has ${languages.length} languages (${languages.map(([l]) => l).join(', ')}); every page must carry the same lang`,
      );
    const [[language, pages]] = languages as [[string, number]];
    return { pages, language };
  } finally {
    await close();
  }
}

/** Astro integration: indexes the production build with Pagefind once every page is written. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, language } = await writeIndex(
          fileURLToPath(dir),
          loadOutline(speechPaths).parts.map((part) => part.slug),
        );
        logger.info(`${pages} pages indexed for search, in one language (${language})`);
      },
    },
  };
}
