import { normaliseQuery } from '../normalise.ts';
import { PHRASE_DATA } from '../phrase-files.ts';
import { QUERY_PARAM } from '../params.ts';
import { cleanQuery } from '../query.ts';
import { queryWords } from '../excerpt.ts';
import { fill } from '../../i18n/fill.ts';
import { searchStrings as text } from '../../i18n/browser.ts';
import { url } from '../../site/urls.ts';
import { dialogParts, didYouMean, moreItem, phraseItem, relatedItem, type DialogParts } from './search-dialog.ts';
import { SearchEngine } from './search-engine.ts';
import type { PhraseResult } from '../phrase.ts';

/** Fewer literal results than this, and the word-by-word matches are offered too. */
const FEW_RESULTS = 3;
// Literal results listed at first, and added per press of the button after them: only their text is fetched, so
// a short first page keeps the first answer small however often the phrase occurs.
const FIRST_PAGE = 6;
const PAGE = 10;

/** Everything search knows at a moment. */
interface SearchState {
  /** True while an input method composes: what is in the field is not yet what the reader means. */
  composing: boolean;
  /** The query whose results are shown or on their way; undefined when the next run must search again. */
  query: string | undefined;
  /** Aborted when another query (or closing the dialog) makes the current one's answers stale. */
  controller: AbortController;
}

/**
 * The search control (`<site-search>`), loaded by site.ts when a reader asks for search (`/`, Ctrl/⌘+K, the header's
 * link, `?q=`) or points at its link. It owns its field, the field's composition state and its dialog, which only
 * scripts can use: the server's markup is the link and the no-JS hint. (A result's page highlights the phrase
 * through controls.ts.)
 */
export class SiteSearch extends HTMLElement {
  readonly #engine = new SearchEngine(url(PHRASE_DATA), url('pagefind/'));
  readonly #state: SearchState = { composing: false, query: undefined, controller: new AbortController() };
  #parts?: DialogParts;

