// Offsets in an element's text to positions in its DOM: the one way that anchoring, painting, search's marks and
// 朗读's sentence find their words (Hypothesis's anchoring/text-range.ts is the model; the way back, from a selection
// or a caret to offsets, is speech-selection.ts's offsetOf). Offsets count UTF-16 code units, as Range and
// textContent do.

/** Where a text offset is in the DOM: a text node and the offset inside it. */
export type TextPoint = [node: Text, offset: number];

/**
 * The text nodes under `root` in document order. `skip` leaves out every element that matches it, with its text
 * (editorial notes); `from` starts at that node (its own text included), as a TreeWalker set to it would.
 */
export function textNodes(root: Node, { skip, from }: { skip?: string; from?: Node } = {}): Text[] {
  const nodes: Text[] = [];
  let started = !from;
  const visit = (node: Node) => {
    if (node === from) started = true;
    if (node.nodeType === node.TEXT_NODE) {
      if (started) nodes.push(node as Text);
      return;
    }
    if (skip && node !== root && node.nodeType === node.ELEMENT_NODE && (node as Element).matches(skip)) return;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return nodes;
}

/**
 * The DOM position of `offset` in the text of `nodes`. On the boundary between two nodes, a range's start goes into
 * the later one and its end stays in the earlier one, so a range never takes in a node it has no text of; an offset
 * past the end is the end of the last node.
 */
export function pointAt(nodes: Text[], offset: number, edge: 'start' | 'end'): TextPoint | undefined {
  let before = 0;
  for (const node of nodes) {
    const inside = edge === 'end' ? offset <= before + node.length : offset < before + node.length;
    if (inside) return [node, Math.max(0, offset - before)];
    before += node.length;
  }
  const last = nodes.at(-1);
  return last ? [last, last.length] : undefined;
}

/** The bounds of [start, end) of the text of `nodes`, for a StaticRange or a Range. */
export function boundsOf(nodes: Text[], start: number, end: number): StaticRangeInit | undefined {
  const from = pointAt(nodes, start, 'start');
  const to = pointAt(nodes, end, 'end');
  if (!from || !to) return undefined;
  return { startContainer: from[0], startOffset: from[1], endContainer: to[0], endOffset: to[1] };
}

/** A live Range over the bounds: one that can be selected, measured or wrapped. */
export function toRange({ startContainer, startOffset, endContainer, endOffset }: StaticRangeInit): Range {
  const range = startContainer.ownerDocument!.createRange();
  range.setStart(startContainer, startOffset);
  range.setEnd(endContainer, endOffset);
  return range;
}
