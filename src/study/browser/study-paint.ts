import { anchorAcross, hashText, markStyleOf, toUtf16, type Fold, type MarkStyle, type StudyRecord } from '../model.ts';
import { boundsOf, textNodes, toRange } from '../../shell/text-range.ts';
import { offsetOf } from '../../shell/speech-selection.ts';

// Finds each saved passage in its paragraph of this page and paints it with the CSS Custom Highlight API (one
// Highlight per style, StaticRanges: the text never changes after load), so the speech's DOM, copy and paste and
// search's own highlight are untouched; where the API is missing, <mark> elements stand in.

export const HIGHLIGHT_NAMES: Record<MarkStyle, string> = {
  直线: 'study-line',
  马克笔: 'study-marker',
  波浪线: 'study-wave',
  excerpt: 'study-excerpt',
};

/** A record found on this page: its paragraph and its UTF-16 range in the paragraph's text. */
export interface Placed {
  record: StudyRecord;
  paragraph: HTMLElement;
  start: number;
  end: number;
  moved: boolean;
}

export const paragraphText = (paragraph: Element) => paragraph.textContent ?? '';

/**
 * Each live record on this page, found again in its own paragraph (in either edition, with the fold); those that
 * cannot be found are the orphans.
 */
export function place(records: StudyRecord[], fold?: Fold): { placed: Placed[]; orphans: StudyRecord[] } {
  const placed: Placed[] = [];
  const orphans: StudyRecord[] = [];
  // Each paragraph's text and hash are taken once, however many passages it holds.
  const texts = new Map<string, { text: string; hash: string }>();
  for (const record of records) {
    if (record.deleted) continue;
    const paragraph = document.getElementById(record.paragraph);
    if (!paragraph?.matches('[data-speech] .paragraph')) continue;
    let known = texts.get(record.paragraph);
    if (!known) {
      const text = paragraphText(paragraph);
      texts.set(record.paragraph, (known = { text, hash: hashText(text) }));
    }
    const { text } = known;
    const found = anchorAcross(record, text, fold, known.hash);
    if (!found) orphans.push(record);
    else
      placed.push({
        record,
        paragraph,
        start: toUtf16(text, found.start),
        end: toUtf16(text, found.end),
        moved: found.moved,
      });
  }
  return { placed, orphans };
}

let clearMarks: (() => void) | undefined;

const nameOf = (record: StudyRecord) => HIGHLIGHT_NAMES[markStyleOf(record)];

/** Paints every placed record, replacing what was painted before; with `marks`, as <mark> elements. */
export function paint(placed: Placed[], marks = !('highlights' in CSS)) {
  if (!marks) {
    const groups = new Map<string, StaticRange[]>();
    for (const p of placed) {
      const bounds = boundsOf(textNodes(p.paragraph), p.start, p.end);
      if (!bounds) continue;
      const range = new StaticRange(bounds);
      const name = nameOf(p.record);
      const group = groups.get(name);
      if (group) group.push(range);
      else groups.set(name, [range]);
    }
    // Deleted then set: WebKit did not repaint a Highlight set again under the same name.
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      CSS.highlights.delete(name);
      const ranges = groups.get(name);
      if (ranges) CSS.highlights.set(name, new Highlight(...ranges));
    }
    return;
  }
  clearMarks?.();
  const made: HTMLElement[] = [];
  // Wrapping leaves a paragraph's text as it was, and each range is found again from the text: any order works.
  for (const p of placed) {
    const bounds = boundsOf(textNodes(p.paragraph), p.start, p.end);
    if (!bounds) continue;
    const range = toRange(bounds);
    const mark = document.createElement('mark');
    mark.className = `study-mark ${nameOf(p.record)}`;
    mark.append(range.extractContents());
    range.insertNode(mark);
    made.push(mark);
  }
  clearMarks = () => {
    for (const mark of made) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent?.normalize();
    }
  };
}

/** The placed record under a point of the screen (a tap or click), found through the caret there. */
export function placedAt(placed: Placed[], x: number, y: number): Placed | undefined {
  // caretPositionFromPoint is the standard (Chromium 128, Firefox, Safari 18.4); caretRangeFromPoint older WebKit's.
  const caret = document.caretPositionFromPoint?.(x, y);
  const legacy = caret
    ? null
    : (document as { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  const node = caret ? caret.offsetNode : legacy?.startContainer;
  const offset = caret ? caret.offset : (legacy?.startOffset ?? 0);
  const element = node instanceof Element ? node : node?.parentElement;
  const paragraph = element?.closest('[data-speech] .paragraph');
  if (!node || !paragraph) return undefined;
  const at = offsetOf(paragraph, node, offset);
  return placed.find((p) => p.paragraph === paragraph && p.start <= at && at < p.end);
}
