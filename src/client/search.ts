import { MARK_PARAM, QUERY_PARAM } from '../search/params.ts';
import { isShortcut } from './shortcut.ts';

// The search control: the dialog's code and the index arrive by dynamic import when a reader starts to search.
type Dialog = import('./search-dialog.ts').SearchDialog;

class SiteSearch extends HTMLElement {
  #dialog?: Promise<Dialog>;

  connectedCallback() {
    this.querySelector('.search-open')!.addEventListener('click', () => this.open());
    document.addEventListener('keydown', (event) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      void this.open();
    });
    const params = new URLSearchParams(location.search);
    const query = params.get(QUERY_PARAM);
    if (query !== null) void this.open(query);
    const phrase = params.get(MARK_PARAM);
    if (phrase) void import('./search-arrival.ts').then(({ markArrival }) => markArrival(phrase));
  }

  #load(): Promise<Dialog> {
    this.#dialog ??= import('./search-dialog.ts').then(({ SearchDialog }) => new SearchDialog(this));
    return this.#dialog;
  }

  /** Opens the dialog at once, then loads the search behind it. */
  async open(query?: string) {
    const dialog = this.querySelector('dialog')!;
    const input = dialog.querySelector('input')!;
    if (query !== undefined) input.value = query;
    if (!dialog.open) dialog.showModal();
    input.focus();
    (await this.#load()).run();
  }

  /** The results for a query as data, without showing them: for other scripts and the tests. */
  async find(query: string) {
    return (await this.#load()).engine.find(query);
  }
}

customElements.define('site-search', SiteSearch);
