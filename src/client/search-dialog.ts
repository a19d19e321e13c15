import type { SearchTarget } from '../search/targets.ts';
import { normaliseQuery } from '../search/normalise.ts';
import { PHRASE_DATA, QUERY_PARAM } from '../search/params.ts';
import { resultHref, type PhraseResult } from '../search/phrase.ts';
import { fill } from '../i18n/fill.ts';
import { searchStrings as text } from '../i18n/browser.ts';
import { cleanQuery } from '../search/query.ts';
import { excerptAround, queryWords } from '../search/excerpt.ts';
import { url } from '../site/urls.ts';
import { SearchEngine } from './search-engine.ts';
import type { SiteSearch } from './site-search.ts';

/** Fewer literal results than this, and the word-by-word matches are offered too. */
const FEW_RESULTS = 3;
// Literal results listed at first, and added per press of the button after them: only their text is fetched, so
// a short first page keeps the first answer small however often the phrase occurs.
const FIRST_PAGE = 6;
const PAGE = 10;

/** An element with text only: the reader's words never pass through HTML parsing. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (string | Node)[]) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`the search dialog needs ${selector}`);
  return found;
}

/** The dialog's markup: only scripts can use it, so it comes with them. The strings are the site's own. */
function dialogMarkup(): HTMLDialogElement {
  const dialog = el('dialog', 'search-dialog');
  dialog.setAttribute('aria-labelledby', 'search-label');
  dialog.innerHTML = `<div class="search-form" role="search">
<label id="search-label" for="search-query">${text['search.label']}</label>
<div class="search-row"><input id="search-query" name="q" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" maxlength="100" aria-describedby="search-hint"><button type="button" class="search-close">${text['search.close']}</button></div>
<p id="search-hint" class="search-hint">${text['search.hint']}</p>
</div>
<p class="search-status" role="status" aria-live="polite"></p>
<ol class="search-results"></ol>
<details class="search-related" hidden><summary>${text['search.related']}<span class="search-related-count"></span></summary>
<p class="search-hint">${text['search.relatedHint']}</p>
<ol class="search-related-results"></ol>
</details>`;
  return dialog;
}

/** The search dialog: lists the results of what is in the field, keeps ?q= in the URL, moves through results by key. */
export class SearchDialog {
  readonly engine = new SearchEngine(url(PHRASE_DATA), url('pagefind/'));
  readonly dialog = dialogMarkup();
  readonly input = part<HTMLInputElement>(this.dialog, 'input');
  #root: SiteSearch;
  #status: HTMLElement;
  #results: HTMLOListElement;
  #related: HTMLElement;
  #relatedResults: HTMLOListElement;
  #shown: string | undefined;
  #timer = 0;

