import type { writingPageText } from './writing-page.ts';
import type { Table } from './zh-Hant.ts';

// What the 心得提纲's page says in Traditional, written by hand (the keys of writing-page.ts, Taiwan forms and
// words); zh-Hant.ts spreads it.

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
