import { parse } from 'parse5';

// Stage 1, the parsed page with each node's place in the file: only those places are rewritten, the rest stays as built.

/** Where a node (and each of its attributes) stands in the page's source. */
export interface Location {
  startOffset: number;
  endOffset: number;
  startLine: number;
  attrs?: Record<string, { startOffset: number; endOffset: number }>;
}

/** A node of the parsed page: the fields of parse5's tree the edition reads. */
export type Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  sourceCodeLocation?: Location | null;
};

/** One rewrite of the page's source: the characters from start to end become text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The page parsed with every node's place in its source. */
export const parsePage = (html: string): Node => parse(html, { sourceCodeLocationInfo: true });

/** An attribute's value, or undefined where the element has none. */
export const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** A text node's new text, where the node has a place in the source. */
export function textEdit(node: Node, text: string): Edit[] {
  const location = node.sourceCodeLocation;
  return location ? [{ start: location.startOffset, end: location.endOffset, text: escapeText(text) }] : [];
}

/** An attribute written anew with its value, where the element's attribute has a place in the source. */
export function attrEdit(node: Node, name: string, value: string): Edit[] {
  const location = node.sourceCodeLocation?.attrs?.[name];
  return location
    ? [{ start: location.startOffset, end: location.endOffset, text: `${name}="${escapeAttr(value)}"` }]
    : [];
}

/** The source with its edits made (they never overlap): what is not edited is kept as it was. */
export function applyEdits(html: string, edits: Edit[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end, text } of [...edits].sort((a, b) => a.start - b.start)) {
    pieces.push(html.slice(at, start), text);
    at = end;
  }
  pieces.push(html.slice(at));
  return pieces.join('');
}