  constructor(root: SiteSearch) {
    this.#root = root;
    root.append(this.dialog);
    this.#status = part(this.dialog, '.search-status');
    this.#results = part(this.dialog, '.search-results');
    this.#related = part(this.dialog, '.search-related');
    this.#relatedResults = part(this.dialog, '.search-related-results');
    part(this.dialog, '.search-close').addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('keydown', (event) => this.#onKey(event));
    this.dialog.addEventListener('click', (event) => {
      const suggestion = (event.target as Element).closest<HTMLAnchorElement>('.search-suggestion');
      // A suggestion runs its search here; with a modifier key it opens, as a ?q= link, wherever the reader asked.
      if (suggestion && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
        event.preventDefault();
        this.input.value = suggestion.textContent ?? '';
        this.input.focus();
        void this.run();
      }
      // A click on the backdrop, or on a result on this same page, closes the dialog.
      else if (event.target === this.dialog || (event.target as Element).closest('a')) this.dialog.close();
    });
    this.dialog.addEventListener('close', () => {
      this.#setUrl('');
      // Opened again, the same query runs again and goes back into the URL.
      this.#shown = undefined;
    });
  }

  /** Shows the results for what is in the field now. */
  async run() {
    // Pinyin being composed is not yet what the reader means; compositionend runs the query. A dialog the reader
    // closed before this code arrived stays closed.
    if (this.#root.composing || !this.dialog.open) return;
    // Capped and cleaned before it reaches the URL, the search or the status line that echoes it.
    const query = cleanQuery(this.input.value);
    if (query !== this.input.value) this.input.value = query;
    if (query === this.#shown) return;
    this.#shown = query;
    this.#setUrl(query);
    clearTimeout(this.#timer);
    this.#relatedResults.replaceChildren();
    this.#related.hidden = true;
    if (!normaliseQuery(query)) {
      this.#results.replaceChildren();
      this.#results.removeAttribute('data-query');
      this.#status.textContent = '';
      return;
    }
    await this.#showPhrase(query, FIRST_PAGE);
  }

  /** Lists the first `limit` literal results (only their text is fetched), with a button for the next ones. */
  async #showPhrase(query: string, limit: number) {
    const page = await this.engine.phrasePage(query, limit).catch(() => undefined);
    if (query !== this.#shown) return;
    if (!page) {
      this.#shown = undefined;
      this.#status.textContent = text['search.failed'];
      return;
    }
    const { total, results: phrase } = page;
    const rest = total - phrase.length;
    this.#results.replaceChildren(
      ...phrase.map((result) => this.#phraseItem(result, query)),
      ...(rest > 0 ? [this.#moreItem(query, limit, rest)] : []),
    );
    this.#results.dataset.query = query;
    this.#status.textContent = fill(text[total > 0 ? 'search.found' : 'search.notFound'], {
      count: total,
      query: query.trim(),
    });
    if (total === 0) void this.#showSuggestions(query);
    // Word-by-word matches are a second opinion, worth fetching only when the literal answer is thin (and all of it
    // is listed): asked for once the reader pauses, listed after the literal ones, folded behind their count.
    if (rest === 0 && total < FEW_RESULTS)
      this.#timer = window.setTimeout(() => void this.#showRelated(query, phrase), 250);
  }

  /** 您是不是要找: after the status, links to the phrases of the speech one or two characters off the query. */
  async #showSuggestions(query: string) {
    const suggestions = await this.engine.suggest(query).catch(() => []);
    if (query !== this.#shown || suggestions.length === 0) return;
    const links = suggestions.map((phrase) => {
      const link = el('a', 'search-suggestion', phrase);
      link.href = `?${new URLSearchParams({ [QUERY_PARAM]: phrase }).toString()}`;
      return link;
    });
    const list = links.flatMap((link, i) => (i > 0 ? ['、', link] : [link]));
    this.#status.append(el('span', 'search-did-you-mean', text['search.didYouMean'], ...list));
  }

  #moreItem(query: string, limit: number, rest: number): HTMLLIElement {
    const button = el('button', 'search-more', fill(text['search.more'], { count: Math.min(rest, PAGE) }));
    button.type = 'button';
    button.addEventListener('click', () => void this.#showPhrase(query, limit + PAGE));
    return el('li', '', button);
  }

  async #showRelated(query: string, phrase: PhraseResult[]) {
    const related = await this.engine.related(query, phrase).catch(() => []);
    const words = queryWords(await this.engine.fold(query).catch(() => query));
    if (query !== this.#shown) return;
    this.#relatedResults.replaceChildren(...related.map((target) => this.#relatedItem(target, query, words)));
    const count = this.#related.querySelector<HTMLElement>('.search-related-count');
    if (count) count.textContent = fill(text['search.relatedCount'], { count: related.length });
    this.#related.hidden = related.length === 0;
  }

  #placeOf(target: SearchTarget): string {
    return fill(text[target.number ? 'search.placeParagraph' : 'search.placeHeading'], {
      place: target.place,
      number: target.number ?? '',
    });
  }

  #phraseItem({ target, matches, excerpt }: PhraseResult, query: string): HTMLLIElement {
    const count = fill(text['search.count'], { count: matches.length });
    const place = el(
      'span',
      'search-place',
      this.#placeOf(target),
      ...(matches.length > 1 ? [el('span', 'search-count', count)] : []),
    );
    const link = el(
      'a',
      '',
      place,
      el('span', 'search-excerpt', excerpt.before, el('mark', '', excerpt.match), excerpt.after),
    );
    link.href = resultHref(target, query);
    return el('li', '', link);
  }

  #relatedItem(target: SearchTarget, query: string, words: string[]): HTMLLIElement {
    const { before, match, after } = excerptAround(target.text, words, 24, target.shown);
    const link = el('a', '', el('span', 'search-place', this.#placeOf(target)));
    link.append(el('span', 'search-excerpt', before, ...(match ? [el('mark', '', match)] : []), after));
    link.href = resultHref(target, query);
    return el('li', '', link);
  }

  #setUrl(query: string) {
    const url = new URL(location.href);
    if (query) url.searchParams.set(QUERY_PARAM, query);
    else url.searchParams.delete(QUERY_PARAM);
    history.replaceState(history.state, '', url);
  }

  /** ↑ and ↓ move between the field and the results; Enter in the field opens the first result; Esc closes. */
  #onKey(event: KeyboardEvent) {
    const stops: HTMLElement[] = [
      this.input,
      ...this.dialog.querySelectorAll<HTMLElement>('.search-results a, .search-related[open]:not([hidden]) a'),
    ];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' && !this.#root.composing && !event.isComposing) {
      // A search field would clear itself on the first Esc; here Esc always closes, keeping the query for next time.
      event.preventDefault();
      this.dialog.close();
    } else if (event.key === 'Enter' && event.target === this.input && !this.#root.composing && !event.isComposing) {
      event.preventDefault();
      stops[1]?.click();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && at >= 0 && stops.length > 1) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      stops[(at + step + stops.length) % stops.length]?.focus();
    }
  }
}
