/** What a citation names: the speech, the place in words, the paragraph number where there is one, and the address. */
export interface Citable {
  title: string;
  place: string;
  paragraph?: number;
  url: string;
}

/** 《标题》，二、第一，三是（第12段）。https://… — the form a reader pastes into a document or a message. */
export function citation({ title, place, paragraph, url }: Citable): string {
  // A part's place is 三、; in running text it is 第三部分.
  const where = place.endsWith('、') ? `第${place.slice(0, -1)}部分` : place;
  return `《${title}》，${where}${paragraph ? `（第${paragraph}段）` : ''}。${url}`;
}

// The characters a text directive gives meaning to, beyond what encodeURIComponent already escapes.
const encodeTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

/** The longest quotation put in a link whole; longer ones are given by their start and end. */
export const WHOLE_QUOTE = 24;

/**
 * A text fragment (`:~:text=`) that browsers scroll to and highlight: the whole quotation when short, otherwise
 * its first and last words, which the browser matches with everything between them.
 */
export function textDirective(quote: string, edge = 10): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if ([...text].length <= WHOLE_QUOTE) return `:~:text=${encodeTerm(text)}`;
  const chars = [...text];
  return `:~:text=${encodeTerm(chars.slice(0, edge).join(''))},${encodeTerm(chars.slice(-edge).join(''))}`;
}

/** Widens [start, end) of a text to whole words, so that a browser's word-boundary matching finds the quotation. */
export function toWordBoundaries(
  text: string,
  start: number,
  end: number,
  segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' }),
): [number, number] {
  let from = start;
  let to = end;
  for (const { index, segment } of segmenter.segment(text)) {
    const segmentEnd = index + segment.length;
    if (index < start && segmentEnd > start) from = index;
    if (index < end && segmentEnd > end) to = segmentEnd;
  }
  return [from, to];
}
