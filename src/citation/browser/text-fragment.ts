// A text fragment in an engine that does not read them (WPE WebKit 2.38, Safari before 16.1): the address keeps
// `:~:` in its hash (an engine that reads it strips it), so the page stayed at its top. This goes to the element
// named before `:~:`, marks the first directive's words as search's landing does, and scrolls to them.
import { nodePieces } from '../../search/ranges.ts';
import { findDirective, parseTextFragment } from '../text-fragment.ts';
import { loaded, scrollTo, show } from '../../search/browser/search-arrival.ts';
import { textNodes, toRange } from '../../shell/text-range.ts';

export async function start() {
  const fragment = parseTextFragment(location.hash);
  if (!fragment) return;
  const target = fragment.id ? document.getElementById(fragment.id) : document.querySelector('[data-speech]');
  if (!target) return;
  await loaded();
  const nodes = textNodes(target, { skip: '[data-editorial]' });
  const text = nodes.map((node) => node.data).join('');
  const found = fragment.directives.map((directive) => findDirective(text, directive)).find(Boolean);
  if (!found) return target.scrollIntoView();
  const ranges = nodePieces(
    nodes.map((node) => node.length),
    [found],
  ).map(({ node, start, end }) =>
    toRange({ startContainer: nodes[node]!, startOffset: start, endContainer: nodes[node]!, endOffset: end }),
  );
  const first = ranges[0]!.cloneRange();
  show(ranges);
  scrollTo(first);
}
