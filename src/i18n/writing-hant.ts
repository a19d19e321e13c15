import type { writingStrings } from './writing.ts';
import type { Table } from './zh-Hant.ts';

// What the 心得提纲's editor says in Traditional, written by hand (the keys of writing.ts, Taiwan forms and words).

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
