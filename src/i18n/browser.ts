import { controlsText as simplified, searchStrings as simplifiedSearch } from './zh-CN.ts';
import { controlsTextHant, searchStringsHant } from './zh-Hant.ts';

// The browser code's strings in the page's edition: the Traditional pages (html lang="zh-Hant") show the
// hand-written Traditional table. Both tables come with the lazily loaded modules (about 0.6 KB gzip), none with site.ts.
const hant = typeof document !== 'undefined' && document.documentElement.lang === 'zh-Hant';

/** The strings of the controls the browser code builds (settings, citation sheet, 二维码, 继续阅读). */
export const controlsText: typeof simplified = hant ? (controlsTextHant as typeof simplified) : simplified;
/** The strings the search code shows. */
export const searchStrings: typeof simplifiedSearch = hant
  ? (searchStringsHant as typeof simplifiedSearch)
  : simplifiedSearch;
