/** The URL parameter that holds a search, so that a search can be shared: /search/?q=营商环境. */
export const QUERY_PARAM = 'q';

/** The URL parameter that carries the searched phrase to the page a result opens, where it is highlighted. */
export const HIGHLIGHT_PARAM = 'mark';

/** The folder of the split phrase data below the site's base (written after the build by src/integrations/phrase-data.ts). */
export const PHRASE_DATA = 'phrase-data/';
