/** The URL parameter that holds a search, so that a search can be shared: /search/?q=营商环境. */
export const QUERY_PARAM = 'q';

/** The URL parameter that carries the searched phrase to the page a result opens, where it is highlighted. */
export const HIGHLIGHT_PARAM = 'mark';
