import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { loadOutline } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';

/** The languages of a written index and how many pages each holds, as listed in its entry file. */
function indexLanguages(outputPath: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(
    Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]),
  );
}

/** Fails with Pagefind's own messages when a step reports any. */
function stopOn(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`pagefind: ${step}: ${errors.join('; ')}`);
}

/** Indexes the part pages of a built site through Pagefind's Node API, as Starlight does; its output is dist/pagefind/. */
async function runPagefind(site: string, slugs: string[]): Promise<void> {
  try {
    const { index, errors } = await createIndex();
    stopOn('creating the index', errors);
    if (!index) throw new Error('pagefind: no index was created');
    // Only the part pages carry data-pagefind-body: reading /full/ (the whole speech again) would only slow the build.
    stopOn(
      'reading the pages',
      (await index.addDirectory({ path: site, glob: `{${slugs.join(',')}}/index.html` })).errors,
    );
    stopOn('writing the index', (await index.writeFiles({ outputPath: join(site, 'pagefind') })).errors);
  } finally {
    // Pagefind's service is a child process: the build's own process would otherwise wait for it.
    await close();
  }
}

/** Writes the Pagefind index of the built site's part pages; any indexing error or a page left out fails the build. */
async function writeIndex(site: string, slugs: string[]): Promise<{ pages: number; language: string; ms: number }> {
  const start = performance.now();
  await runPagefind(site, slugs);
  const ms = performance.now() - start;
  const languages = Object.entries(indexLanguages(join(site, 'pagefind')));
  // Pagefind searches one language's index alone: two values of lang would split the speech in two.
  if (languages.length !== 1)
    throw new Error(
      `pagefind: the index has ${languages.length} languages (${languages.map(([l]) => l).join(', ')}); every page must carry the same lang`,
    );
  const [[language, pages]] = languages as [[string, number]];
  if (pages !== slugs.length)
    throw new Error(`pagefind: ${pages} of the ${slugs.length} part pages were indexed; each needs data-pagefind-body`);
  return { pages, language, ms };
}

/**
 * Astro integration: indexes the production build with Pagefind. Pagefind's own process (its Node API's service)
 * starts as soon as the pages are written and works while the build's checks run in this one; the build waits for
 * it when its turn comes.
 */
export default function pagefind(): AstroIntegration {
  let indexing: ReturnType<typeof writeIndex> | undefined;
  const start = (dir: URL) => {
    indexing = writeIndex(
      fileURLToPath(dir),
      loadOutline(speechPaths).parts.map((part) => part.slug),
    );
    // A failure is reported where the build waits for it, not earlier as an unhandled rejection.
    indexing.catch(() => {});
    return indexing;
  };
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:generated': ({ dir }) => void start(dir),
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, language, ms } = await (indexing ?? start(dir));
        // Its own time, beside the build's checks: at ×100 of the text it is what the build waits for last.
        logger.info(`${pages} pages indexed for search, in one language (${language}), in ${Math.round(ms)} ms`);
      },
    },
  };
}
