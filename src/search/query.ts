/** The longest query search takes: longer text is cut before it reaches the URL or the search. */
export const MAX_QUERY = 100;

// Bidirectional controls in the reader's words would mirror the site's own sentences around them where echoed.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A query as the site takes it from the field or the address: no bidirectional controls, at most MAX_QUERY characters. */
export const cleanQuery = (text: string): string => [...text.replace(BIDI_CONTROLS, '')].slice(0, MAX_QUERY).join('');

/** A URL fragment decoded when it can be; a malformed %-escape is kept as written, never thrown. */
export function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
