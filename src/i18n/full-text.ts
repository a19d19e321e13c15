// The strings of the whole text with the reader's marks (src/study/browser/full-text.ts, full-page.ts): its Word
// and HTML files and the 想法 on /full/, kept apart from zh-CN.ts to keep that table short.
export const fullTextStrings = {
  'full.downloadWord': '下载全文 Word（带划线和想法）',
  'full.downloadHtml': '下载全文网页（带划线和想法，.html）',
  'full.failed': '全文没有取到（可能是网络中断）；请联网后再试，或打开全文页打印。',
  'full.notes': '我的想法（读者自己写的，不是讲话原文）',
  'full.back': '回到正文',
  'full.noteRef': '想法 {n}',
} as const;
