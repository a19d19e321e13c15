import { readFileSync } from 'node:fs';

/** The site icon as a data URL, read once per build: it travels inside each page, one request fewer on a first visit. */
export const icon = `data:image/svg+xml,${encodeURIComponent(readFileSync('src/favicon.svg', 'utf8').trim())}`;
