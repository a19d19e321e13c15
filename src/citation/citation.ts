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

/** Words just before and after a quotation that make its text directive match it alone (empty when none is needed). */
export interface DirectiveContext {
  prefix?: string;
  suffix?: string;
}

/**
 * A text fragment (`:~:text=`) that browsers scroll to and highlight: the whole quotation when short, otherwise
 * its first and last words, which the browser matches with everything between them; with a prefix and suffix
 * (`text=prefix-,start,-suffix`) when the words alone occur more than once on the page.
 */
export function textDirective(quote: string, edge = 10, { prefix, suffix }: DirectiveContext = {}): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  const chars = [...text];
  const terms =
    chars.length <= WHOLE_QUOTE
      ? encodeTerm(text)
      : `${encodeTerm(chars.slice(0, edge).join(''))},${encodeTerm(chars.slice(-edge).join(''))}`;
  const before = prefix?.trim() ? `${encodeTerm(prefix.trim())}-,` : '';
  const after = suffix?.trim() ? `,-${encodeTerm(suffix.trim())}` : '';
  return `:~:text=${before}${terms}${after}`;
}

/** How many times `needle` occurs in `haystack`, overlapping occurrences included. */
export function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/**
 * The context for the words at [start, end) of a paragraph's text: none when the words occur once in the page's
 * text; otherwise the fewest characters on each side (out to whole words, as browsers match a prefix's start and a
 * suffix's end on word boundaries) that make prefix + words + suffix occur once. `always` gives context even to
 * unique words (a link back from 摘抄本 must mark exactly the saved occurrence, whatever else the page shows later).
 */
export function directiveContext(
  pageText: string,
  text: string,
  start: number,
  end: number,
  always = false,
): DirectiveContext {
  const words = text.slice(start, end);
  if (!always && occurrences(pageText, words) <= 1) return {};
  // Words are found in a window around the edge only: segmenting a whole paragraph for each try is slow.
  const near = (from: number, to: number): [number, number] => {
    const low = Math.max(0, from - 16);
    const [a, b] = toWordBoundaries(
      text.slice(low, Math.min(text.length, to + 16)),
      from - low,
      to - low,
      wordSegmenter(),
    );
    return [a + low, b + low];
  };
  let context: DirectiveContext = {};
  for (let n = 2; n <= 32; n += 2) {
    const [from] = near(Math.max(0, start - n), start);
    const [, to] = near(end, Math.min(text.length, end + n));
    context = { prefix: text.slice(from, start), suffix: text.slice(end, to) };
    if (occurrences(pageText, `${context.prefix}${words}${context.suffix}`) <= 1) break;
  }
  return context;
}

let segmenter: Intl.Segmenter | undefined;
/** One word segmenter for every call: making one is costly. */
const wordSegmenter = () => (segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' }));

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
