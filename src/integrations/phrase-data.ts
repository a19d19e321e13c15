import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PHRASE_DATA } from '../search/params.ts';
import { buildPhraseIndex, type PhraseIndex } from '../search/phrase-index.ts';
import { searchTargets } from '../search/targets.ts';
import { loadOutline } from '../speech/load.ts';
import { speechPaths } from '../speech/paths.ts';
import { siteBase } from './base.ts';

/** Writes the split phrase data: manifest.json, bigram buckets b/N.json, character buckets c/N.json, targets t/N.json, ids.json. */
export function writePhraseData(folder: string, index: PhraseIndex): number {
  const files: [string, unknown][] = [
    ['manifest.json', index.manifest],
    ['ids.json', index.ids],
    ...index.bigrams.map((bucket, i): [string, unknown] => [`b/${i}.json`, bucket]),
    ...index.chars.map((bucket, i): [string, unknown] => [`c/${i}.json`, bucket]),
    ...index.targets.map((target, i): [string, unknown] => [`t/${i}.json`, target]),
  ];
  for (const sub of ['b', 'c', 't']) mkdirSync(join(folder, sub), { recursive: true });
  for (const [name, data] of files) writeFileSync(join(folder, name), JSON.stringify(data));
  return files.length;
}

/** Astro integration: after the build, writes the phrase search's data from the same outline the pages show. */
export default function phraseData(): AstroIntegration {
  let base = '/';
  return {
    name: 'phrase-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
      },
      'astro:build:done': ({ dir, logger }) => {
        const targets = searchTargets(loadOutline(speechPaths), (slug) => `${base}${slug}/`);
        const index = buildPhraseIndex(targets);
        const count = writePhraseData(join(fileURLToPath(dir), PHRASE_DATA), index);
        logger.info(`${count} files of phrase data for ${targets.length} targets`);
      },
    },
  };
}
