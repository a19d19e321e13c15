/** The half-width marks the source uses inside Chinese text, and the full-width marks that replace them. */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

// Han characters and CJK punctuation: a half-width mark beside one of these is "inside Chinese text".
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;

/** Replaces each half-width mark that stands next to Chinese text by its full-width form; Latin text keeps its marks. */
export function toFullWidth(text: string): string {
  return text.replace(/[,;:!?()]/g, (mark, at: number) =>
    CHINESE.test(text[at - 1] ?? '') || CHINESE.test(text[at + 1] ?? '') ? FULL_WIDTH[mark]! : mark,
  );
}

const NUMERALS = '一二三四五六七八九十';

/** 2 → 二 (the speech never counts past ten). */
export function numeral(n: number): string {
  const digit = NUMERALS[n - 1];
  if (!digit) throw new RangeError(`no Chinese numeral for ${n}`);
  return digit;
}

/** 二 → 2; 0 for anything that is not a numeral from 一 to 十. */
export function numberOf(digit: string): number {
  return digit.length === 1 ? NUMERALS.indexOf(digit) + 1 : 0;
}

/** The first sentence of a text, up to and including its 。！ or ？. */
export function leadSentence(text: string): string {
  const end = text.search(/[。！？]/);
  return end < 0 ? text : text.slice(0, end + 1);
}
