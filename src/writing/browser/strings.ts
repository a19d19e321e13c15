import { writingStrings as simplified } from '../../i18n/writing.ts';
import { writingStringsHant } from '../../i18n/writing-hant.ts';

// The 心得提纲's strings in the page's edition, apart from src/i18n/browser.ts so that only this page's script
// carries them (browser.ts goes with the controls every page loads on the reader's first move).
const hant = typeof document !== 'undefined' && document.documentElement.lang === 'zh-Hant';

export const writingStrings: typeof simplified = hant ? (writingStringsHant as typeof simplified) : simplified;
