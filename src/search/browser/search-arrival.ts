import { nodePieces } from '../ranges.ts';
import { findAll, normalise, normaliseQuery } from '../normalise.ts';
import { fill } from '../../i18n/fill.ts';
import { searchStrings as text } from '../../i18n/browser.ts';
import { HIGHLIGHT_PARAM } from '../highlight-param.ts';
import { fold } from '../fold.ts';
import { foldTableOnce } from './fold.ts';
import { cleanQuery, decodeFragment } from '../query.ts';
import { searchStyles } from '../../shell/stylesheet.ts';
import { build, button } from '../../shell/dom.ts';
import { textNodes, toRange } from '../../shell/text-range.ts';

const HIGHLIGHT = 'search-phrase';

/** Marks the ranges with the CSS Custom Highlight API, which leaves the DOM (and what is copied) alone; <mark> where it is missing. */
export function show(ranges: Range[]): () => void {
  if ('highlights' in CSS) {
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    return () => CSS.highlights.delete(HIGHLIGHT);
  }
  const marks = ranges.reverse().map((range) => {
    const mark = build('mark', { class: 'search-mark' });
    range.surroundContents(mark);
    return mark;
  });
  return () => marks.forEach((mark) => mark.replaceWith(...mark.childNodes));
}

/** Scrolls the first mark to a quarter of the way down the window, below the header if the header stays on screen. */
export function scrollTo(range: Range) {
  const header = document.querySelector('.site-header');
  const fixed = header && /^(sticky|fixed)$/.test(getComputedStyle(header).position);
  const top = fixed ? header.getBoundingClientRect().bottom : 0;
  const offset = Math.max(top + 16, window.innerHeight / 4);
  window.scrollTo({ top: window.scrollY + range.getBoundingClientRect().top - offset, behavior: 'instant' });
}

/** Shows a bar that names the highlighted phrase and clears it. */
function showClearBar(root: HTMLElement, phrase: string, clear: () => void) {
  const label = build('span');
  const clearButton = button({}, text['search.clearHighlight']);
  const bar = build('div', { class: 'search-landing', role: 'status' }, label, clearButton);
  root.append(bar);
  // Filled once shown: a status region's words are announced only if it was there before they changed.
  requestAnimationFrame(() => (label.textContent = fill(text['search.highlighted'], { phrase })));
  clearButton.addEventListener('click', () => {
    clear();
    bar.remove();
    // The button that had the focus is gone: give it to the text, not to the page's start.
    document.getElementById('main')?.focus({ preventScroll: true });
    const url = new URL(location.href);
    url.searchParams.delete(HIGHLIGHT_PARAM);
    history.replaceState(history.state, '', url);
  });
}

export const loaded = () =>
  new Promise<void>((resolve) =>
    document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), { once: true }),
  );

/** On a page opened from a search result: marks each occurrence of the phrase in the target paragraph and scrolls to it. */
export async function start(root: HTMLElement, asked: string) {
  const phrase = cleanQuery(asked);
  const id = decodeFragment(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  // A phrase may run on past the paragraph's end, so the text after it is searched too; only occurrences that begin in it are marked.
  // The speech's text nodes from the start of the target to the end of the speech, editorial notes left out.
  const nodes = textNodes(target.closest('[data-speech]') ?? target, { skip: '[data-editorial]', from: target });
  const own = nodes.filter((node) => target.contains(node)).reduce((sum, node) => sum + node.length, 0);
  const text = nodes.map((node) => node.data).join('');
  let ranges = findAll(normalise(text), normaliseQuery(phrase)).filter(([start]) => start < own);
  // A phrase in the other script (营商环境 on a Traditional page, 營商環境 on a Simplified one): both folded to
  // Simplified by the speech's table, which keeps every character's place.
  if (ranges.length === 0 && /\p{Script=Han}/u.test(phrase)) {
    const table = await foldTableOnce();
    if (table)
      ranges = findAll(normalise(fold(text, table)), normaliseQuery(fold(phrase, table))).filter(
        ([start]) => start < own,
      );
  }
  if (ranges.length === 0) return;
  const domRanges = nodePieces(
    nodes.map((node) => node.length),
    ranges,
  ).flatMap(({ node, start, end }) => {
    const text = nodes[node];
    return text ? [toRange({ startContainer: text, startOffset: start, endContainer: text, endOffset: end })] : [];
  });
  const first = domRanges[0]?.cloneRange();
  if (!first) return;
  const clear = show(domRanges);
  // The clear bar is styled by the dialog's stylesheet; the scroll to the phrase does not wait for it.
  void searchStyles().then(() => showClearBar(root, phrase.trim(), clear));
  // After the browser's own jump to the fragment, which would otherwise undo this scroll.
  await loaded();
  requestAnimationFrame(() => scrollTo(first));
}
