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
