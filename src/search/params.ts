/** The URL parameter that holds a search, so that a search can be shared: /search/?q=营商环境. */
export const QUERY_PARAM = 'q';
