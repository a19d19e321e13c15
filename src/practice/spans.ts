import { hashText } from '../study/model.ts';

// The spans questions are made of: the speech's sentences, its quoted terms and its counts; and a stable shuffle.

/** A sentence ends at 。！？ and keeps the closing quotes after it. */
export const sentencesOf = (text: string) => text.match(/[^。！？]+(?:[。！？]+[”’]*|$)/g) ?? [];

export const QUOTED = /“([^“”]+)”/g;
// A count: digits or a numeral before a measure word (not an ordinal 第二个, not 一, which counts nothing worth asking).
export const COUNT = /(?<!第)(\d+|[两三四五六七八九十])(?=个|项|篇|亿)/g;

/** A stable order that looks random: by a hash of the seed and each item. */
export const scramble = <T>(items: T[], seed: string, key: (item: T) => string = String) =>
  [...items].sort((a, b) => (hashText(seed + key(a)) < hashText(seed + key(b)) ? -1 : 1));
