import { directiveContext, textDirective, toWordBoundaries, type DirectiveContext } from '../citation.ts';
import { controlsText as ui } from '../../i18n/browser.ts';
import { build, button as buildButton, icon } from '../../shell/dom.ts';
import { copyText } from '../../shell/copy.ts';
import { offsetOf } from '../../shell/text-range.ts';

/** The link to exactly the words the reader selected: the paragraph's address plus a text fragment. */
function selectionLink(selection: Selection): { url: string; paragraph: HTMLElement } | undefined {
  if (selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const start = range.startContainer.parentElement?.closest<HTMLElement>('[data-speech] .paragraph');
  const end = range.endContainer.parentElement?.closest<HTMLElement>('[data-speech] .paragraph');
  if (!start || !end) return undefined;
  let quote = range.toString();
  let context: DirectiveContext = {};
  if (start === end) {
    // Browsers match text fragments on word boundaries; widen a selection that cuts a word.
    const from = offsetOf(start, range.startContainer, range.startOffset);
    const text = start.textContent ?? '';
    const [wordStart, wordEnd] = toWordBoundaries(text, from, from + quote.length);
    quote = text.slice(wordStart, wordEnd);
    // The browser marks the first match on the page: words that recur there take the words around them along.
    context = directiveContext(document.body.textContent ?? '', text, wordStart, wordEnd);
  }
  if (!quote.trim()) return undefined;
  return {
    url: `${location.origin}${location.pathname}#${start.id}${textDirective(quote, 10, context)}`,
    paragraph: end,
  };
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
    document.addEventListener('selectionchange', () => this.#update());
    // A selection may be what loaded this code.
    this.#update();
  }

  #update() {
    const selection = document.getSelection();
    const link = selection && selectionLink(selection);
    if (!link) {
      if (!this.contains(document.activeElement)) this.hidden = true;
      return;
    }
    this.#url = link.url;
    this.dataset.url = link.url;
    const status = this.querySelector('.cite-status');
    if (status) status.textContent = '';
    if (link.paragraph.nextElementSibling !== this) link.paragraph.after(this);
    this.hidden = false;
  }
}
