import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
