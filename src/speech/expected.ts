import { editPart, type Source } from './source.ts';
import { leadSentence, numeral } from './text.ts';

/** A part as the published pages must show it, derived from the source alone: never from the chapters. */
export interface ExpectedPart {
  number: number;
  /** The heading as printed (full-width marks); absent when the source does not print it. */
  heading?: string;
  /** Everything the part shows of the speech, in reading order: section lead sentences and paragraphs. */
  texts: string[];
  /** The part's paragraphs, which the pages number p1, p2… through the whole speech. */
  paragraphs: string[];
}

export interface ExpectedSpeech {
  title: string;
  parts: ExpectedPart[];
  /** The source's own marks that are not the speech (（上接第一版）): a page may show them only in a note. */
  marks: string[];
}

const SECTION = /^第[一二三四五六七八九十]，/;

/** Splits a text before each sentence that begins the next item (一是, 二是…), counting on from `next`. */
export function splitAtItems(text: string, next: number): { paragraphs: string[]; next: number } {
  const paragraphs: string[] = [];
  let start = 0;
  for (let at = 0; at < text.length && next <= 10; at++) {
    const sentenceStart = at === 0 || /[。！？]/.test(text[at - 1]!);
    if (!sentenceStart || !text.startsWith(`${numeral(next)}是`, at)) continue;
    if (at > start) paragraphs.push(text.slice(start, at));
    start = at;
    next++;
  }
  if (start < text.length) paragraphs.push(text.slice(start));
  return { paragraphs, next };
}

/**
 * The speech under the editorial rules: page marks out, page breaks rejoined, full-width marks; a section's lead
 * sentence stands alone as its heading; every item (and each relationship before the first section) starts a paragraph.
 */
export function expectedSpeech(source: Source): ExpectedSpeech {
  const edited = source.parts.map(editPart);
  const parts = edited.map((part): ExpectedPart => {
    const texts: string[] = [];
    const paragraphs: string[] = [];
    let next = 1;
    for (let rest of part.paragraphs) {
      if (SECTION.test(rest)) {
        const lead = leadSentence(rest);
        texts.push(lead);
        rest = rest.slice(lead.length);
        next = 1;
      }
      const split = splitAtItems(rest, next);
      next = split.next;
      texts.push(...split.paragraphs);
      paragraphs.push(...split.paragraphs);
    }
    return { number: part.number, heading: part.heading, texts, paragraphs };
  });
  return { title: source.title, parts, marks: edited.flatMap((p) => p.marks) };
}
