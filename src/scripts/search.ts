import { MARK_PARAM, QUERY_PARAM } from '../search/params.ts';

// The only search code every page loads: the rest arrives by dynamic import when a reader starts to search.
type Dialog = import('./search-dialog.ts').SearchDialog;

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** `/` outside a text field, or Ctrl/⌘+K anywhere. */
const isShortcut = (event: KeyboardEvent) =>
  (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target)) ||
  (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey);

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
    if (phrase) void import('./search-landing.ts').then(({ markArrival }) => markArrival(phrase));
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
