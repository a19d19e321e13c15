import type { writingPageText, writingStrings } from './writing.ts';

// The 心得提纲's strings in Traditional, written by hand (the same keys as writing.ts, Taiwan forms and words);
// zh-Hant.ts spreads the page's.
type Table<T> = { readonly [K in keyof T]: string };

/** What the page itself says. */
export const writingPageTextHant: Table<typeof writingPageText> = {
  'page.draft': '心得提綱',
  'page.draft.description':
    '用您自己的小標題和文字，把摘抄本中的摘錄和想法排成心得體會的提綱，按 Word 的方法統計字數，匯出為 Word、純文字或 Markdown 檔案，或列印在橫線稿紙上。',
  'draft.lede':
    '在這裡加上您自己的小標題和段落，把摘抄本中的摘錄和想法排到它們下面。本站不替您寫任何內容，所有內容只保存在這部裝置的瀏覽器裡。',
  'draft.countRule':
    '字數按 Word 的方法計算：每個漢字和全形標點算 1 字，半形標點不計，一串連續的英文字母或數字算 1 字（如 RCEP、6000）。計入標題、小標題、段落和引文（連同引號），不計註釋中的出處。WPS 的算法不同，數字往往更大；在 Word 中核對時，請不勾選“包括文字方塊、註腳和章節附註”。',
  'draft.wordLayout':
    'Word 檔案按常見的公文格式排版：標題方正小標宋簡體二號，一級標題（小標題）黑體三號，正文仿宋三號，行距固定值 27 磅，引文的出處在腳註中。電腦上沒有方正小標宋簡體時，Word 會用宋體代替；沒有黑體、仿宋時，也會用其他字體代替。',
  'draft.noScript': '心得提綱需要 JavaScript。',
  'notes.toDraft': '用摘錄和想法寫心得提綱',
};

/** What the editor says. */
export const writingStringsHant: Table<typeof writingStrings> = {
  'draft.title': '標題',
  'draft.target': '字數要求',
  'draft.target.none': '不設',
  'draft.target.atLeast': '不少於',
  'draft.target.about': '左右',
  'draft.target.atMost': '以內',
  'draft.target.count': '字數',
  'draft.chars': '字',
  'draft.count': '共{total}字：引自講話{quoted}字（{percent}%），自己寫的{own}字。',
  'draft.state.short': '比要求還差{by}字。',
  'draft.state.reached': '已達到要求。',
  'draft.state.over': '比要求多{by}字。',
  'draft.state.within': '在要求以內，還可寫{by}字。',
  'draft.outline': '提綱',
  'draft.empty': '提綱還是空的：加一個小標題、一段自己的話，或從下面加入摘錄和想法。',
  'draft.kind.heading': '小標題',
  'draft.kind.text': '自己的話',
  'draft.kind.quote': '摘錄',
  'draft.kind.thought': '想法',
  'draft.addHeading': '加小標題',
  'draft.addText': '加一段自己的話',
  'draft.up': '上移',
  'draft.down': '下移',
  'draft.remove': '移出提綱',
  'draft.action': '{action}：{what}',
  'draft.moved': '已移到第{position}條（共{count}條）。',
  'draft.gone': '這條摘錄已從摘抄本中移除，匯出時略去。',
  'draft.tray': '摘抄本中的摘錄和想法',
  'draft.trayEmpty': '摘抄本中還沒有內容：先在講話中劃線、寫想法或摘抄。',
  'draft.addQuote': '加入摘錄',
  'draft.addThought': '加入想法',
  'draft.export': '匯出',
  'draft.print': '列印',
  'draft.printLined': '列印在橫線稿紙上',
  'draft.notes': '註釋',
  'draft.file': '心得-{day}',
};
