// The one answer to "which words of the speech has the reader selected", which the selection link, the study tools
// and the controls (loading the study tools on the first selection) all follow; and the way from a DOM position back
// to an offset in a paragraph's text (text-range.ts goes the other way). It stays out of text-range.ts so that the
// controls, which load on the first move, do not bring the way there.

/** A paragraph of the speech: the only blocks a selection link, a highlight or an excerpt can stand in. */
export const PARAGRAPH = '[data-speech] .paragraph';

/** The offset in `root`'s text of a DOM position inside it (a selection's end, the caret under a tap). */
export function offsetOf(root: Node, node: Node, offset: number): number {
  const range = root.ownerDocument!.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** One paragraph's share of the selection, in UTF-16 offsets of the paragraph's text. */
export interface Piece {
  paragraph: HTMLElement;
  start: number;
  end: number;
}

/** The selection cut at paragraph boundaries: one piece for each paragraph it covers, blank pieces left out. */
export function piecesOf(selection: Selection | null, root: ParentNode = document): Piece[] {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return [];
  const range = selection.getRangeAt(0);
  const pieces: Piece[] = [];
  for (const paragraph of root.querySelectorAll<HTMLElement>(PARAGRAPH)) {
    if (!range.intersectsNode(paragraph)) continue;
    const text = paragraph.textContent ?? '';
    const start = paragraph.contains(range.startContainer)
      ? offsetOf(paragraph, range.startContainer, range.startOffset)
      : 0;
    const end = paragraph.contains(range.endContainer)
      ? offsetOf(paragraph, range.endContainer, range.endOffset)
      : text.length;
    if (text.slice(start, end).trim()) pieces.push({ paragraph, start, end });
  }
  return pieces;
}

/** The words of a piece. */
export const wordsOf = ({ paragraph, start, end }: Piece) => (paragraph.textContent ?? '').slice(start, end);

const listeners = new Set<(pieces: Piece[]) => void>();
const changed = () => {
  const pieces = piecesOf(document.getSelection());
  for (const listener of listeners) listener(pieces);
};

/** Calls `listener` with the selected pieces now and after every change of the selection (none: nothing selected in the speech). */
export function followSelection(listener: (pieces: Piece[]) => void): void {
  if (listeners.size === 0) document.addEventListener('selectionchange', changed);
  listeners.add(listener);
  listener(piecesOf(document.getSelection()));
}
