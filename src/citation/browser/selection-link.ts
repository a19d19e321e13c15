import { directiveContext, textDirective, toWordBoundaries, type DirectiveContext } from '../citation.ts';
import { controlsText as ui } from '../../i18n/browser.ts';
import { build, button as buildButton, icon } from '../../shell/dom.ts';
import { copyText } from '../../shell/copy.ts';
import { followSelection, wordsOf, type Piece } from '../../shell/speech-selection.ts';

/** The link to exactly the words the reader selected: the first paragraph's address plus a text fragment. */
function selectionLink(pieces: Piece[]): string | undefined {
  const first = pieces[0];
  if (!first) return undefined;
  let quote = pieces.map(wordsOf).join(' ');
  let context: DirectiveContext = {};
  if (pieces.length === 1) {
    // Browsers match text fragments on word boundaries; widen a selection that cuts a word.
    const text = first.paragraph.textContent ?? '';
    const [wordStart, wordEnd] = toWordBoundaries(text, first.start, first.end);
    quote = text.slice(wordStart, wordEnd);
    // The browser marks the first match on the page: words that recur there take the words around them along.
    context = directiveContext(document.body.textContent ?? '', text, wordStart, wordEnd);
  }
  return `${location.origin}${location.pathname}#${first.paragraph.id}${textDirective(quote, 10, context)}`;
}

/**
 * Adds the 复制选段链接 button and its status to the selection bar: it copies a link to the words selected, which
 * it keeps as the selection changes (the bar itself shows, moves and hides).
 */
export function addLink(bar: HTMLElement) {
  const button = buildButton({}, icon('link'), ui['cite.copySelection']);
  const status = build('span', { class: 'cite-status', role: 'status' });
  bar.append(button, status);
  let url = '';
  button.addEventListener('click', async () => {
    status.textContent = (await copyText(url)) ? ui['cite.selectionCopied'] : ui['cite.copyFailed'];
  });
  // A selection may be what loaded this code: it is followed from now.
  followSelection((pieces) => {
    const now = selectionLink(pieces);
    if (!now) return;
    url = now;
    status.textContent = '';
  });
}
