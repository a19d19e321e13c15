import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PHRASE_DATA, phraseFiles } from '../search/phrase-files.ts';
import { buildPhraseIndex, type PhraseIndex } from '../search/phrase-index.ts';
import { searchTargets } from '../search/targets.ts';
import { loadOutline } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { siteBase } from './base.ts';
import { writeFilesAside } from './write-files.ts';

/** The module through which the search code knows the bucket counts: no manifest file to wait for. */
const MANIFEST_MODULE = 'virtual:phrase-manifest';

/** Writes the split phrase data (names and encoding: src/search/phrase-files.ts); resolves to the number of files. */
export async function writePhraseData(folder: string, index: PhraseIndex): Promise<number> {
  const files = phraseFiles(index);
  // Thousands of small files at ×100 of the text: written on their own thread while the build goes on.
  await writeFilesAside(files.map(([name, text]) => [join(folder, name), text]));
  return files.length;
}

/**
 * Astro integration: the phrase search's data from the same outline the pages show. Its bucket counts go into the
 * search code (as `virtual:phrase-manifest`), so a query fetches its buckets at once; the data is written during the build.
 */
export default function phraseData(): AstroIntegration {
  let base = '/';
  let folder = '';
  let index: PhraseIndex | undefined;
  let writing: Promise<number> | undefined;
  const phraseIndex = () =>
    (index ??= buildPhraseIndex(searchTargets(loadOutline(speechPaths), (slug) => `${base}${slug}/`)));
  const resolved = `\0${MANIFEST_MODULE}`;
  return {
    name: 'phrase-data',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = siteBase(config);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'phrase-manifest',
                resolveId: (id: string) => (id === MANIFEST_MODULE ? resolved : undefined),
                load: (id: string) =>
                  id === resolved ? `export default ${JSON.stringify(phraseIndex().manifest)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        folder = join(fileURLToPath(config.outDir), PHRASE_DATA);
      },
      // The data needs only the outline: it is written while Vite bundles, once Astro has emptied the output folder.
      'astro:build:setup': () => {
        if (writing) return;
        writing = writePhraseData(folder, phraseIndex());
        // A failure is reported where the build waits for the files, not earlier as an unhandled rejection.
        writing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        const { targets } = phraseIndex().manifest;
        if (!writing) throw new Error('phrase-data: the data was never written (astro:build:setup did not run)');
        const count = await writing;
        logger.info(`${count} files of phrase data for ${targets} targets`);
      },
    },
  };
}
