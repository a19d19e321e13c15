import {
  controlsText as simplified,
  readAloudText as simplifiedReadAloud,
  searchStrings as simplifiedSearch,
  studyStrings as simplifiedStudy,
} from './zh-CN.ts';
import { controlsTextHant, readAloudTextHant, searchStringsHant, studyStringsHant } from './zh-Hant.ts';

// The browser code's strings in the page's edition: the Traditional pages (html lang="zh-Hant") show the
// hand-written Traditional table. Both tables come with the lazily loaded modules, none with site.ts.
const hant = typeof document !== 'undefined' && document.documentElement.lang === 'zh-Hant';

/** The strings of the controls the browser code builds (settings, citation sheet, 二维码, 继续阅读). */
export const controlsText: typeof simplified = hant ? (controlsTextHant as typeof simplified) : simplified;
/** The strings the search code shows. */
export const searchStrings: typeof simplifiedSearch = hant
  ? (searchStringsHant as typeof simplifiedSearch)
  : simplifiedSearch;
/** The strings of the study tools and 摘抄本. */
export const studyStrings: typeof simplifiedStudy = hant
  ? (studyStringsHant as typeof simplifiedStudy)
  : simplifiedStudy;
/** The strings of 朗读. */
export const readAloudText: typeof simplifiedReadAloud = hant
  ? (readAloudTextHant as typeof simplifiedReadAloud)
  : simplifiedReadAloud;
