// The strings of the whole text's Word file with the reader's marks (src/study/browser/full-text.ts), kept apart
// from zh-CN.ts to keep that table short.
export const fullTextStrings = {
  'full.downloadWord': '下载全文 Word（带划线和想法）',
  'full.failed': '全文没有取到（可能是网络中断）；请联网后再试，或打开全文页打印。',
} as const;
