import { attr, type Node } from './page-tree.ts';

// Stage 2, the page as events in reading order: each later stage reads a flat list, never the tree's nesting.

// Elements whose text is one run for the converter: phrases are converted with the words around them, across <strong>.
const BLOCKS = new Set(
  'html head body title p h1 h2 h3 h4 h5 h6 li dt dd td th caption figcaption blockquote div section article aside nav header footer main summary label button details figure table ol ul dl form'.split(
    ' ',
  ),
);

/** Where a node stands: in the speech's words or not, in which block, and the paragraph or part an error names. */
export interface Context {
  speech: boolean;
  block: Node | undefined;
  /** ' in #p12' (or '' outside any paragraph or part). */
  where: string;
}

/**
 * The page in reading order as the edition meets it: each element to convert (its attributes), each text node, the
 * edition switch, and a break wherever a run of text must end (a block begins or ends, or an element is passed over).
 */
export type PageEvent =
  | { kind: 'element'; node: Node; where: string }
  | { kind: 'text'; node: Node; context: Context }
  | { kind: 'switch'; node: Node }
  | { kind: 'break' };

// Scripts and styles are not text; an element in another language keeps its own.
const passedOver = (node: Node, tag: string) =>
  tag === 'script' || tag === 'style' || tag === 'template' || (!!attr(node, 'lang') && tag !== 'html');

/** The context of an element's children: the speech begins at data-speech and stops at data-editorial. */
function inside(node: Node, tag: string, context: Context): Context {
  const id = attr(node, 'id');
  const speech =
    (context.speech || attr(node, 'data-speech') !== undefined) && attr(node, 'data-editorial') === undefined;
  const where = id && /^(p\d+|\d[\w-]*|part-\d+)$/.test(id) ? ` in #${id}` : context.where;
  return { speech, block: BLOCKS.has(tag) ? node : context.block, where };
}

/** Walks one node and its children into events. */
function walk(node: Node, context: Context, events: PageEvent[]): void {
  if (node.nodeName === '#text') {
    events.push({ kind: 'text', node, context });
    return;
  }
  const tag = node.tagName;
  if (!tag) {
    for (const child of node.childNodes ?? []) walk(child, context, events);
    return;
  }
  // The edition switch is rewritten whole (it leads back to the Simplified twin).
  if (attr(node, 'data-edition-switch') !== undefined) {
    events.push({ kind: 'break' }, { kind: 'switch', node });
    return;
  }
  if (passedOver(node, tag)) {
    events.push({ kind: 'break' });
    return;
  }
  const children = inside(node, tag, context);
  events.push({ kind: 'element', node, where: children.where });
  const block = children.block !== context.block;
  if (block) events.push({ kind: 'break' });
  for (const child of node.childNodes ?? []) walk(child, children, events);
  if (block) events.push({ kind: 'break' });
}

/** The parsed page as events, in reading order. */
export function pageEvents(page: Node): PageEvent[] {
  const events: PageEvent[] = [];
  walk(page, { speech: false, block: undefined, where: '' }, events);
  return events;
}
