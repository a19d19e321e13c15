import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
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

/** Pagefind's command, as its package declares it. */
function pagefindCommand(): string {
  const root = resolve(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..');
  const { bin } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    bin: string | Record<string, string>;
  };
  return join(root, typeof bin === 'string' ? bin : bin.pagefind!);
}

/** Runs Pagefind's command over the part pages of a built site; its output is dist/pagefind/. */
function runPagefind(site: string, slugs: string[]): Promise<void> {
  // Only the part pages carry data-pagefind-body: reading /full/ (the whole speech again) would only slow the build.
  const args = ['--site', site, '--glob', `{${slugs.join(',')}}/index.html`, '--silent'];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [pagefindCommand(), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`pagefind: ${errors.trim() || `it stopped with code ${code}`}`)),
    );
  });
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
 * Astro integration: indexes the production build with Pagefind. Pagefind's own process starts as soon as the pages
 * are written and works while the build's checks run in this one; the build waits for it when its turn comes.
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
