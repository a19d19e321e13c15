import { readFileSync } from 'node:fs';

/**
 * The site icon as a data URL, read once per build: it travels inside each page, so a first visit makes no request
 * for it (a page loads in four: the page, its stylesheet and two scripts). Only the characters a URL cannot hold
 * are escaped, and double quotes become single ones, which keeps it about half the length of encodeURIComponent's.
 */
export const icon = `data:image/svg+xml,${readFileSync('src/favicon.svg', 'utf8')
  .trim()
  .replaceAll('"', "'")
  .replace(/[%#<>{}|\\^`\s]/g, (c) => (c === ' ' ? ' ' : encodeURIComponent(c)))}`;
