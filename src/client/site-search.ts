import { QUERY_PARAM } from '../search/params.ts';
import { SearchDialog } from './search-dialog.ts';

/**
 * The search control, loaded by site.ts when a reader asks for search (`/`, Ctrl/⌘+K, the header's link, `?q=`)
 * or points at its link. It adds the dialog, which only scripts can use, to the server's link, and knows whether
 * pinyin is being composed in its field. (A result's page highlights the phrase through controls.ts.)
 */
export class SiteSearch extends HTMLElement {
  /** True while an input method composes: what is in the field is not yet what the reader means. */
  composing = false;
  #dialog?: SearchDialog;

  connectedCallback() {
    const dialog = this.load();
    const input = dialog.input;
    input.addEventListener('compositionstart', () => (this.composing = true));
    input.addEventListener('compositionend', () => {
      this.composing = false;
      void dialog.run();
    });
    input.addEventListener('input', (event) => {
      if (!this.composing && !(event as InputEvent).isComposing) void dialog.run();
    });
    // ?q= asks for a search; #search is the search link followed before the code arrived (taken out of the
    // address at once: the browser's late jump to a fragment would take the focus from the field).
    const query = new URLSearchParams(location.search).get(QUERY_PARAM);
    const linked = location.hash === '#search';
    if (linked) history.replaceState(history.state, '', location.pathname + location.search);
    if (query !== null || linked) void this.open(query ?? undefined);
  }

  /** The dialog, added once; its engine gives results as data, for other scripts and the tests. */
  load(): SearchDialog {
    this.#dialog ??= new SearchDialog(this);
    return this.#dialog;
  }

  /** Opens the dialog with the field focused, and runs what is in it. */
  async open(query?: string) {
    const { dialog, input } = this.load();
    if (query !== undefined) input.value = query;
    if (!dialog.open) dialog.showModal();
    input.focus();
    await this.load().run();
  }
}

customElements.define('site-search', SiteSearch);

/** Opens search: what site.ts calls on the keys and the header's link. */
export const openSearch = () => document.querySelector<SiteSearch>('site-search')?.open();
