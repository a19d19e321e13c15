// Apart from params.ts, which the script every page runs first imports: that script never reads this one.

/** The URL parameter that carries the searched phrase to the page a result opens, where it is highlighted. */
export const HIGHLIGHT_PARAM = 'mark';
