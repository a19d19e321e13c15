import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

// site-check reads every built page and output-gate the speech pages again, one hook after the other: the pages'
// syntax trees are kept by their HTML, so each page is parsed once per build.
const trees = new Map<string, Root>();

/** A built page's syntax tree, with each node's line in the HTML. The tree is shared: read it, never change it. */
export function pageTree(html: string): Root {
  let tree = trees.get(html);
  if (!tree) trees.set(html, (tree = fromHtml(html)));
  return tree;
}
