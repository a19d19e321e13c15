/** A short piece of a text around a match, in three parts so that only the match is marked. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/** The match with up to `context` characters either side, cut at the text's ends or with an ellipsis. */
export function excerpt(text: string, [start, end]: [number, number], context = 24): Excerpt {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context * 2 - Math.min(context, start - from));
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}

/** The words of a query, longest first, as a word segmenter splits it (punctuation and spaces left out). */
export function queryWords(query: string, segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })): string[] {
  const words = [...segmenter.segment(query)].filter((s) => s.isWordLike).map((s) => s.segment);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/**
 * An excerpt of a text that matched word by word, centred on the first place where its longest query word stands,
 * so the reader sees why it was listed; the text's opening when none of the words is in it as typed.
 */
export function excerptAround(text: string, words: string[], context = 24, shown = text): Excerpt {
  for (const word of words) {
    const at = text.indexOf(word);
    // Cut from the text as the edition shows it, which is as long as the text searched.
    if (at >= 0) return excerpt(shown, [at, at + word.length], context);
  }
  return excerpt(shown, [0, 0], context);
}
