// 字数 as Word counts it (字数统计's 字数): each Han character and each full-width punctuation mark is 1; a run of
// Latin letters or digits (with the half-width marks inside it: 3.5%, RCEP,) is 1, like one English word; half-width
// punctuation alone and spaces are 0. WPS often reports more, so the page says which rule it follows.

// Han, CJK punctuation (not the ideographic space), full-width forms, and the general punctuation Chinese text uses
// as full-width marks (“” ‘’ —— ……).
const WIDE = /[\p{Script=Han}\u3001-\u303F\uFF01-\uFF60\uFFE0-\uFFE6\u2010-\u2027\u2030-\u205E]/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The 字数 of a text by Word's rule. */
export function wordCount(text: string): number {
  let count = 0;
  let run = '';
  const endRun = () => {
    if (WORDLIKE.test(run)) count++;
    run = '';
  };
  for (const character of text) {
    if (/\s/u.test(character)) endRun();
    else if (WIDE.test(character)) {
      endRun();
      count++;
    } else run += character;
  }
  endRun();
  return count;
}
