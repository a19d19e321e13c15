import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteBase } from './base.ts';

/** A file the service worker keeps: its path below the base ('' for the home page) and a hash of its content. */
export type KeptFile = [path: string, hash: string];

// Files a reader never asks for: host configuration, and the Pagefind UIs and worker this site does not load.
const NOT_KEPT = [
  /^_headers$/,
  /^robots\.txt$/,
  /^sitemap-(index|\d+)\.xml$/,
  /^sw\.js$/,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight|worker)\./,
];

/** Whether the offline copy holds a built file: everything a reader's pages, styles, scripts and search load. */
export const isKept = (file: string) => !NOT_KEPT.some((pattern) => pattern.test(file));

/** The address a browser asks for a built file, below the base: part-2/index.html is part-2/, index.html is ''. */
export const addressOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** The Traditional edition's own files (its pages and search texts): kept only once the reader opens one of its pages. */
export const isTraditional = (file: string) => /^(zh-Hant|phrase-data\/zh-Hant)\//.test(file);

/** The files of a build the offline copy keeps, in a stable order, each with a hash of its content. */
export function keptFiles(folder: string): KeptFile[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(isKept)
    .sort()
    .map((file) => [addressOf(file), hash(readFileSync(join(folder, file)))]);
}

/** The build's version: a hash of the kept files and their hashes, so it changes exactly when one of them does. */
export const versionOf = (files: KeptFile[]) => hash(JSON.stringify(files));

/**
 * sw.js: the kept files, the version and the base, put before the service worker's code. The Traditional edition's
 * files are listed apart (`hant`): a reader of the Simplified pages never downloads them.
 */
export function serviceWorker(all: KeptFile[], base: string, code: string): string {
  const files = all.filter(([path]) => !isTraditional(path));
  const hant = all.filter(([path]) => isTraditional(path));
  const offline = { version: versionOf(all), base, files, ...(hant.length ? { hant } : {}) };
  return `const OFFLINE = ${JSON.stringify(offline)};\n${code}`;
}

/**
 * Astro integration: after the build, writes sw.js at the base path, the service worker that keeps every page,
 * style, script and the search data for reading offline, and reports what a first visit downloads for it.
 */
export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
      },
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(dir);
        const files = keptFiles(folder);
        const code = readFileSync(new URL('./service-worker/service-worker.js', import.meta.url), 'utf8');
        writeFileSync(join(folder, 'sw.js'), serviceWorker(files, base, code));
        // Raw bytes: compressing every file only to log a figure cost 1.5 s at ×100; tests/site/weight.test.ts weighs it gzipped.
        const size = (list: KeptFile[]) =>
          (list.reduce((sum, [path]) => sum + statSync(join(folder, fileOf(path))).size, 0) / 1000).toFixed(1);
        const hant = files.filter(([path]) => isTraditional(path));
        const kept = files.filter(([path]) => !isTraditional(path));
        logger.info(
          `sw.js keeps ${kept.length} files for reading offline: ${size(kept)} KB before compression; the Traditional edition's ${hant.length} (${size(hant)} KB) once a reader opens it`,
        );
      },
    },
  };
}

/** The built file behind an address: part-2/ is part-2/index.html. */
export const fileOf = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);
