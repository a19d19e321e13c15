// 朗读 speaks one sentence per utterance: Chrome's own voices stop a long utterance after about 15 s without an
// error, so a sentence longer than about 50 characters (some 12 s at a normal pace) is cut again at its commas.

/** A sentence's span in its block's text: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The longest piece spoken at once, in characters, unless a clause alone is longer. */
export const MAX_PIECE = 50;

// A sentence ends at 。！？； (or their half-width forms, or ……) and takes the closing quotes and brackets after it.
const SENTENCE = /[^。！？；!?;…]*(?:[。！？；!?;]+|…+|$)[”’」』）》〉】]*/gu;
// Within a long sentence, a clause ends at a comma, an enumeration comma or a colon.
const CLAUSE = /[^，、：,:]*(?:[，、：,:]+|$)[”’」』）》〉】]*/gu;

/** Spans of `pattern`'s matches in text[start, end), without empty or blank ones. */
function pieces(text: string, pattern: RegExp, start: number, end: number): Span[] {
  const spans: Span[] = [];
  for (const match of text.slice(start, end).matchAll(pattern)) {
    if (!match[0].trim()) continue;
    spans.push({ start: start + match.index, end: start + match.index + match[0].length });
  }
  return spans;
}

/** Joins consecutive clauses into pieces of at most `max` characters (a single longer clause stays whole). */
function gather(clauses: Span[], max: number): Span[] {
  const joined: Span[] = [];
  for (const clause of clauses) {
    const last = joined.at(-1);
    if (last && clause.end - last.start <= max) last.end = clause.end;
    else joined.push({ ...clause });
  }
  return joined;
}

/** The spans `text` is read in: its sentences, each long one cut at commas; together they cover every character read. */
export function sentences(text: string, max = MAX_PIECE): Span[] {
  return pieces(text, SENTENCE, 0, text.length).flatMap((sentence) =>
    sentence.end - sentence.start <= max ? [sentence] : gather(pieces(text, CLAUSE, sentence.start, sentence.end), max),
  );
}
