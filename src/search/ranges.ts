/** A stretch of one text node: the node's index among the element's text nodes, and [start, end) within it. */
export interface NodePiece {
  node: number;
  start: number;
  end: number;
}

/** Splits ranges of an element's whole text into pieces of its text nodes, so each can be marked on its own. */
export function nodePieces(lengths: number[], ranges: [number, number][]): NodePiece[] {
  const pieces: NodePiece[] = [];
  for (const [start, end] of ranges) {
    let offset = 0;
    lengths.forEach((length, node) => {
      const from = Math.max(start, offset);
      const to = Math.min(end, offset + length);
      if (from < to) pieces.push({ node, start: from - offset, end: to - offset });
      offset += length;
    });
  }
  return pieces;
}
