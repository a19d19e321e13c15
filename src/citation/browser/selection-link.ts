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

/** A button (built here into an empty element of the page) that appears after a selection in the speech and copies a link to it; it follows the paragraph in tab order. */
export class SelectionLink extends HTMLElement {
  #url = '';
  #ready = false;

  // Runs again each time the element is moved beside another paragraph; wire it once.
  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    const button = buildButton({}, icon('link'), ui['cite.copySelection']);
    const status = build('span', { class: 'cite-status', role: 'status' });
    this.replaceChildren(button, status);
    button.addEventListener('click', async () => {
      status.textContent = (await copyText(this.#url)) ? ui['cite.selectionCopied'] : ui['cite.copyFailed'];
    });
    // A selection may be what loaded this code: it is followed from now.
    followSelection((pieces) => this.#update(pieces));
  }

  #update(pieces: Piece[]) {
    const url = selectionLink(pieces);
    const paragraph = pieces.at(-1)?.paragraph;
    if (!url || !paragraph) {
      if (!this.contains(document.activeElement)) this.hidden = true;
      return;
    }
    this.#url = url;
    this.dataset.url = url;
    const status = this.querySelector('.cite-status');
    if (status) status.textContent = '';
    if (paragraph.nextElementSibling !== this) paragraph.after(this);
    this.hidden = false;
  }
}