  connectedCallback() {
    if (this.#parts) return;
    const parts = (this.#parts = dialogParts());
    const { dialog, input } = parts;
    this.append(dialog);
    input.addEventListener('compositionstart', () => (this.#state.composing = true));
    input.addEventListener('compositionend', () => {
      this.#state.composing = false;
      void this.#run();
    });
    input.addEventListener('input', (event) => {
      if (!this.#state.composing && !(event as InputEvent).isComposing) void this.#run();
    });
    parts.close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('keydown', (event) => this.#onKey(event));
    dialog.addEventListener('click', (event) => this.#onClick(event));
    dialog.addEventListener('close', () => {
      this.#setUrl('');
      // Opened again, the same query runs again and goes back into the URL.
      this.#next(undefined);
    });
    // ?q= asks for a search; #search is the search link followed before the code arrived (taken out of the
    // address at once: the browser's late jump to a fragment would take the focus from the field).
    const query = new URLSearchParams(location.search).get(QUERY_PARAM);
    const linked = location.hash === '#search';
    if (linked) history.replaceState(history.state, '', location.pathname + location.search);
    if (query !== null || linked) void this.open(query ?? undefined);
  }

  /** Opens the dialog with the field focused, and runs what is in it. */
  async open(query?: string) {
    if (!this.#parts) return;
    const { dialog, input } = this.#parts;
    if (query !== undefined) input.value = query;
    if (!dialog.open) dialog.showModal();
    input.focus();
    await this.#run();
  }

  /** Makes `query` the current one: the work for the one before it stops where it stands. */
  #next(query: string | undefined): AbortSignal {
    this.#state.controller.abort();
    this.#state.controller = new AbortController();
    this.#state.query = query;
    return this.#state.controller.signal;
  }

  /** Shows the results for what is in the field now. */
  async #run() {
    const parts = this.#parts;
    // Pinyin being composed is not yet what the reader means; compositionend runs the query. A dialog the reader
    // closed before this code arrived stays closed.
    if (!parts || this.#state.composing || !parts.dialog.open) return;
    // Capped and cleaned before it reaches the URL, the search or the status line that echoes it.
    const query = cleanQuery(parts.input.value);
    if (query !== parts.input.value) parts.input.value = query;
    if (query === this.#state.query) return;
    const signal = this.#next(query);
    this.#setUrl(query);
    parts.relatedResults.replaceChildren();
    parts.related.hidden = true;
    if (!normaliseQuery(query)) {
      parts.results.replaceChildren();
      parts.results.removeAttribute('data-query');
      parts.status.textContent = '';
      return;
    }
    await this.#showPhrase(parts, query, FIRST_PAGE, signal);
  }

  /** Lists the first `limit` literal results (only their text is fetched), with a button for the next ones. */
  async #showPhrase(parts: DialogParts, query: string, limit: number, signal: AbortSignal) {
    const page = await this.#engine.phrasePage(query, limit).catch(() => undefined);
    if (signal.aborted) return;
    if (!page) {
      // The same query, asked again, searches again.
      this.#state.query = undefined;
      parts.status.textContent = text['search.failed'];
      return;
    }
    const { total, results: phrase } = page;
    const rest = total - phrase.length;
    parts.results.replaceChildren(
      ...phrase.map((result) => phraseItem(result, query)),
      ...(rest > 0
        ? [moreItem(Math.min(rest, PAGE), () => void this.#showPhrase(parts, query, limit + PAGE, signal))]
        : []),
    );
    parts.results.dataset.query = query;
    parts.status.textContent = fill(text[total > 0 ? 'search.found' : 'search.notFound'], {
      count: total,
      query: query.trim(),
    });
    if (total === 0) void this.#showSuggestions(parts, query, signal);
    // Word-by-word matches are a second opinion, worth fetching only when the literal answer is thin (and all of it
    // is listed): asked for once the reader pauses, listed after the literal ones, folded behind their count.
    if (rest > 0 || total >= FEW_RESULTS) return;
    const timer = setTimeout(() => void this.#showRelated(parts, query, phrase, signal), 250);
    signal.addEventListener('abort', () => clearTimeout(timer));
  }

  /** 您是不是要找: after the status, links to the phrases of the speech one or two characters off the query. */
  async #showSuggestions(parts: DialogParts, query: string, signal: AbortSignal) {
    const suggestions = await this.#engine.suggest(query).catch(() => []);
    if (!signal.aborted && suggestions.length > 0) parts.status.append(didYouMean(suggestions));
  }

  async #showRelated(parts: DialogParts, query: string, phrase: PhraseResult[], signal: AbortSignal) {
    const related = await this.#engine.related(query, phrase).catch(() => []);
    // The words as the Simplified text has them: a Traditional query is folded first.
    const words = queryWords(await this.#engine.fold(query).catch(() => query));
    if (signal.aborted) return;
    parts.relatedResults.replaceChildren(...related.map((target) => relatedItem(target, query, words)));
    parts.relatedCount.textContent = fill(text['search.relatedCount'], { count: related.length });
    parts.related.hidden = related.length === 0;
  }

  #setUrl(query: string) {
    const address = new URL(location.href);
    if (query) address.searchParams.set(QUERY_PARAM, query);
    else address.searchParams.delete(QUERY_PARAM);
    history.replaceState(history.state, '', address);
  }

  #onClick(event: MouseEvent) {
    const parts = this.#parts;
    const target = event.target as Element;
    const suggestion = target.closest<HTMLAnchorElement>('.search-suggestion');
    if (!parts) return;
    // A suggestion runs its search here; with a modifier key it opens, as a ?q= link, wherever the reader asked.
    if (suggestion && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      parts.input.value = suggestion.textContent ?? '';
      parts.input.focus();
      void this.#run();
    }
    // A click on the backdrop, or on a result on this same page, closes the dialog.
    else if (target === parts.dialog || target.closest('a')) parts.dialog.close();
  }

  /** ↑ and ↓ move between the field and the results; Enter in the field opens the first result; Esc closes. */
  #onKey(event: KeyboardEvent) {
    const parts = this.#parts;
    if (!parts) return;
    const { dialog, input } = parts;
    const composing = this.#state.composing || event.isComposing;
    const stops: HTMLElement[] = [
      input,
      ...dialog.querySelectorAll<HTMLElement>('.search-results a, .search-related[open]:not([hidden]) a'),
    ];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' && !composing) {
      // A search field would clear itself on the first Esc; here Esc always closes, keeping the query for next time.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Enter' && event.target === input && !composing) {
      event.preventDefault();
      stops[1]?.click();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && at >= 0 && stops.length > 1) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      stops[(at + step + stops.length) % stops.length]?.focus();
    }
  }
}

/** Defines `<site-search>`, which upgrades the server's markup: what site.ts calls once the code is there. */
export function start() {
  customElements.define('site-search', SiteSearch);
}

/** Opens search: what site.ts calls on the keys and the header's link. */
export const openSearch = () => document.querySelector<SiteSearch>('site-search')?.open();
