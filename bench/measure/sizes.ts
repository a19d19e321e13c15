import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSize } from '../lib.ts';

export interface Size {
  bytes: number;
  files: number;
}

/** Bytes and files under a folder, optionally only the files whose path (relative to it) passes `keep`; zero when it does not exist. */
export function folderSize(folder: string, keep: (path: string) => boolean = () => true): Size {
  if (!existsSync(folder)) return { bytes: 0, files: 0 };
  const size = { bytes: 0, files: 0 };
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !keep(relative(folder, path))) continue;
    size.bytes += statSync(path).size;
    size.files++;
  }
  return size;
}

/** Pagefind's data for this text (word index, page fragments, filters, metadata), without its engine and UI bundles. */
export const isIndexData = (path: string) => /^(index|fragment|filter)\//.test(path) || path.endsWith('.pf_meta');

/** A lazily loaded module's files in the build (its chunk and its stylesheet, named by Vite after the source file), raw and gzip. */
export function moduleSize(assets: string, name: string): { raw: number; gzip: number; files: string[] } {
  const files = existsSync(assets) ? readdirSync(assets).filter((f) => f.startsWith(`${name}.`)) : [];
  const bytes = files.map((f) => readFileSync(join(assets, f)));
  return {
    raw: bytes.reduce((sum, b) => sum + b.length, 0),
    gzip: bytes.reduce((sum, b) => sum + gzipSize(b), 0),
    files,
  };
}
