// The 心得提纲's strings (src/writing/), apart from zh-CN.ts to keep each table short; zh-CN.ts spreads the page's.

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

/** What the editor says, built in the browser. */
export const writingStrings = {
  'draft.title': '标题',
  'draft.target': '字数要求',
  'draft.target.none': '不设',
  'draft.target.atLeast': '不少于',
  'draft.target.about': '左右',
  'draft.target.atMost': '以内',
  'draft.target.count': '字数',
  'draft.chars': '字',
  'draft.count': '共{total}字：引自讲话{quoted}字（{percent}%），自己写的{own}字。',
  'draft.state.short': '比要求还差{by}字。',
  'draft.state.reached': '已达到要求。',
  'draft.state.over': '比要求多{by}字。',
  'draft.state.within': '在要求以内，还可写{by}字。',
  'draft.outline': '提纲',
  'draft.empty': '提纲还是空的：加一个小标题、一段自己的话，或从下面加入摘录和想法。',
  'draft.kind.heading': '小标题',
  'draft.kind.text': '自己的话',
  'draft.kind.quote': '摘录',
  'draft.kind.thought': '想法',
  'draft.addHeading': '加小标题',
  'draft.addText': '加一段自己的话',
  'draft.up': '上移',
  'draft.down': '下移',
  'draft.remove': '移出提纲',
  'draft.action': '{action}：{what}',
  'draft.moved': '已移到第{position}条（共{count}条）。',
  'draft.gone': '这条摘录已从摘抄本中移除，导出时略去。',
  'draft.tray': '摘抄本中的摘录和想法',
  'draft.trayEmpty': '摘抄本中还没有内容：先在讲话中划线、写想法或摘抄。',
  'draft.addQuote': '加入摘录',
  'draft.addThought': '加入想法',
  'draft.export': '导出',
  'draft.print': '打印',
  'draft.printLined': '打印在横线稿纸上',
  'draft.notes': '注释',
  'draft.file': '心得-{day}',
} as const;
