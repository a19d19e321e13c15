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

/** What GB/T 7714 needs beyond the title and address: the editors' facts (each may be missing) and the day of copying. */
export interface Reference {
  title: string;
  url: string;
  /** The day the reader copies the citation (引用日期), YYYY-MM-DD. */
  accessed: string;
  speaker?: string;
  occasion?: string;
  publisher?: string;
  /** Where the publisher is (出版地); `place` is a position in the speech. */
  publisherCity?: string;
  issued?: string;
  updated?: string;
}

/**
 * GB/T 7714-2015 for an electronic resource, without the reader's own 序号:
 * 主要责任者. 题名: 其他题名信息[EB/OL]. 出版地: 出版者, 出版年(更新或修改日期)[引用日期]. 获取和访问路径.
 * Each element the metadata does not give is left out with its punctuation.
 */
export function gbt7714({
  title,
  url,
  accessed,
  speaker,
  occasion,
  publisher,
  publisherCity,
  issued,
  updated,
}: Reference): string {
  const name = `${title}${occasion ? `: ${occasion}` : ''}[EB/OL]`;
  const by = [publisherCity, publisher].filter(Boolean).join(': ');
  const year = issued?.slice(0, 4);
  const publication = [by, year].filter(Boolean).join(', ');
  const dates = `${publication}${updated ? `(${updated})` : ''}[${accessed}]`;
  return `${[speaker, name, dates, url].filter(Boolean).join('. ')}.`;
}

/** A day as GB/T 7714 writes it, in the reader's own time zone: 2026-11-26. */
export const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

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
