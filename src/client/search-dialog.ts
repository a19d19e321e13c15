import type { SearchTarget } from '../search/targets.ts';
import { normaliseQuery } from '../search/normalise.ts';
import { QUERY_PARAM } from '../search/params.ts';
import { resultHref, type PhraseResult } from '../search/phrase.ts';
import { SearchEngine } from './search-engine.ts';

/** An element with text only: the reader's words never pass through HTML parsing. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (string | Node)[]) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

const placeOf = (target: SearchTarget) =>
  target.number ? `${target.place} · 第${target.number}段` : `${target.place} · 标题`;

function phraseItem({ target, matches, excerpt }: PhraseResult, query: string): HTMLLIElement {
  const link = el(
    'a',
    '',
    el(
      'span',
      'search-place',
      placeOf(target),
      ...(matches.length > 1 ? [el('span', 'search-count', `本段${matches.length}处`)] : []),
    ),
  );
  link.append(el('span', 'search-excerpt', excerpt.before, el('mark', '', excerpt.match), excerpt.after));
  link.href = resultHref(target, query);
  return el('li', '', link);
}

function relatedItem(target: SearchTarget, query: string): HTMLLIElement {
  const text = target.text.length > 60 ? `${target.text.slice(0, 60)}…` : target.text;
  const link = el('a', '', el('span', 'search-place', placeOf(target)), el('span', 'search-excerpt', text));
  link.href = resultHref(target, query);
  return el('li', '', link);
}

/** The search dialog: runs the query as the reader types (after pinyin composition), lists results, keeps ?q= in the URL. */
export class SearchDialog {
  readonly engine: SearchEngine;
  #dialog: HTMLDialogElement;
  #input: HTMLInputElement;
  #status: HTMLElement;
  #results: HTMLOListElement;
  #related: HTMLElement;
  #relatedResults: HTMLOListElement;
  #composing = false;
  #shown: string | undefined;
  #timer = 0;

  constructor(root: HTMLElement) {
    this.engine = new SearchEngine(root.dataset.targets!, root.dataset.pagefind!);
    this.#dialog = root.querySelector('dialog')!;
    this.#input = this.#dialog.querySelector('input')!;
    this.#status = this.#dialog.querySelector('.search-status')!;
    this.#results = this.#dialog.querySelector('.search-results')!;
    this.#related = this.#dialog.querySelector('.search-related')!;
    this.#relatedResults = this.#dialog.querySelector('.search-related-results')!;
    // Composition may have begun before this code arrived (site.ts notes it on the field).
    this.#composing = 'composing' in this.#input.dataset;
    this.#input.addEventListener('compositionstart', () => (this.#composing = true));
    this.#input.addEventListener('compositionend', () => {
      this.#composing = false;
      this.run();
    });
    this.#input.addEventListener('input', (event) => {
      // Pinyin being composed is not yet what the reader means.
      if (this.#composing || (event as InputEvent).isComposing) return;
      this.run();
    });
    this.#dialog.querySelector('.search-close')!.addEventListener('click', () => this.#dialog.close());
    this.#dialog.addEventListener('keydown', (event) => this.#onKey(event));
    this.#dialog.addEventListener('click', (event) => {
      // A click on the backdrop, or on a result on this same page, closes the dialog.
      if (event.target === this.#dialog || (event.target as Element).closest('a')) this.#dialog.close();
    });
    this.#dialog.addEventListener('close', () => {
      this.#setUrl('');
      // Opened again, the same query runs again and goes back into the URL.
      this.#shown = undefined;
    });
  }

  /** Shows the results for what is in the field now. */
  async run() {
    // Pinyin being composed is not yet what the reader means; compositionend runs the query.
    if (this.#composing) return;
    const query = this.#input.value;
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
    const phrase = await this.engine.phrase(query).catch(() => undefined);
    if (query !== this.#shown) return;
    if (!phrase) {
      this.#shown = undefined;
      this.#status.textContent = '搜索数据没有载入，请稍后再试；也可以在全文页中查找。';
      return;
    }
    this.#results.replaceChildren(...phrase.map((result) => phraseItem(result, query)));
    this.#results.dataset.query = query;
    this.#status.textContent =
      phrase.length > 0
        ? `找到${phrase.length}段原文包含“${query.trim()}”。`
        : `没有找到包含“${query.trim()}”的原文。请试试更短的词语，或只输入其中几个字。`;
    // Word-by-word matches are a second opinion: fetched once the reader pauses, listed after the literal ones.
    this.#timer = window.setTimeout(() => void this.#showRelated(query, phrase), 250);
  }

  async #showRelated(query: string, phrase: PhraseResult[]) {
    const related = await this.engine.related(query, phrase).catch(() => []);
    if (query !== this.#shown) return;
    this.#relatedResults.replaceChildren(...related.map((target) => relatedItem(target, query)));
    this.#related.hidden = related.length === 0;
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
      this.#input,
      ...this.#dialog.querySelectorAll<HTMLElement>('.search-results a, .search-related:not([hidden]) a'),
    ];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' && !this.#composing && !event.isComposing) {
      // A search field would clear itself on the first Esc; here Esc always closes, keeping the query for next time.
      event.preventDefault();
      this.#dialog.close();
    } else if (event.key === 'Enter' && event.target === this.#input && !this.#composing && !event.isComposing) {
      event.preventDefault();
      stops[1]?.click();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && at >= 0 && stops.length > 1) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      stops[(at + step + stops.length) % stops.length]!.focus();
    }
  }
}
