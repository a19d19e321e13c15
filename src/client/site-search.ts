import { QUERY_PARAM } from '../search/params.ts';
import { isShortcut } from './shortcut.ts';

// The dialog's code and the search data arrive by dynamic import when a reader starts to search.
type Dialog = import('./search-dialog.ts').SearchDialog;

/**
 * The search control: it owns opening the dialog (button, `/`, Ctrl/⌘+K, `?q=`), knows whether pinyin is being
 * composed in its field, and loads the dialog's code behind an already open dialog, so no key press is lost.
 * (A result's page highlights the phrase through controls.ts, which such an address loads at once.)
 */
export class SiteSearch extends HTMLElement {
  /** True while an input method composes: what is in the field is not yet what the reader means. */
  composing = false;
  #dialog?: Promise<Dialog>;

  connectedCallback() {
    const input = this.#input();
    this.querySelector('.search-open')?.addEventListener('click', (event) => {
      event.preventDefault();
      void this.open();
    });
    document.addEventListener('keydown', (event) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      void this.open();
    });
    input.addEventListener('compositionstart', () => (this.composing = true));
    input.addEventListener('compositionend', () => {
      this.composing = false;
      void this.#run();
    });
    input.addEventListener('input', (event) => {
      if (!this.composing && !(event as InputEvent).isComposing) void this.#run();
    });
    // ?q= asks for a search; #search is the search link followed before this code arrived (taken out of the
    // address at once: the browser's late jump to a fragment would take the focus from the field).
    const query = new URLSearchParams(location.search).get(QUERY_PARAM);
    const linked = location.hash === '#search';
    if (linked) history.replaceState(history.state, '', location.pathname + location.search);
    if (query !== null || linked) void this.open(query ?? undefined);
  }

  // The server renders the field inside this element (Search.astro).
  #input = (): HTMLInputElement => this.querySelector('input') as HTMLInputElement;

  /** The dialog's code, loaded once; its engine gives results as data, for other scripts and the tests. */
  load(): Promise<Dialog> {
    this.#dialog ??= import('./search-dialog.ts').then(({ SearchDialog }) => new SearchDialog(this));
    return this.#dialog;
  }

  async #run() {
    (await this.load()).run();
  }

  /** Opens the dialog at once, then loads the search behind it. */
  async open(query?: string) {
    const dialog = this.querySelector('dialog');
    const input = this.#input();
    if (query !== undefined) input.value = query;
    if (dialog && !dialog.open) dialog.showModal();
    input.focus();
    await this.#run();
  }
}

customElements.define('site-search', SiteSearch);
