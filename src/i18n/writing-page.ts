// What the 心得提纲's page says (src/pages/notes/outline.astro), apart from zh-CN.ts to keep it short; zh-CN.ts spreads it.

/** What the page itself says (rendered at build time; the Traditional edition is converted from the built page). */
export const writingPageText = {
  'page.draft': '心得提纲',
  'page.draft.description':
    '用您自己的小标题和文字，把摘抄本中的摘录和想法排成心得体会的提纲，按 Word 的方法统计字数，导出为 Word、文本或 Markdown 文件，或打印在横线稿纸上。',
  'draft.lede':
    '在这里加上您自己的小标题和段落，把摘抄本中的摘录和想法排到它们下面。本站不替您写任何内容，所有内容只保存在这台设备的浏览器里。',
  'draft.countRule':
    '字数按 Word 的方法计算：每个汉字和全角标点算 1 字，半角标点不计，一串连续的英文字母或数字算 1 字（如 RCEP、6000）。计入标题、小标题、段落和引文（连同引号），不计注释中的出处。WPS 的算法不同，数字往往更大；在 Word 中核对时，请不勾选“包括文本框、脚注和尾注”。',
  'draft.wordLayout':
    'Word 文件按常见的公文格式排版：标题方正小标宋简体二号，一级标题（小标题）黑体三号，正文仿宋三号，行距固定值 27 磅，引文的出处在脚注中。电脑上没有方正小标宋简体时，Word 会用宋体代替；没有黑体、仿宋时，也会用其他字体代替。',
  'draft.noScript': '心得提纲需要 JavaScript。',
  'notes.toDraft': '用摘录和想法写心得提纲',
} as const;
