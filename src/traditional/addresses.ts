/** The Traditional edition's folder below the site's base, and its language tag. */
export const HANT = 'zh-Hant';
export const HANT_PREFIX = `${HANT}/`;
/** The Simplified pages' language tag. */
export const SIMPLIFIED = 'zh-CN';

/** Where a page of one edition stands in the other: base + zh-Hant/ + path, or the path without the prefix. */
export function twinPath(path: string, base: string): string {
  if (!path.startsWith(base)) return path;
  const rest = path.slice(base.length);
  return rest.startsWith(HANT_PREFIX) ? base + rest.slice(HANT_PREFIX.length) : base + HANT_PREFIX + rest;
}

/** The one file the edition has a twin of (zh-Hant/speech.txt): a link to it leads to the twin. */
export const TEXT_TWIN = 'speech.txt';

/**
 * The Traditional edition's address for a link on a Simplified page: a page of the site (a path ending in /, with
 * its fragment and query) moves into the edition, a query's words converted, and so does the plain text, which has
 * a twin; other files (scripts, styles, data) and other origins stay where they are.
 */
export function editionHref(href: string, base: string, site: string, convert: (text: string) => string): string {
  const origin = site ? new URL(site).origin : '';
  const absolute = origin && href.startsWith(origin + base);
  const path = absolute ? href.slice(origin.length) : href;
  if (!path.startsWith(base)) return href;
  const url = new URL(path, 'http://x');
  const rest = url.pathname.slice(base.length);
  const file = /\.[a-z0-9]+$/i.test(rest) && rest !== TEXT_TWIN;
  if (rest.startsWith(HANT_PREFIX) || file || /^(_astro|pagefind|phrase-data)\//.test(rest)) return href;
  let query = url.search;
  if (query) {
    const params = new URLSearchParams(query);
    for (const [key, value] of [...params]) params.set(key, convert(value));
    query = `?${params}`;
  }
  return `${absolute ? origin : ''}${base}${HANT_PREFIX}${rest}${query}${url.hash}`;
}
