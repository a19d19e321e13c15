import type { fullTextStrings } from './full-text.ts';

// The same strings in Traditional, written by hand.
export const fullTextStringsHant: { readonly [K in keyof typeof fullTextStrings]: string } = {
  'full.downloadWord': '下載全文 Word（帶劃線和想法）',
  'full.failed': '全文沒有取到（可能是網路中斷）；請連網後再試，或開啟全文頁列印。',
};
