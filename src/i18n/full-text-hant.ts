import type { fullTextStrings } from './full-text.ts';

// The same strings in Traditional, written by hand.
export const fullTextStringsHant: { readonly [K in keyof typeof fullTextStrings]: string } = {
  'full.downloadWord': '下載全文 Word（帶劃線和想法）',
  'full.downloadHtml': '下載全文網頁（帶劃線和想法，.html）',
  'full.failed': '全文沒有取到（可能是網路中斷）；請連網後再試，或開啟全文頁列印。',
  'full.notes': '我的想法（讀者自己寫的，不是講話原文）',
  'full.back': '回到正文',
  'full.noteRef': '想法 {n}',
};
