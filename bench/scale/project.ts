import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { speechPaths } from '../../src/speech/paths.ts';
import { scaleCorpus, type Corpus } from './corpus.ts';

// Build output, caches and history stay behind; node_modules is linked, not copied.
const LEFT_BEHIND = new Set(['node_modules', 'dist', '.astro', '.git', 'bench-results', 'test-results']);

/** The project's own speech: its source text and chapters. */
export function readCorpus(root: string): Corpus {
  const folder = join(root, speechPaths.chapters);
  return {
    source: readFileSync(join(root, speechPaths.source), 'utf8'),
    chapters: Object.fromEntries(
      readdirSync(folder)
        .filter((n) => n.endsWith('.mdx'))
        .map((n) => [n, readFileSync(join(folder, n), 'utf8')]),
    ),
  };
}

/** A copy of the project in the system's temporary folder whose speech is `factor` times as long; returns its root. */
export function scaledProject(root: string, factor: number): string {
  const copy = mkdtempSync(join(tmpdir(), `speech-x${factor}-`));
  for (const name of readdirSync(root)) {
    if (!LEFT_BEHIND.has(name)) cpSync(join(root, name), join(copy, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const corpus = scaleCorpus(readCorpus(root), factor);
  writeFileSync(join(copy, speechPaths.source), corpus.source);
  for (const [name, text] of Object.entries(corpus.chapters))
    writeFileSync(join(copy, speechPaths.chapters, name), text);
  return copy;
}
